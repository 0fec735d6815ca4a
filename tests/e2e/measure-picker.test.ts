// Choosing a measure by searching, in real Chromium, where there are more than fit in a list (350 example measures,
// 143 in the strategy): a measure's «Tiltak i en annen plan» and an obligation's «Koble et tiltak til …». Only the
// first 50 matches are in the page, the field says how many there are, a number finds that measure, and what is
// linked is what the field shows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureLink, MeasureSummary } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  callApi,
  describeViolations,
  openApp,
  seriousA11yViolations,
  shownOptions,
  type AppInBrowser,
} from './support/browser.ts';

describe('the measure picker with 350 measures', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  let all: MeasureSummary[];
  const field = () => page.locator('#kobling-til');
  const picker = () => page.locator('#kobling-til').locator('xpath=..');
  const options = () => picker().locator('u-option:not([data-empty])');
  const shown = () => shownOptions(picker());
  /** The label the picker shows for the strategy's measure with this number. */
  const strategy = (n: string) =>
    `Strategien 2025–2030, tiltak ${n}: ${all.find((m) => m.number === n && m.planCode !== all[0].planCode)!.title}`;
  const announced = (text: string | RegExp) => page.getByTestId('announcement').filter({ hasText: text }).waitFor();

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'velg.tilt', { size: 350 }), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/1`);
    await page.getByRole('heading', { level: 1, name: /Tiltak 1\b/ }).waitFor();
    all = await callApi<MeasureSummary[]>(page, 'measures:list', {});
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('has only the first 50 of the other plan’s measures in the page and says how many there are', async () => {
    const others = all.filter((m) => m.planCode !== all[0].planCode);
    expect(others.length).toBe(143);
    await field().waitFor();
    // The options come once the measures' names are loaded, after the field: wait for them, then read the description.
    await expect.poll(() => options().count()).toBe(50);
    expect(await page.locator('#kobling-til-beskrivelse').textContent()).toContain(
      'Listen viser de 50 første av 143: skriv mer for å finne færre.',
    );
  });

  it('finds words of the title among all of them, and a number as the measure with that number', async () => {
    const words = ['kartlegging', 'internasjonalt'];
    const expected = all.filter(
      (m) => m.planCode !== all[0].planCode && words.every((w) => m.title.toLocaleLowerCase('nb').includes(w)),
    );
    expect(expected.length).toBeGreaterThan(0);
    await field().focus();
    await page.keyboard.type(words.join(' '));
    await expect.poll(() => shown().then((s) => s.length)).toBe(expected.length);
    for (const text of await shown()) for (const w of words) expect(text?.toLocaleLowerCase('nb')).toContain(w);

    // «14» is tiltak 14 only: not 114, 140–143, nor every title with 14 in it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('14');
    await expect.poll(shown).toEqual([strategy('14')]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => field().inputValue()).toBe(strategy('14'));
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('links what the field shows: typing over the choice and leaving the field brings the choice back', async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.type('finnes ikke');
    await picker().getByText('Ingen tiltak passer.').waitFor();
    await page.getByRole('button', { name: 'Legg til kobling' }).focus();
    await expect.poll(() => field().inputValue()).toBe(strategy('14'));
    await page.keyboard.press('Enter');
    await announced('Koblingen er lagt til');
    const links = await callApi<MeasureLink[]>(page, 'measures:links', { id: 1 });
    expect(links.map((l) => l.other.number)).toEqual(['14']);
    await page
      .locator('.links-list')
      .getByRole('link', { name: /tiltak 14$/ })
      .waitFor();
    // The field is empty again, and 14 is no longer offered.
    await expect.poll(() => field().inputValue()).toBe('');
    await field().focus();
    await page.keyboard.type('14');
    await picker().getByText('Ingen tiltak passer.').waitFor();
  });

  it('says what to do when nothing is chosen, and Enter on text that names no measure chooses none', async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.type('finnes ikke');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Legg til kobling' }).click();
    await page.getByText('Velg et tiltak å koble til.').waitFor();
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    expect(await callApi<MeasureLink[]>(page, 'measures:links', { id: 1 })).toHaveLength(1);
  });

  it('links a measure to an obligation from the obligations register, by keyboard', async () => {
    await page.goto(`${app.web.url}#/forpliktelser`);
    const summary = page.locator('summary', { hasText: /^Koble et tiltak til / }).first();
    const code = (await summary.textContent())!.replace('Koble et tiltak til ', '');
    await summary.click();
    const form = page.locator('details[open]').first();
    await form.getByLabel('Tiltak', { exact: true }).focus();
    await page.keyboard.type('strategien 7');
    await expect.poll(() => shownOptions(form)).toEqual([strategy('7')]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: `Koble til ${code}` }).click();
    await announced(`Tiltaket er koblet til ${code}`);
    expect(app.consoleErrors).toEqual([]);
  });
});
