// After a key action that takes away, hides or disables the control used, keyboard focus goes where the user goes on
// from (the field in error, the neighbouring button, the new page's heading, the message), never to <body>: there the
// next Tab starts from the top of the page and a screen reader loses its place (QA qa-m2, finding 2).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, describeViolations, moderateA11yViolations, openApp, type AppInBrowser } from './support/browser.ts';

describe('focus after key actions that take the control away', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const heading = () => page.getByRole('heading', { level: 1 });
  /** The focused element, described: its tag, its id and the start of its text. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName ?? ''}#${el?.id ?? ''}:${(el?.textContent ?? '').trim().slice(0, 60)}`;
    });
  const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement);
  /** Focuses `button` and presses Enter on it, as a keyboard user does. */
  async function press(button: Locator) {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  async function expectAccessible() {
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  }

  /** Opens `hash` in a freshly loaded page (no page's chunk loaded before it but its own). */
  async function fresh(hash: string, title: string) {
    await page.goto(`${app.web.url}${hash}`);
    await page.reload();
    await heading().filter({ hasText: title }).waitFor();
  }

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'fokus.tilt', true), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      acceptDownloads: true,
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('a) «Nytt navn» refused for its date: focus on «Gjelder fra», the dialog open with its message', async () => {
    await fresh('#/innstillinger', 'Innstillinger');
    const renameButton = page.getByRole('button', { name: 'Gi BFD nytt navn' });
    await renameButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    // It opens with focus in its first field, not on its X (QA qa-m2 #6).
    await expect.poll(() => hasFocus(dialog.getByLabel('Nytt navn', { exact: true })), { timeout: 5000 }).toBe(true);
    const date = dialog.getByLabel('Gjelder fra');
    await date.fill('01.01.2030'); // more than a year ahead: the core refuses it at the field
    await dialog.getByRole('button', { name: 'Lagre nytt navn' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Rett opp feltene som er merket. Ingenting er lagret.').waitFor();
    await expect.poll(() => hasFocus(date), { timeout: 5000 }).toBe(true);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it("c) «Slett budsjettlinje»: focus on the next row's «Slett», the last row's on the row before", async () => {
    const budget = await callApi<{ lines: { year: number }[] }>(page, 'budget:list', { measureId: 10 });
    const years = budget.lines.map((l) => l.year);
    expect(years.length).toBeGreaterThanOrEqual(3);
    await fresh('#/tiltak/10', 'Tiltak 10');
    const del = (year: number) => page.getByRole('button', { name: `Slett budsjettlinje ${year}`, exact: true });
    await del(years[0]).focus();
    await page.keyboard.press('Enter');
    await del(years[0]).waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(del(years[1]))).toBe(true);

    const last = years[years.length - 1];
    await del(last).focus();
    await page.keyboard.press('Enter');
    await del(last).waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(del(years[years.length - 2]))).toBe(true);
  });

  it('b) «Angre» with nothing left to undo: focus on «Gjør om»; «Gjør om» likewise hands it to «Angre»', async () => {
    // The two deletions above are the measure's undo history in this file: undo them both with the button.
    const toolbar = page.getByRole('toolbar', { name: 'Angre og slette' });
    const undo = toolbar.getByRole('button', { name: /^Angre/ });
    const redo = toolbar.getByRole('button', { name: /^Gjør om/ });
    await undo.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Angret /).waitFor();
    await expect.poll(() => undo.evaluate((b) => !(b as HTMLButtonElement).disabled)).toBe(true);
    expect(await hasFocus(undo)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => undo.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await expect.poll(focused).toMatch(/^BUTTON#.*:Gjør om/);
    expect(await hasFocus(redo)).toBe(true);

    // Redo both: the last leaves nothing to redo, and focus goes to «Angre».
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(redo)).toBe(true);
    // Done when no longer busy: the focused button is only aria-disabled while busy, never disabled, and a press
    // while busy does nothing (on a slow machine the second Enter was pressed before the first redo was done).
    const idle = (b: Element) => !(b as HTMLButtonElement).disabled && !b.hasAttribute('aria-disabled');
    await expect.poll(() => redo.evaluate(idle), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => redo.evaluate((b) => (b as HTMLButtonElement).disabled), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => hasFocus(undo)).toBe(true);
  });

  it("the same pattern: budget «Endre» and «Avbryt», the measure's «Lagre endringer» and «Forkast»", async () => {
    await fresh('#/tiltak/11', 'Tiltak 11');
    const edit = page.getByRole('button', { name: /^Endre budsjettlinje \d{4}$/ }).first();
    const year = (await edit.textContent())!.match(/\d{4}/)![0];
    await edit.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: `Lagre budsjettlinje for ${year}` });
    await expect.poll(() => form.getByLabel('År').evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByRole('button', { name: 'Avbryt' }).focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const againEdit = page.getByRole('button', { name: `Endre budsjettlinje ${year}`, exact: true });
    await expect.poll(() => hasFocus(againEdit)).toBe(true);

    // The measure's fields: saved, «Lagre endringer» has nothing to save and still has focus.
    const contact = page.locator('#felt-contactName');
    const save = page.getByRole('button', { name: 'Lagre endringer' });
    await contact.fill('Kari Fokus');
    await save.focus();
    await save.evaluate((b) => b.setAttribute('data-before-save', ''));
    await page.keyboard.press('Enter');
    // Saved, the form is made anew with the new version: focus is on its «Lagre endringer», with nothing to save.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('#tiltak-lagre:not([data-before-save])')))
      .toBe(true);
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    // «Forkast endringene» goes with the changes: focus on «Lagre endringer» beside it.
    await contact.fill('Ola Fokus');
    await page.getByRole('button', { name: 'Forkast endringene' }).focus();
    await page.keyboard.press('Enter');
    expect(await contact.inputValue()).toBe('Kari Fokus');
    await expect.poll(() => hasFocus(save)).toBe(true);
  });

  it("«Fjern» on a measure's obligation: focus on the next link's «Fjern», the last on «Forpliktelse»", async () => {
    await fresh('#/tiltak/10', 'Tiltak 10');
    const section = page.getByTestId('measure-obligations');
    const remove = section.getByRole('button', { name: /^Fjern koblingen til / });
    await remove.first().waitFor();
    const codes = (await remove.allTextContents()).map((t) => t.replace('Fjern koblingen til ', ''));
    expect(codes.length).toBeGreaterThanOrEqual(1);
    for (const [i, code] of codes.entries()) {
      const button = section.getByRole('button', { name: `Fjern koblingen til ${code}`, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await button.waitFor({ state: 'detached' });
      const next = codes[i + 1];
      const expected = next
        ? section.getByRole('button', { name: `Fjern koblingen til ${next}`, exact: true })
        : page.locator('#forpliktelse-velg');
      await expect.poll(() => hasFocus(expected)).toBe(true);
    }
  });

  it('Rapporter → «Excel (XLSX)» by keyboard: the button keeps focus while the file is made and after', async () => {
    await fresh('#/rapporter', 'Rapporter');
    await expect.poll(() => page.getByTestId('report-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const excel = page.getByRole('button', { name: 'Excel (XLSX)' });
    await excel.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await page
      .getByRole('status')
      .filter({ hasText: /^Lastet ned / })
      .waitFor();
    expect(await hasFocus(excel)).toBe(true);
  });

  it('Innspill: «Sendt til …» ticked with Space and «Last ned skjema» keep focus while they are saved', async () => {
    await page.goto(`${app.web.url}#/innspill`);
    const round = await callApi<{ id: number; recipients: { abbrev: string }[] }>(page, 'rounds:create', {
      period: '2026-T3',
      deadline: '2026-12-15',
      recipients: ['HOD', 'JD'],
    });
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    const sent = page.getByRole('checkbox', { name: 'Sendt til HOD' });
    await sent.waitFor();
    await sent.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => sent.isChecked()).toBe(true);
    await expect.poll(() => sent.getAttribute('aria-disabled')).toBeNull();
    expect(await hasFocus(sent)).toBe(true);

    const form = page.getByRole('button', { name: 'Last ned skjema for JD' });
    await form.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expect.poll(() => form.getAttribute('aria-disabled')).toBeNull();
    expect(await hasFocus(form)).toBe(true);
  });

  it('d) Register → «Papirkurv» by keyboard: focus on the heading «Papirkurv»', async () => {
    await fresh('#/tiltak', 'Tiltak');
    await page.getByRole('link', { name: 'Papirkurv' }).focus();
    await page.keyboard.press('Enter');
    const bin = heading().filter({ hasText: 'Papirkurv' });
    await bin.waitFor();
    await expect.poll(() => hasFocus(bin)).toBe(true);
  });

  it('e) Arkiv → «Åpne…» in the preview: focus on the message; «Lukk» on it puts focus on «Arkiv»', async () => {
    await fresh('#/oversikt', 'Oversikt');
    const arkiv = page.getByRole('button', { name: 'Arkiv', exact: true });
    await arkiv.focus();
    await page.keyboard.press('Enter');
    const open = page.getByRole('button', { name: 'Åpne…' });
    await open.waitFor();
    await open.focus();
    await page.keyboard.press('Enter');
    const message = page.getByRole('alert').filter({ hasText: /^Ikke tilgjengelig i nettleservisningen/ });
    await message.waitFor();
    await expect.poll(() => hasFocus(message)).toBe(true);

    await message.getByRole('button', { name: 'Lukk' }).focus();
    await page.keyboard.press('Enter');
    await message.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(arkiv)).toBe(true);
  });

  it('«Lagre mappen» refused: focus on its field with the reason; saved: on the button, the folder shown', async () => {
    await fresh('#/innstillinger', 'Innstillinger');
    const field = page.getByLabel('Ekstra mappe for sikkerhetskopier');
    const save = page.getByRole('button', { name: 'Lagre mappen' });
    await field.fill('relativ/mappe');
    await press(save);
    await page.getByText('Skriv hele stien til mappen, for eksempel C:\\Sikkerhetskopier.').waitFor();
    await expect.poll(() => hasFocus(field)).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();

    const folder = join(tmp.dir, 'ekstra-kopier');
    mkdirSync(folder);
    await field.fill(folder);
    await press(save);
    await page.getByText(`Lagret. Sikkerhetskopiene lages nå også i ${folder}.`).waitFor();
    expect(await hasFocus(save)).toBe(true);
    // The page says so at once, and offers to stop; that button goes once used, and focus to the field.
    await page.getByText(`og i ${folder}.`, { exact: false }).waitFor();
    const none = page.getByRole('button', { name: 'Bruk ingen ekstra mappe' });
    await press(none);
    await none.waitFor({ state: 'detached' });
    await page.getByText('Lagret. Sikkerhetskopiene lages bare ved siden av filen.').waitFor();
    expect(await hasFocus(field)).toBe(true);
  });

  it('«Lagre titler» without the overwrite confirmed: focus on its box; saved: on the message', async () => {
    await fresh('#/titler?plan=handlingsplan-2016', 'Fyll inn titler');
    await page.getByLabel('Titler, én per linje i nummerrekkefølge').fill('16. Veiledning om fokus');
    const save = page.getByRole('button', { name: 'Lagre titler' });
    await press(save);
    const confirm = page.getByRole('checkbox', { name: 'Ja, overskriv 1 tittel som allerede er fylt inn' });
    await page.getByText(/^Kryss av for å bekrefte/).waitFor();
    await expect.poll(() => hasFocus(confirm)).toBe(true);
    await expectAccessible();
    await page.keyboard.press('Space');
    expect(await confirm.isChecked()).toBe(true);
    await press(save);
    // The editor is made anew, its button with it: focus on what was saved, with the link onwards.
    const saved = page.locator('#titler-lagret');
    await saved.getByText(/^1 tittel er lagret\./).waitFor();
    await expect.poll(() => hasFocus(saved)).toBe(true);
    await expectAccessible();
  });

  it('Forpliktelser, «Last ned» a refused period: focus on its field; a file made: focus on «Last ned»', async () => {
    await fresh('#/forpliktelser', 'Forpliktelser');
    const period = page.getByLabel('Periode (valgfritt)');
    const download = page.getByRole('button', { name: 'Last ned', exact: true });
    await period.fill('2025-T9');
    await press(download);
    await page.getByText('Ugyldig periode: skriv et år (2025) eller et tertial (2025-T2).').waitFor();
    await expect.poll(() => hasFocus(period)).toBe(true);
    await expectAccessible();
    await period.fill('2025');
    const file = page.waitForEvent('download');
    await press(download);
    await file;
    await expect.poll(() => download.textContent()).toBe('Last ned');
    expect(await hasFocus(download)).toBe(true);
  });

  it('«Lag innspillsrunde» refused: focus on «Frist for svar»; made: on the new round’s heading', async () => {
    await fresh('#/innspill', 'Innspill');
    const deadline = page.getByLabel('Frist for svar');
    const create = page.getByRole('button', { name: 'Lag innspillsrunde' });
    // Refused by the core, at the field: a deadline already past.
    const past = formatDate(todayIso(new Date(Date.now() - 2 * 86_400_000)));
    await deadline.fill(past);
    await press(create);
    await page.getByText(`Fristen ${past} har allerede gått.`).waitFor();
    await expect.poll(() => hasFocus(deadline)).toBe(true);
    await deadline.fill(formatDate(todayIso(new Date(Date.now() + 20 * 86_400_000))));
    await press(create);
    const round = heading().filter({ hasText: /^Innspill [T\d]/ });
    await round.waitFor();
    await expect.poll(() => hasFocus(round)).toBe(true);
  });

  it('a page whose code is still loading: its heading gets focus when the old heading had it', async () => {
    await fresh('#/oversikt', 'Oversikt');
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    await press(menu.getByRole('link', { name: 'Hjelp' }));
    await expect.poll(() => hasFocus(heading().filter({ hasText: 'Slik bruker du' }))).toBe(true);
    // The address changes with focus on that heading (Back, Forward, a menu), to a page not loaded in this start:
    // the old page stays, hidden, while the new one's code loads, and its heading keeps focus until the browser drops
    // it to <body>.
    await page.evaluate(() => {
      window.location.hash = '#/innspill';
    });
    const innspill = heading().filter({ hasText: 'Innspill' });
    await innspill.waitFor();
    await expect.poll(() => hasFocus(innspill)).toBe(true);
  });
});
