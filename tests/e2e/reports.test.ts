// Rapporter as a coordinator uses it: choose a plan and a date, export Excel, open the downloaded file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/domain/vocabulary.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { readXlsx } from '../support/read-exports.ts';
import {
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

describe('Rapporter page', () => {
  const tmp = tempDir();
  const dbPath = portfolioFile(tmp.dir, 'eksempel.tilt', true);
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(dbPath, { acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    ({ web, page } = app);
    await page.goto(`${web.url}#/rapporter`);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('exports the chosen plan as of the chosen date, and the downloaded XLSX holds that day’s values', async () => {
    await page.getByRole('checkbox', { name: 'Nasjonal strategi mot menneskehandel (2025–2030)' }).uncheck();
    await page.getByLabel('Per dato').fill('2020-12-31');
    await page.getByTestId('report-as-of').filter({ hasText: '31.12.2020' }).waitFor();
    await expect
      .poll(() => page.locator('[data-testid="report-preview"] [data-plan]').count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => page.getByTestId('report-row').count(), { timeout: 10_000 }).toBe(26);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('statustabell-handlingsplan-2016-per-2020-12-31.xlsx');
    const file = join(tmp.dir, 'ned.xlsx');
    await download.saveAs(file);
    await page
      .getByRole('status')
      .filter({ hasText: 'Lastet ned statustabell-handlingsplan-2016-per-2020-12-31.xlsx.' })
      .waitFor();

    const wb = await readXlsx(readFileSync(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Handlingsplan 2016']);
    const ws = wb.getWorksheet('Handlingsplan 2016')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const nr = header.indexOf('Nr.') + 1;
    const status = header.indexOf('Status') + 1;
    const got = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2)).map((r) => [
      String(r.getCell(nr).value),
      r.getCell(status).value,
    ]);

    const db = openPortfolioDb(dbPath, { resourcesDir: RESOURCES, readOnly: true });
    try {
      const expected = listMeasures(db, { planCode: 'handlingsplan-2016', asOf: '2020-12-31' }).map((m) => [
        m.number,
        STATUS_LABELS[m.status],
      ]);
      expect(got.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(
        expected.sort((a, b) => Number(a[0]) - Number(b[0])),
      );
    } finally {
      db.close();
    }
  });

  it('remembers the choice after a reload', async () => {
    await page.reload();
    await page.getByTestId('report-as-of').filter({ hasText: '31.12.2020' }).waitFor();
    await expect
      .poll(
        () => page.getByRole('checkbox', { name: 'Nasjonal strategi mot menneskehandel (2025–2030)' }).isChecked(),
        { timeout: 10_000 },
      )
      .toBe(false);
  });

  it('leaves the grouping column out of the preview tables, as in the files', async () => {
    // Only the 2016 plan is chosen here: its parts are «hoveddeler».
    await page.getByRole('radio', { name: 'Hoveddel' }).check();
    await expect.poll(() => page.getByTestId('report-row').count(), { timeout: 10_000 }).toBe(26);
    const headers = await page.locator('.report-table thead').first().locator('th').allTextContents();
    expect(headers).toContain('Tiltak');
    expect(headers).not.toContain('Hoveddel');
  });

  it('offers landscape pages or fewer columns when the columns do not fit portrait pages', async () => {
    const landscape = page.getByRole('checkbox', { name: 'Liggende sider (Word og PDF)' });
    await landscape.uncheck();
    for (const name of ['Medansvarlig', 'Budsjett (bevilget for et år)', 'Etat', 'Kommentar'])
      await page.getByRole('checkbox', { name, exact: true }).check();
    const warning = page.getByTestId('report-too-wide');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(
      new RegExp(
        '^Kolonnene får ikke plass på stående sider uten at tall eller datoer deles: ' +
          'velg liggende sider eller færre kolonner \\(for eksempel uten .+\\)\\.',
      ),
    );
    // The first way out: landscape pages.
    await warning.getByRole('button', { name: 'Bruk liggende sider' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await landscape.isChecked()).toBe(true);

    // The second: leave out the columns it names.
    await landscape.uncheck();
    await warning.waitFor();
    const fewer = warning.getByRole('button', { name: /^Ta bort / });
    const named = ((await fewer.textContent()) ?? '').replace(/^Ta bort /, '');
    await fewer.click();
    await warning.waitFor({ state: 'detached' });
    expect(await landscape.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Medansvarlig', exact: true }).isChecked()).toBe(
      !named.includes('Medansvarlig'),
    );
    expect(named.length).toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violations with the warning shown', async () => {
    await page.getByRole('checkbox', { name: 'Liggende sider (Word og PDF)' }).uncheck();
    for (const name of ['Medansvarlig', 'Budsjett (bevilget for et år)', 'Etat', 'Kommentar'])
      await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByTestId('report-too-wide').waitFor();
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('makes the table in English: the preview in English, the file named and written in English', async () => {
    await page.getByRole('radio', { name: 'Engelsk (English)' }).check();
    await page.getByTestId('report-as-of').filter({ hasText: '31 December 2020' }).waitFor();
    const preview = page.getByTestId('report-preview');
    expect(await preview.getAttribute('lang')).toBe('en');
    expect(await preview.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Status of measures against human trafficking',
    );
    expect(await page.locator('.report-table thead').first().locator('th').allTextContents()).toContain('Measure');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('status-table-handlingsplan-2016-as-of-2020-12-31.xlsx');
    const file = join(tmp.dir, 'en.xlsx');
    await download.saveAs(file);
    const wb = await readXlsx(readFileSync(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About the report', 'Action plan 2016']);
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
