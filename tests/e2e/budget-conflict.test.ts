// Two coordinators edit the same budget line: the second save is refused in Norwegian, the form keeps what
// was typed, and saving again (knowingly, over the newer line) works. Nothing typed is lost.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { openApp, type AppInBrowser } from './support/browser.ts';

/** Another user's save, straight to the core over the preview's API. */
async function post(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: { lines: { id: number; version: number; allocatedNok: number }[] } }> {
  return page.evaluate(
    ([n, i]) => fetch(`api/${encodeURIComponent(n as string)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) }).then((r) => r.json()),
    [name, input] as const,
  );
}

describe('a budget line changed by someone else while it is being edited', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'budsjett.tilt'), { viewport: { width: 1280, height: 900 } });
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/16`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect((await post(page, 'budget:add', { measureId: 16, year: 2026, allocatedNok: 100_000, spentNok: 0 })).ok).toBe(true);
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
    const line = (await post(page, 'budget:list', { measureId: 16 })).value!.lines[0];
    expect((await post(page, 'budget:update', { id: line.id, version: line.version, changes: { allocatedNok: 175_000 } })).ok).toBe(true);

    await page.getByRole('button', { name: 'Lagre budsjettlinje for 2026' }).click();
    await page.getByText('Budsjettlinjen er endret eller slettet av noen andre etter at du åpnet den, så ingenting er lagret.').waitFor();
    expect(await allocated.inputValue()).toBe('250000');
    expect((await post(page, 'budget:list', { measureId: 16 })).value!.lines[0].allocatedNok).toBe(175_000);

    await page.getByRole('button', { name: 'Lagre budsjettlinje for 2026' }).click();
    await expect.poll(async () => (await post(page, 'budget:list', { measureId: 16 })).value!.lines[0].allocatedNok, { timeout: 10_000 }).toBe(250_000);
    expect(app.consoleErrors).toEqual([]);
  });
});
