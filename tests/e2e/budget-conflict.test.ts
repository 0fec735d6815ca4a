// Two coordinators edit the same budget line: the second save is refused in Norwegian, the form keeps what
// was typed, and saving again (knowingly, over the newer line) works. Nothing typed is lost.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import type { BudgetSummary } from '../../shared/domain/types.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

describe('a budget line changed by someone else while it is being edited', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'budsjett.tilt'), { viewport: { width: 1280, height: 900 } });
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/16`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await callApi(page, 'budget:add', { measureId: 16, year: 2026, allocatedNok: 100_000, spentNok: 0 });
    await page.reload();
    await page.getByRole('button', { name: 'Endre budsjettlinje 2026' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('refuses the stale save, keeps the typed values in the form, and saves them when asked again', async () => {
    await page.getByRole('button', { name: 'Endre budsjettlinje 2026' }).click();
    const allocated = page.getByLabel('Bevilget (kr)').first();
    await allocated.fill('250000');
    // Another coordinator saves the same line first.
    const saved = () => callApi<BudgetSummary>(page, 'budget:list', { measureId: 16 }).then((s) => s.lines[0]);
    const line = await saved();
    await callApi(page, 'budget:update', { id: line.id, version: line.version, changes: { allocatedNok: 175_000 } });

    await page.getByRole('button', { name: 'Lagre budsjettlinje for 2026' }).click();
    // Said at the form being saved (the page's alert repeats it at the top).
    await page
      .getByRole('form', { name: 'Lagre budsjettlinje for 2026' })
      .getByText('Budsjettlinjen er endret eller slettet av noen andre etter at du åpnet den, så ingenting er lagret.')
      .waitFor();
    expect(await allocated.inputValue()).toBe('250000');
    expect((await saved()).allocatedNok).toBe(175_000);

    await page.getByRole('button', { name: 'Lagre budsjettlinje for 2026' }).click();
    await expect.poll(async () => (await saved()).allocatedNok, { timeout: 10_000 }).toBe(250_000);
    expect(app.consoleErrors).toEqual([]);
  });
});
