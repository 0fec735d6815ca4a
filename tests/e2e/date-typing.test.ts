// QA qa-m1 H2: a date typed key by key as the field asks («dd.mm.åååå», dots and all) is the date meant, in the one
// date field every page uses (DateField). Typing «15.07.2026» gave «15..07.202»: the field put in a dot after «15»,
// the user's own dot came after it, and the last digit fell off the end. Checked as a person types (one key at a
// time) on the measure page's «Dato» (then saved) and on Oversikt's «Vis endringer siden»: digits only, with dots,
// «1.7.2026», pasted, a middle digit changed, Backspace over a dot, and a date that does not exist.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

const MEASURE = 3;

describe('typing a date key by key, as a person does', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  /** Empties the field as a keyboard user does (Ctrl+A, Backspace), then types one key at a time. */
  async function typeInto(field: Locator, keys: string) {
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(keys);
  }
  const invalid = (field: Locator) => field.getAttribute('aria-invalid');

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('the measure page takes «15.07.2026» typed with its dots, and saves that date', async () => {
    await page.goto(`${app.web.url}#/tiltak/${MEASURE}`);
    const date = page.getByLabel('Dato', { exact: true });
    await date.waitFor();

    // As the hint says, dots and all: never «15..07.202».
    await typeInto(date, '15.07.2026');
    expect(await date.inputValue()).toBe('15.07.2026');
    // Digits only: the dots come as the digits do.
    await typeInto(date, '15072026');
    expect(await date.inputValue()).toBe('15.07.2026');
    // A day and a month of one digit, with dots; shown in full once the field is left.
    await typeInto(date, '1.7.2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('01.07.2026');
    expect(await invalid(date)).not.toBe('true');
    // A dot typed twice, or with a slash, is still one dot.
    await typeInto(date, '15..07..2026');
    expect(await date.inputValue()).toBe('15.07.2026');
    await typeInto(date, '15/07/2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('15.07.2026');
    // With spaces, and as an ISO date typed key by key.
    await typeInto(date, '14 07 2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('14.07.2026');
    await typeInto(date, '2026-07-13');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('13.07.2026');
    expect(await invalid(date)).not.toBe('true');

    // Backspace over the dot at the end, then on: the dot comes back with the next digit.
    await typeInto(date, '15.');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('07.2026');
    expect(await date.inputValue()).toBe('15.07.2026');
    // Backspace over the first dot inside the date: the eight digits still say it.
    await date.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Backspace');
    expect(await date.inputValue()).toBe('1507.2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('15.07.2026');
    expect(await invalid(date)).not.toBe('true');

    // A middle digit changed: the month 07 becomes 06, nothing else moves.
    await date.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('6');
    expect(await date.inputValue()).toBe('15.06.2026');

    // Pasted whole (one input, as Ctrl+V gives).
    await date.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('16.07.2026');
    expect(await date.inputValue()).toBe('16.07.2026');

    // A date that does not exist is named at the field once it is left.
    await typeInto(date, '31.02.2026');
    expect(await date.inputValue()).toBe('31.02.2026');
    await page.keyboard.press('Tab');
    await page.getByText('Datoen 31.02.2026 finnes ikke: måned 02 har 28 dager.').waitFor();
    expect(await invalid(date)).toBe('true');

    // Typed with its dots and saved: the core has 15.07.2026.
    await typeInto(date, '15.07.2026');
    await page.keyboard.press('Tab');
    expect(await invalid(date)).not.toBe('true');
    await page.getByLabel('Status', { exact: true }).selectOption('pagar');
    await page.getByLabel('Vurdering').selectOption('gronn');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    const history = await callApi<StatusUpdate[]>(page, 'status:history', { measureId: MEASURE });
    expect(history.some((u) => u.effectiveDate === '2026-07-15' && u.status === 'pagar')).toBe(true);
  });

  it('Oversikt shows the changes since «01.09.2026» typed with its dots', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    const since = page.getByLabel('Vis endringer siden');
    await since.waitFor();
    await typeInto(since, '01.09.2026');
    expect(await since.inputValue()).toBe('01.09.2026');
    await page.getByRole('heading', { level: 2, name: 'Endringer siden 01.09.2026' }).waitFor();
    await typeInto(since, '1.9.2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => since.inputValue()).toBe('01.09.2026');
    expect(await invalid(since)).not.toBe('true');
    await typeInto(since, '02092026');
    await page.getByRole('heading', { level: 2, name: 'Endringer siden 02.09.2026' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
