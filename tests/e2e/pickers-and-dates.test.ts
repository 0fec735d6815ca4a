// Issue 12 §9 and §16, keyboard only, in a Chromium whose language is English (--lang=en-US, locale en-US):
// the organisation pickers find names, abbreviations and former names, typing never toggles an option by itself, and
// ↓ + Enter toggles the option highlighted; dates show and take dd.mm.åååå, with a sentence for an impossible one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

describe('pickers and date fields, by keyboard, in an English browser', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const picker = (field: string) => page.locator(`#${field}`).locator('xpath=..');
  const chips = (field: string) =>
    page
      .locator(`#${field}`)
      .locator('xpath=..')
      .locator('data')
      .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
  const measure = () => callApi<Measure>(page, 'measures:get', { id: 16 });

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'ramme.tilt'), {
      lang: 'en-US',
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/16`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tiltak 16' }).waitFor();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('speaks bokmål to a screen reader: nothing chosen is «Ingen valgt», not Designsystemet’s English', async () => {
    await expect
      .poll(() => page.locator('#felt-coOwners').getAttribute('aria-description'), { timeout: 10_000 })
      .toBe('Ingen valgt');
  });

  it('never toggles a co-owner by typing its abbreviation, and ↓ + Enter toggles the one highlighted', async () => {
    await page.locator('#felt-coOwners').focus();
    await page.keyboard.type('BFD');
    // The list shows it, by abbreviation; nothing is chosen by typing alone, nor by Enter on the text.
    await picker('felt-coOwners').locator('u-option[value="BFD"]').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => chips('felt-coOwners')).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips('felt-coOwners')).toEqual(['BFD']);
    // Typing the whole abbreviation again does not take it away (the old picker did, silently).
    await page.keyboard.press('Control+A');
    await page.keyboard.type('BFD');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips('felt-coOwners')).toEqual(['BFD']);
    // A former name finds today's ministry: BLD became BFD in 2019.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('likestilling');
    await picker('felt-coOwners')
      .locator('u-option[aria-hidden="false"]', { hasText: /\(BFD\) – tidligere Barne- og likestillingsdepartementet/ })
      .waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  });

  it('finds Politidirektoratet by «Politi» among the agencies and adds it with ↓ + Enter, keeping HDIR', async () => {
    await page.locator('#felt-agencies').focus();
    await page.keyboard.type('Politi');
    const visible = () =>
      picker('felt-agencies')
        .locator('u-option[aria-hidden="false"]:not([data-empty])')
        .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    await expect.poll(visible).toEqual(['POD']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips('felt-agencies')).toEqual(['HDIR', 'POD']);
    await page.keyboard.press('Tab');
    // Saved with the keyboard: the form's button, then the core has exactly what was chosen.
    await page.getByRole('button', { name: 'Lagre endringer' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('announcement')
      .filter({ hasText: /^Lagret$/ })
      .waitFor();
    const m = await measure();
    expect(m.coOwners.map((o) => o.abbrev)).toEqual(['BFD']);
    expect(m.agencies.map((o) => o.abbrev).sort()).toEqual(['HDIR', 'POD']);
  });

  it('shows today as dd.mm.åååå, names an impossible date at the field, and takes a typed one', async () => {
    const date = page.getByLabel('Dato', { exact: true });
    expect(await date.getAttribute('type')).toBe('text');
    await expect.poll(() => date.inputValue()).toBe(formatDate(todayIso()));
    await date.fill('');
    await date.focus();
    await page.keyboard.type('31022024');
    await page.keyboard.press('Tab');
    await page.getByText('Datoen 31.02.2024 finnes ikke: måned 02 har 29 dager.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    // Nothing is saved while the date is impossible.
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await expect.poll(() => page.locator('[data-testid="timeline"] > li').filter({ hasText: 'Pågår' }).count()).toBe(0);
    // Typed digits get their dots; ↑ moves a day.
    await date.fill('');
    await date.focus();
    await page.keyboard.type('01032024');
    await expect.poll(() => date.inputValue()).toBe('01.03.2024');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => date.inputValue()).toBe('02.03.2024');
    await page.getByLabel('Status', { exact: true }).selectOption('pagar');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    await page.locator('[data-testid="timeline"] > li').filter({ hasText: '02.03.2024' }).first().waitFor();
    expect((await measure()).lastUpdate?.effectiveDate).toBe('2024-03-02');
    expect(app.consoleErrors).toEqual([]);
  });
});
