// Issue 12 §14 in Chromium, on the real plan frame (where no measure is placed in a part yet): no «Flest tiltak: uten
// hoveddel», organisation names without a second pair of parentheses, «Forbrukt» as in the glossary, and the part
// named in the plan's own word where a change to it is undone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

describe('the words a coordinator reads', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'ord.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('counts unplaced measures apart on Oversikt, never as the part with most measures', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    const card = page.locator('[data-chart="status-handlingsplan-2016"]');
    const summary = card.locator('.chart-card__summary');
    await summary.waitFor();
    // (The counts by status may change with how unreported measures are counted; this is about the unplaced.)
    await expect.poll(() => summary.textContent()).toMatch(/^26 tiltak: [^.]+\./);
    expect(await summary.textContent()).toContain('26 er ikke plassert i noen hoveddel ennå.');
    expect(await summary.textContent()).not.toMatch(/Flest|uten hoveddel/i);
    const strategy = page.locator('[data-chart="status-strategi-2025-2030"] .chart-card__summary');
    expect(await strategy.textContent()).toContain('18 er ikke plassert i noen innsatsområde ennå.');
  });

  it('names an organisation whose name has parentheses without a second pair', async () => {
    await page.goto(`${app.web.url}#/tiltak`);
    await page.locator('summary', { hasText: 'Etat' }).click();
    await page.getByRole('checkbox', { name: 'Arbeids- og velferdsdirektoratet (Nav) – AVDIR' }).waitFor();
    await page.getByRole('checkbox', { name: 'Riksadvokaten (påtalemyndigheten) – RA' }).waitFor();
    expect(await page.getByText(/\) \(/).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('says «Forbrukt» for spent money, and undoes a change of part as «endring av hoveddel»', async () => {
    await callApi(page, 'budget:add', { measureId: 3, year: 2025, allocatedNok: 100_000, spentNok: 40_000 });
    await page.goto(`${app.web.url}#/tiltak/3`);
    const budget = page.locator('section[aria-labelledby="budsjett"]');
    await budget.getByRole('columnheader', { name: 'Forbrukt' }).waitFor();
    expect(await budget.getByText(/^Brukt/).count()).toBe(0);
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    await page.getByRole('form', { name: 'Legg til budsjettlinje' }).getByLabel('Forbrukt (kr)').waitFor();

    await page.getByLabel('Hoveddel', { exact: true }).selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByRole('button', { name: 'Angre endring av hoveddel' }).waitFor();
    await page.locator('[data-testid="timeline"] > li').filter({ hasText: 'Endret hoveddel' }).first().waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
