// The foundation as a coordinator sees it: both plans, all 44 measures, accessible, in real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { describeViolations, launchBrowser, seriousA11yViolations, startWeb, type WebApp } from './support/browser.ts';

describe('browser preview on a fresh example file', () => {
  const tmp = tempDir();
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    web = await startWeb(portfolioFile(tmp.dir, 'eksempel.tilt', true));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${web.url}#/tiltak`);
    await page.getByRole('heading', { level: 1, name: 'Tiltak' }).waitFor();
    // The heading renders before the plans have loaded: wait for the data, not only the frame.
    await page.locator('[data-testid="measure-row"]').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    tmp.cleanup();
  });

  it('lists both plans and all 44 measures, grouped by part', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Regjeringens handlingsplan mot menneskehandel' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Nasjonal strategi mot menneskehandel (2025–2030)' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-plan="handlingsplan-2016"] [data-testid="measure-row"]').count()).resolves.toBe(26);
    await expect(page.locator('[data-plan="strategi-2025-2030"] [data-testid="measure-row"]').count()).resolves.toBe(18);
    await expect(page.locator('[data-plan="strategi-2025-2030"] h3').allTextContents()).resolves.toEqual([
      '1. Helhetlig og samordnet innsats',
      '2. Forebygging',
      '3. Bistand og beskyttelse',
      '4. Straffeforfølgning',
    ]);
  });

  it('says on every page that the file holds example data', async () => {
    await expect(page.getByText('Eksempeldata – ikke reelle tall').isVisible()).resolves.toBe(true);
  });

  it('has no serious or critical accessibility violations and no console errors', async () => {
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('moves between pages with the keyboard', async () => {
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hopp til hovedinnhold');
    await page.getByRole('link', { name: 'Innstillinger' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
    await expect(page.getByRole('cell', { name: 'Barne- og familiedepartementet' }).isVisible()).resolves.toBe(true);
  });
});
