// The leave question counts every form with text not yet saved, not only the measure's fields and the status comment:
// a budget line, a link to another plan, an obligation on the measure's page and on Forpliktelser. Arkiv's actions
// that replace the open file ask it too. «Bli på siden» keeps the text, and after every dialog focus is on a control
// the user can go on from (never <body>). The measure page's breadcrumb is a Designsystemet link.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { chooseByKeyboard, openApp, type AppInBrowser, routeOf } from './support/browser.ts';

describe('the leave question counts every form, Arkiv asks it, focus after dialogs', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const heading = () => page.getByRole('heading', { level: 1 });
  const leaveDialog = () => page.getByTestId('leave-dialog');
  const QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';
  /** The focused element as «TAG:text» (an input: «TAG#id»). */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
        return `${el.tagName}#${el.id}`;
      return `${el?.tagName ?? ''}:${(el?.textContent ?? '').trim()}`;
    });
  const crumb = () => page.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link', { name: 'Tiltak' });
  const menuLink = (name: string) => page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name });

  /** Tries to leave by `go` (a link taken by keyboard), expects the question, stays with Enter, and checks where. */
  async function askedAndStay(go: Locator, route: string) {
    await go.focus();
    await page.keyboard.press('Enter');
    await leaveDialog().getByText(QUESTION).waitFor();
    await expect.poll(focused).toBe('BUTTON:Bli på siden');
    await page.keyboard.press('Enter');
    await leaveDialog().waitFor({ state: 'detached' });
    expect(routeOf(page)).toBe(route);
    // Focus is back on the link used, not on <body>.
    await expect.poll(() => go.evaluate((el) => el === document.activeElement)).toBe(true);
  }

  async function openMeasure(id: number) {
    await page.goto(`${app.web.url}#/tiltak/${id}`);
    await heading()
      .filter({ hasText: `Tiltak ${id}` })
      .waitFor();
  }

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'forlate-skjemaer.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/oversikt`);
    await heading().filter({ hasText: 'Oversikt' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('asks before leaving a budget line typed and not added; «Bli» keeps it; emptied, the page just goes', async () => {
    await openMeasure(2);
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    const allocated = page.locator('#budsjett-ny-allocatedNok');
    await allocated.fill('250 000');
    await askedAndStay(crumb(), '/tiltak/2');
    expect(await allocated.inputValue()).toBe('250 000');

    await allocated.fill('');
    await crumb().click();
    await expect.poll(() => routeOf(page)).toBe('/tiltak');
    await heading().filter({ hasNotText: 'Tiltak 2' }).waitFor();
    expect(await leaveDialog().count()).toBe(0);
  });

  it('asks before leaving a measure chosen in «Koblinger» and not linked; «Bli» keeps the choice', async () => {
    await openMeasure(2);
    const picker = page.locator('#kobling-til');
    await chooseByKeyboard(picker, 'strategien 4');
    await expect.poll(() => picker.inputValue()).toBe('Strategien 2025–2030, tiltak 4 (tittel ikke fylt inn)');
    await askedAndStay(menuLink('Oversikt'), '/tiltak/2');
    expect(await picker.inputValue()).toBe('Strategien 2025–2030, tiltak 4 (tittel ikke fylt inn)');

    // «Forlat siden» goes: the new page's heading has focus.
    await menuLink('Oversikt').click();
    await leaveDialog().getByRole('button', { name: 'Forlat siden' }).click();
    await heading().filter({ hasText: 'Oversikt' }).waitFor();
    await expect.poll(focused).toMatch(/^H1:/);
  });

  it('asks before leaving a note typed for an obligation on the measure page', async () => {
    await openMeasure(2);
    const section = page.locator('section[aria-labelledby="forpliktelser"]');
    const note = section.getByLabel('Merknad (valgfritt)');
    await note.fill('Halvferdig merknad');
    await askedAndStay(crumb(), '/tiltak/2');
    expect(await note.inputValue()).toBe('Halvferdig merknad');
    await note.fill('');
  });

  it('asks before leaving Forpliktelser with a note typed in «Koble et tiltak til …»', async () => {
    await page.goto(`${app.web.url}#/forpliktelser`);
    await heading().filter({ hasText: 'Forpliktelser' }).waitFor();
    const card = page.locator('article.obligation').filter({ has: page.locator('h3', { hasText: 'G3-01' }) });
    await card.getByText('Koble et tiltak til G3-01').click();
    const note = card.getByLabel('Merknad (valgfritt)');
    await note.fill('Politiets grupper');
    await askedAndStay(menuLink('Tiltak'), '/forpliktelser');
    expect(await note.inputValue()).toBe('Politiets grupper');
    await note.fill('');
  });

  it('Arkiv «Åpne…», «Ny portefølje…», «Gjenopprett…» ask first with unsaved edits; «Bli» back on Arkiv', async () => {
    await openMeasure(2);
    const title = page.getByLabel('Tittel', { exact: true });
    await title.waitFor();
    const original = await title.inputValue();
    await title.fill(`${original} (utkast)`);
    const arkiv = page.getByRole('button', { name: 'Arkiv', exact: true });
    const notice = page.locator('.arkiv-menu__notice');

    for (const action of ['Åpne…', 'Ny portefølje…', 'Gjenopprett fra sikkerhetskopi…']) {
      await arkiv.click();
      await page.getByRole('button', { name: action }).click();
      await leaveDialog().getByText(QUESTION).waitFor();
      await leaveDialog().getByRole('button', { name: 'Bli på siden' }).click();
      await leaveDialog().waitFor({ state: 'detached' });
      // The action did not run (the preview would have said it is not available), the edit is there, and focus is
      // on the Arkiv button (its menu, and the item chosen, are closed).
      expect(await notice.count()).toBe(0);
      expect(await title.inputValue()).toBe(`${original} (utkast)`);
      await expect.poll(() => arkiv.evaluate((el) => el === document.activeElement)).toBe(true);
    }

    // «Forlat siden» runs the action (the preview answers that it is not available there).
    await arkiv.click();
    await page.getByRole('button', { name: 'Åpne…' }).click();
    await leaveDialog().getByRole('button', { name: 'Forlat siden' }).click();
    await notice.getByText(/^Ikke tilgjengelig i nettleservisningen/).waitFor();
    // Focus on the message the action gave (focus-after-actions.test.ts: «Lukk» on it goes back to Arkiv).
    await expect.poll(() => notice.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // Without unsaved edits, no question.
    await notice.getByRole('button', { name: 'Lukk' }).click();
    await title.fill(original);
    await arkiv.click();
    await page.getByRole('button', { name: 'Åpne…' }).click();
    await notice.getByText(/^Ikke tilgjengelig i nettleservisningen/).waitFor();
    expect(await leaveDialog().count()).toBe(0);
    await notice.getByRole('button', { name: 'Lukk' }).click();
  });

  it('after the duplicate budget line question, «Endre linjen» leaves focus in the form, not on <body>', async () => {
    await openMeasure(3);
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    await page.locator('#budsjett-ny-year').fill('2025');
    await page.locator('#budsjett-ny-allocatedNok').fill('100 000');
    const add = page.getByRole('button', { name: 'Legg til budsjettlinje' });
    await add.click();
    await page.getByRole('table', { name: 'Budsjettlinjer per år' }).waitFor();
    await expect.poll(() => page.locator('#budsjett-ny-allocatedNok').inputValue()).toBe('');
    await page.locator('#budsjett-ny-allocatedNok').fill('200 000');
    await add.focus();
    await page.keyboard.press('Enter');
    const duplicate = page.getByTestId('budget-confirm');
    await duplicate.getByRole('button', { name: 'Endre linjen' }).waitFor();
    await page.keyboard.press('Enter');
    await duplicate.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-label') ?? null))
      .toBe('Legg til budsjettlinje');
    await page.locator('#budsjett-ny-allocatedNok').fill('');
  });

  it('styles the measure page’s breadcrumb as Designsystemet’s link, not the browser’s blue', async () => {
    await openMeasure(2);
    expect(await crumb().getAttribute('class')).toContain('ds-link');
    const colour = await crumb().evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe('rgb(0, 0, 238)');
    expect(app.consoleErrors).toEqual([]);
  });
});
