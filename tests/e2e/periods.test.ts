// Issue 14 as a coordinator meets it, in real Chromium against `npm run web` on the example file: close T2 2025 on
// Rapporter → Perioder (with confirmation), back-date a correction into it on a measure's page (refused at the field
// without a reason, saved with one and marked in the history), and see «as reported» beside «as corrected»; then the
// report pack is previewed and downloaded. Then T1 2026 is closed, reopened with a reason and closed again by
// keyboard: focus lands on the period's row each time (never <body>), and its history keeps the reopening and its
// reason. Every view is checked with axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodView } from '../../shared/api/periods.contract.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { periodLabel, periodOf, periodsEndingWith } from '../../shared/domain/periods.ts';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { readDocx, readXlsx } from '../support/read-exports.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  openApp,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

const MEASURE = 3; // Handlingsplanen 2016, tiltak 3 in the example data
const CORRECTED_IN_T1 = 4;

describe('closing T2 2025 and correcting it afterwards', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  let reportedBefore: string;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    ({ web, page } = app);
    await page.goto(`${web.url}#/rapporter?rapport=perioder`);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('closes T2 2025 after asking, and says who closed it', async () => {
    const row = page.locator('[data-period="2025-T2"]');
    await row.getByRole('button', { name: 'Lukk T2 2025 …' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Lukke T2 2025?' }).waitFor();
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lukk perioden' }).click();
    await row.getByText(/^Lukket \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d av Kari Koordinator$/).waitFor();
    await row.getByRole('button', { name: 'Gjenåpne T2 2025 …' }).waitFor();
    const view = await callApi<PeriodView>(page, 'periods:view', { period: '2025-T2' });
    expect(view.closing?.measureCount).toBe(44);
    const before = view.rows.find((r) => r.measureId === MEASURE)!.reported!;
    reportedBefore = before.status === null ? 'Ingen status registrert' : before.status;
    expect(view.differences).toBe(0);
  });

  it('refuses a back-dated status in T2 2025 without a reason at the field, and saves it with one', async () => {
    await page.goto(`${web.url}#/tiltak/${MEASURE}`);
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    const history = () => callApi<StatusUpdate[]>(page, 'status:history', { measureId: MEASURE });
    const count = (await history()).length;
    await page.getByLabel('Status', { exact: true }).selectOption('avbrutt');
    await page.getByLabel('Vurdering').selectOption('ikke-vurdert');
    await page.getByLabel(/^Kommentar/).fill('Stanset etter vedtak i juli');
    await page.getByLabel('Dato').fill('31.08.2025');
    const reason = page.getByLabel(/^Begrunnelse for korrigering/);
    await reason.waitFor();
    await page.getByText('Datoen er i en lukket periode (T2 2025).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page
      .getByText('31.08.2025 er i en lukket periode (T2 2025). Skriv hvorfor statusen korrigeres etter lukking.')
      .waitFor();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect((await history()).length).toBe(count);

    await reason.fill('Vedtaket ble meldt etter at T2 var rapportert');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    // In the history at its date (the example has newer updates above it), marked with its reason.
    await page
      .locator('[data-testid="timeline"] > li')
      .filter({ hasText: 'Korrigert etter lukking: Vedtaket ble meldt etter at T2 var rapportert' })
      .filter({ hasText: '31.08.2025' })
      .waitFor();
    const after = await history();
    expect(after).toHaveLength(count + 1);
    const saved = after.find((u) => u.effectiveDate === '2025-08-31' && u.correctionReason !== null);
    expect(saved).toMatchObject({
      status: 'avbrutt',
      correctionReason: 'Vedtaket ble meldt etter at T2 var rapportert',
    });
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);
  });

  it('shows T2 2025 as reported beside as corrected, with the reason', async () => {
    await page.goto(`${web.url}#/rapporter?rapport=perioder`);
    await page.locator('[data-period="2025-T2"]').getByRole('button', { name: 'Vis T2 2025' }).click();
    const view = page.getByTestId('period-view');
    await view.getByRole('heading', { name: 'T2 2025: som rapportert og som korrigert' }).waitFor();
    const table = view.getByTestId('doc-table');
    await expect
      .poll(() => table.locator('thead th').allTextContents(), { timeout: 10_000 })
      .toEqual(['Plan', 'Nr.', 'Tiltak', 'Som rapportert', 'Som korrigert', 'Begrunnelse']);
    // Only the measures that differ: this one.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[1]).toBe(String(MEASURE));
    const truth = (await callApi<PeriodView>(page, 'periods:view', { period: '2025-T2' })).rows.find(
      (r) => r.measureId === MEASURE,
    )!;
    expect(truth.reported?.status ?? 'Ingen status registrert').toBe(reportedBefore);
    expect(cells[3]).toContain(`(${formatDate(truth.reported!.effectiveDate)})`);
    expect(cells[4]).toBe('Avbrutt · Ikke vurdert (korrigert etter lukking) (31.08.2025)');
    expect(cells[5]).toBe('Vedtaket ble meldt etter at T2 var rapportert');
    await page.screenshot({ path: join(tmp.dir, 'perioder.png') });
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);
  });

  it('shows the status grid in Møtemodus, the correction unmarked in tertials that were never closed', async () => {
    await page.goto(`${web.url}#/mote`);
    await page.getByText(/^Lysbilde 1 av \d+$/).waitFor();
    const slide = page.locator('[data-slide^="rutenett-"]');
    for (let i = 0; i < 40 && (await slide.count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await slide.getByRole('heading', { name: /^Status per tertial/ }).waitFor();
    const columns = await slide.locator('thead th').allTextContents();
    // The last four tertials up to today's.
    const last = periodsEndingWith(periodOf(todayIso(), 'tertial'), 4).map(periodLabel);
    expect(columns).toEqual(['Tiltak', ...last]);
    const row = slide.locator('tbody tr', { hasText: `Handlingsplanen 2016, tiltak ${MEASURE}:` });
    // The correction of T2 2025 is in force in every later tertial, but none of these was closed when it was made.
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('Avbrutt · Ikke vurdert');
    expect(cells.filter((c) => c.includes('korrigert etter lukking'))).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('marks the correction in the status grid only in T2 2025, the closed period it corrects', async () => {
    await page.goto(`${web.url}#/rapporter?rapport=rutenett`);
    await page.getByLabel('Til og med').selectOption('2025-T3');
    const preview = page.getByTestId('doc-preview');
    // The preview keeps the range it showed until the new one comes, and that one had T3 2025 too: wait until the
    // grid shown ends there.
    const grid = preview.getByTestId('doc-table').first();
    await expect.poll(async () => (await grid.locator('thead th').allTextContents()).at(-1)).toBe('T3 2025');
    const periods = (await preview.locator('thead th').allTextContents()).slice(3);
    const row = preview
      .locator('tbody tr')
      .filter({ hasText: 'Handlingsplanen 2016' })
      .filter({ hasText: `Eksempeltiltak ${MEASURE}:` });
    const cells = (await row.locator('td').allTextContents()).slice(3);
    const marked = periods.filter((_, i) => cells[i].includes('(korrigert etter lukking)'));
    expect(marked).toEqual(['T2 2025']);
    expect(cells[periods.indexOf('T3 2025')]).toBe('Avbrutt · Ikke vurdert');
  });

  it('previews the report pack for T2 2025 as reported and downloads it as Word', async () => {
    await page.goto(`${web.url}#/rapporter?rapport=pakke`);
    await page.getByLabel('Periode', { exact: true }).selectOption('2025-T2');
    const preview = page.getByTestId('doc-preview');
    await preview.getByText('Rapportpakke for T2 2025').waitFor();
    await preview.getByText('Figur 1: Status per hoveddel, per 31.08.2025 (Handlingsplanen 2016)').waitFor();
    await preview.getByRole('heading', { name: 'Korrigert etter lukking' }).waitFor();
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapportpakke-2025-T2-rapportert.docx');
    const file = join(tmp.dir, 'pakke.docx');
    await download.saveAs(file);
    const doc = await readDocx(readFileSync(file));
    expect(doc.paragraphs).toContain('Figur 1: Status per hoveddel, per 31.08.2025 (Handlingsplanen 2016)');
    expect(doc.paragraphs.some((p) => p.startsWith('Grunnlag: Som rapportert: perioden ble lukket'))).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });

  it('downloads the same pack as Excel: short sheet names, the deviations’ dates as dates to sort by', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapportpakke-2025-T2-rapportert.xlsx');
    const file = join(tmp.dir, 'pakke.xlsx');
    await download.saveAs(file);
    const wb = await readXlsx(readFileSync(file));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['Innhold', 'Per hoveddel og innsatsområde']);
    expect(names).toEqual(expect.arrayContaining(['Budsjett', 'Avvik', 'Korrigeringer', 'Statustabeller']));
    const deviations = wb.getWorksheet('Avvik')!;
    expect(deviations.getCell('A1').value).toBe('Avvik: tiltak vurdert gul eller rød');
    expect(deviations.getCell('G2').value).toBe('Gul/rød siden');
    expect(deviations.rowCount).toBeGreaterThan(2);
    for (let r = 3; r <= deviations.rowCount; r++) {
      expect(deviations.getCell(r, 7).value).toBeInstanceOf(Date);
      expect(typeof deviations.getCell(r, 8).value).toBe('number');
    }
  });

  it('closes, reopens with a reason, closes T1 2026 by keyboard: focus on its row, its history shows all', async () => {
    await page.goto(`${web.url}#/rapporter?rapport=perioder`);
    const row = page.locator('[data-period="2026-T1"]');
    const dialog = page.getByRole('dialog');
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    const state = row.getByTestId('period-state');
    const AT = String.raw`\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d`;
    const closeIt = async () => {
      await row.getByRole('button', { name: 'Lukk T1 2026 …' }).focus();
      await page.keyboard.press('Enter');
      await dialog.getByRole('button', { name: 'Lukk perioden' }).focus();
      await page.keyboard.press('Enter');
      // On the period's row (its heading), never thrown to <body>; and said aloud.
      await expect.poll(focused, { timeout: 10_000 }).toBe('periode-2026-T1');
      await page.getByTestId('period-announcement').filter({ hasText: 'T1 2026 er lukket.' }).waitFor();
    };
    await closeIt();
    await expect.poll(() => state.textContent()).toMatch(new RegExp(`^Lukket ${AT} av Kari Koordinator$`));
    // Corrected while T1 2026 is closed this first time: once it is closed again, «Vis T1 2026» reads the correction
    // against this closing, as the report pack's «Korrigert etter lukking» does.
    await callApi<StatusUpdate>(page, 'status:record', {
      measureId: CORRECTED_IN_T1,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket',
      effectiveDate: '2026-04-30',
      correctionReason: 'HOD meldte forsinkelsen etter lukking',
    });

    // Left with Esc: back on the button that opened it, which is still there.
    const reopenButton = row.getByRole('button', { name: 'Gjenåpne T1 2026 …' });
    await reopenButton.focus();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Begrunnelse').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => reopenButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Begrunnelse').fill('HOD rapporterte feil på tiltak 3');
    await dialog.getByRole('button', { name: 'Gjenåpne perioden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 10_000 }).toBe('periode-2026-T1');
    await page.getByTestId('period-announcement').filter({ hasText: 'T1 2026 er gjenåpnet.' }).waitFor();
    await expect
      .poll(() => state.textContent())
      .toMatch(new RegExp(`^Gjenåpnet ${AT} av Kari Koordinator: HOD rapporterte feil på tiltak 3$`));

    await closeIt();
    // The row says the newest event; its history keeps the reopening and its reason.
    await expect.poll(() => state.textContent()).toMatch(new RegExp(`^Lukket ${AT} av Kari Koordinator$`));
    const summary = row.getByText('Historikk for T1 2026 (3 hendelser)');
    await summary.focus();
    await page.keyboard.press('Enter');
    const events = row.locator('.period-history li');
    await expect
      .poll(() => events.allTextContents())
      .toEqual([
        expect.stringMatching(new RegExp(`^Lukket ${AT} av Kari Koordinator \\(øyeblikksbilde av 44 tiltak\\)$`)),
        expect.stringMatching(new RegExp(`^Gjenåpnet ${AT} av Kari Koordinator: HOD rapporterte feil på tiltak 3$`)),
        expect.stringMatching(new RegExp(`^Lukket ${AT} av Kari Koordinator \\(øyeblikksbilde av 44 tiltak\\)$`)),
      ]);
    let a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);

    // «Vis T1 2026» tells the same history above the statuses.
    await row.getByRole('button', { name: 'Vis T1 2026' }).click();
    const view = page.getByTestId('period-view');
    await view.getByRole('heading', { name: 'Lukket og gjenåpnet' }).waitFor();
    expect(await view.locator('.period-history__list li').nth(1).textContent()).toMatch(
      /: HOD rapporterte feil på tiltak 3$/,
    );
    // The correction made while it was closed the first time, beside what that closing reported.
    await view.getByText('eller fra en tidligere lukking for et tiltak som ble korrigert', { exact: false }).waitFor();
    const table = view.getByTestId('doc-table');
    await expect
      .poll(() => table.locator('thead th').allTextContents(), { timeout: 10_000 })
      .toEqual(['Plan', 'Nr.', 'Tiltak', 'Lukket', 'Som rapportert', 'Som korrigert', 'Begrunnelse']);
    const first = (await view.locator('.period-history__list li').first().textContent())!;
    const corrected = table.locator('tbody tr').filter({ hasText: 'HOD meldte forsinkelsen etter lukking' });
    const cells = await corrected.locator('td').allTextContents();
    expect(cells[1]).toBe(String(CORRECTED_IN_T1));
    expect(first).toContain(`Lukket ${cells[3]} av Kari Koordinator`);
    expect(cells[5]).toBe('Pågår · Gul (korrigert etter lukking) (30.04.2026)');
    a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);
    await view.getByRole('button', { name: 'Lukk visningen' }).click();
  });

  it('says on Oversikt for a closed year that its figures are as registered now, not as reported', async () => {
    await callApi(page, 'periods:close', { period: '2025' });
    // Closed beside the page (through the API): load the page again so it reads the periods anew.
    await page.goto(`${web.url}#/oversikt?year=2025`);
    await page.reload();
    const note = page.getByTestId('closed-year-note');
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toMatch(
        /^2025 er lukket \(\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d\)\. Tallene her er status slik den er registrert nå/,
      );
    await page.goto(`${web.url}#/oversikt?year=2024`);
    await page.getByText('Per 31.12.2024').first().waitFor();
    expect(await note.count()).toBe(0);
  });
});
