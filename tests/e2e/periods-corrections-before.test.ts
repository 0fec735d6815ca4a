// QA qa-m1 H1 on the measure page, in real Chromium against `npm run web` on the real frame: T2 2026 is closed and
// tiltak 5's last update was in 2023. A date in open T1 2026 sets the status T2 2026 ended with, so the form shows
// «Begrunnelse for korrigering» as soon as the date is chosen, naming T2 2026; it goes away for a date before a newer
// update; without a reason the core refuses at the field; with one the history marks it «korrigert etter lukking».
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  openApp,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

const MEASURE = 5; // Handlingsplanen 2016, tiltak 5 in the real frame

describe('a status dated before a closed period it changes, on the measure page', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'portefolje.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    ({ web, page } = app);
    await page.goto(web.url);
    const record = (effectiveDate: string, comment: string) =>
      callApi(page, 'status:record', {
        measureId: MEASURE,
        status: 'pagar',
        assessment: 'gul',
        comment,
        effectiveDate,
      });
    await record('2023-12-10', 'Venter på avklaring');
    await record('2024-06-01', 'Fortsatt forsinket');
    await callApi(page, 'periods:close', { period: '2026-T2' });
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('asks for a reason once the date makes it a correction, refuses without one, marks it with one', async () => {
    await page.goto(`${web.url}#/tiltak/${MEASURE}`);
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    const history = () => callApi<StatusUpdate[]>(page, 'status:history', { measureId: MEASURE });
    const reason = page.getByLabel(/^Begrunnelse for korrigering/);
    const date = page.getByLabel('Dato');

    await page.getByLabel('Status', { exact: true }).selectOption('fullfort');
    await page.getByLabel('Vurdering').selectOption('gronn');
    await date.fill('01.03.2026');
    await reason.waitFor();
    await page
      .getByText('Datoen endrer statusen ved slutten av den lukkede perioden T2 2026.', { exact: false })
      .waitFor();
    // Before the 2024 update, the date sets no closed period's end: no reason is asked.
    await date.fill('01.03.2024');
    await reason.waitFor({ state: 'detached' });
    await date.fill('01.03.2026');
    await reason.waitFor();
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);

    const count = (await history()).length;
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page
      .getByText(
        '01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026. ' +
          'Skriv hvorfor statusen korrigeres etter lukking.',
      )
      .waitFor();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('status-begrunnelse');
    expect((await history()).length).toBe(count);

    await reason.fill('UD meldte fullført etter at T2 var rapportert');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    await page
      .locator('[data-testid="timeline"] > li')
      .filter({ hasText: 'Korrigert etter lukking: UD meldte fullført etter at T2 var rapportert' })
      .filter({ hasText: '01.03.2026' })
      .waitFor();
    const [newest] = await history();
    expect(newest).toMatchObject({
      status: 'fullfort',
      effectiveDate: '2026-03-01',
      correctionReason: 'UD meldte fullført etter at T2 var rapportert',
    });
  });
});
