// The foundation as a coordinator sees it: both plans, all 44 measures, accessible, in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

describe('browser preview on a fresh example file', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true));
    ({ web, page } = app);
    consoleErrors = app.consoleErrors;
    // The grouped-by-part view of the Tiltak page (the register table is tested in register.test.ts).
    await page.goto(`${web.url}#/tiltak?visning=gruppert`);
    await page.getByRole('heading', { level: 1, name: 'Tiltak' }).waitFor();
    await page.locator('[data-plan="strategi-2025-2030"] [data-testid="measure-row"]').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('lists both plans and all 44 measures, grouped by part', async () => {
    // waitFor() waits (up to the timeout) until the data has loaded and the element is visible.
    await page.getByRole('heading', { level: 2, name: 'Regjeringens handlingsplan mot menneskehandel' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nasjonal strategi mot menneskehandel (2025–2030)' }).waitFor();
    await expect
      .poll(() => page.locator('[data-plan="handlingsplan-2016"] [data-testid="measure-row"]').count(), {
        timeout: 10_000,
      })
      .toBe(26);
    await expect
      .poll(() => page.locator('[data-plan="strategi-2025-2030"] [data-testid="measure-row"]').count(), {
        timeout: 10_000,
      })
      .toBe(18);
    await expect
      .poll(() => page.locator('[data-plan="strategi-2025-2030"] h3').allTextContents(), { timeout: 10_000 })
      .toEqual([
        '1. Helhetlig og samordnet innsats',
        '2. Forebygging',
        '3. Bistand og beskyttelse',
        '4. Straffeforfølgning',
      ]);
  });

  it('says on every page that the file holds example data', async () => {
    await page.getByText('Eksempeldata – ikke reelle tall').waitFor();
  });

  it('has no serious or critical accessibility violations and no console errors', async () => {
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('moves between pages with the keyboard', async () => {
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 })
      .toBe('Hopp til hovedinnhold');
    await page.getByRole('link', { name: 'Innstillinger' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
    await page.getByRole('cell', { name: 'Barne- og familiedepartementet' }).waitFor();
  });
});
