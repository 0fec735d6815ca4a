// Issue 12 §13 in Chromium: rows pasted from Excel are split into cells and the title column chosen in the preview; a
// line left as «Tiltak N» stays unfilled; then, in the register, the part and owner of several measures are set in
// one step (rows chosen with the keyboard) and undone in one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

const PLAN = 'strategi-2025-2030';
// Eighteen rows as copied from Excel: number, title, owner; the last three left as «Tiltak N».
const ROWS = Array.from({ length: 18 }, (_, i) =>
  [String(i + 1), i >= 15 ? `Tiltak ${i + 1}` : `Strategitiltak ${i + 1} fra regnearket`, 'JD'].join('\t'),
).join('\n');

describe('titles pasted from Excel, and the part and owner of several measures at once', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const strategy = () => callApi<Measure[]>(page, 'measures:list', { planCode: PLAN });

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'titler.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('splits pasted Excel rows, lets the title column be chosen, and keeps «Tiltak N» unfilled', async () => {
    await page.goto(`${app.web.url}#/titler?plan=${PLAN}`);
    const text = page.getByLabel('Titler, én per linje i nummerrekkefølge');
    await text.fill(ROWS);
    const column = page.getByLabel('Tittelen står i kolonne');
    // The guess: the column with titles, not the numbers or the owners.
    await expect.poll(() => column.inputValue()).toBe('1');
    const newTitle = (n: number) =>
      page
        .getByTestId('preview-row')
        .nth(n - 1)
        .locator('td')
        .nth(2);
    await expect.poll(() => newTitle(1).textContent()).toBe('Strategitiltak 1 fra regnearket');
    await column.selectOption({ label: 'Kolonne 3: «JD»' });
    await expect.poll(() => newTitle(1).textContent()).toBe('JD');
    await column.selectOption({ label: 'Kolonne 2: «Strategitiltak 1 fra regnearket»' });
    await expect.poll(() => newTitle(1).textContent()).toBe('Strategitiltak 1 fra regnearket');
    await page.getByText('3 linjer står fortsatt som «Tiltak N» og teller ikke som utfylt.').waitFor();
    await page.getByTestId('preview-row').nth(15).getByText('Ikke fylt inn', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Lagre titler' }).click();
    await page.getByText('15 titler er lagret. 3 gjenstår i planen.').waitFor();
    const after = await strategy();
    expect(after.filter((m) => m.titlePending).map((m) => m.number)).toEqual(['16', '17', '18']);
    expect(after[0].title).toBe('Strategitiltak 1 fra regnearket');
  });

  it('chooses three rows by keyboard, sets their innsatsområde and owner in one step, and undoes it', async () => {
    await page.goto(`${app.web.url}#/tiltak?plan=${PLAN}`);
    await page.getByText('Viser 18 av 18 tiltak').waitFor();
    await page.locator('[data-testid="register-row"] a.register__open').first().focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowDown');
    }
    const bar = page.getByRole('region', { name: '3 tiltak valgt' });
    await bar.waitFor();
    const part = bar.getByLabel('Sett innsatsområde');
    await part.selectOption({ index: 3 });
    const partTitle = (await part.locator('option:checked').textContent())!;
    await bar.getByLabel('Sett ansvarlig departement').selectOption('JD');
    await bar.getByRole('button', { name: 'Endre 3 tiltak' }).click();
    await bar.getByText('Lagret: endring av innsatsområde og ansvarlig departement for 3 tiltak.').waitFor();
    const partCell = (n: number) => page.locator('[data-testid="register-row"]').nth(n).locator('td').nth(3);
    await expect.poll(() => partCell(0).textContent()).toContain(partTitle);
    await expect.poll(() => partCell(2).textContent()).toContain(partTitle);
    await expect.poll(() => partCell(3).textContent()).toContain('Ikke plassert');
    const changed = (await strategy()).slice(0, 3);
    expect(changed.map((m) => m.owner?.abbrev)).toEqual(['JD', 'JD', 'JD']);

    await bar
      .getByRole('button', { name: 'Angre endring av innsatsområde og ansvarlig departement for 3 tiltak' })
      .click();
    await bar.getByText('Angret endring av innsatsområde og ansvarlig departement for 3 tiltak').waitFor();
    await expect.poll(() => partCell(0).textContent()).toContain('Ikke plassert');
    expect((await strategy()).slice(0, 3).map((m) => [m.owner, m.partNumber])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(app.consoleErrors).toEqual([]);
  });
});
