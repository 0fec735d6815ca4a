// Leaving a measure page with unsaved changes (QA qa-reg #4): a link, the menu, the breadcrumb and Back ask first
// («Bli på siden» focused, Esc stays); staying keeps the edits and focus where it was, leaving gives them up; nothing
// unsaved asks nothing; closing the page asks through beforeunload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  describeViolations,
  moderateViolationsWithBestPractice,
  openApp,
  type AppInBrowser,
  routeOf,
  followLink,
} from './support/browser.ts';

describe('leaving a measure page with unsaved changes', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const heading = () => page.getByRole('heading', { level: 1 });
  const title = () => page.getByLabel('Tittel', { exact: true });
  const leaveDialog = () => page.getByTestId('leave-dialog');
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName ?? ''}:${(el?.textContent ?? '').trim()}`;
    });
  let original = '';

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'forlate.tilt', true), {
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

  it('asks before the breadcrumb leaves edited fields; staying keeps them, leaving gives them up', async () => {
    await page.goto(`${app.web.url}#/tiltak/2`);
    await heading().filter({ hasText: 'Tiltak 2' }).waitFor();
    await expect.poll(() => title().inputValue()).not.toBe('');
    original = await title().inputValue();
    await title().fill(`${original} (utkast)`);
    await page.getByLabel('E-post til kontaktperson').fill('utkast@jd.dep.no');

    const crumb = page.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link', { name: 'Tiltak' });
    await crumb.focus();
    await page.keyboard.press('Enter');
    await leaveDialog().getByText('Du har endringer som ikke er lagret. Forlate siden likevel?').waitFor();
    // The safe choice has focus: Enter stays.
    await expect.poll(focused).toBe('BUTTON:Bli på siden');
    const violations = await moderateViolationsWithBestPractice(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Enter');
    await leaveDialog().waitFor({ state: 'detached' });
    expect(routeOf(page)).toBe('/tiltak/2');
    expect(await heading().textContent()).toContain('Tiltak 2');
    expect(await title().inputValue()).toBe(`${original} (utkast)`);
    expect(await page.getByLabel('E-post til kontaktperson').inputValue()).toBe('utkast@jd.dep.no');
    await expect.poll(focused).toBe('A:Tiltak');

    // The main menu asks too; «Forlat siden» goes, and the edits were not saved.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    await leaveDialog().getByRole('button', { name: 'Forlat siden' }).click();
    await heading().filter({ hasText: 'Oversikt' }).waitFor();
    expect(routeOf(page)).toBe('/oversikt');
    // Back to the measure inside the page, so Back in the next test stays in it.
    await followLink(page, '/tiltak/2');
    await heading().filter({ hasText: 'Tiltak 2' }).waitFor();
    await expect.poll(() => title().inputValue()).toBe(original);
  });

  it('asks before Back leaves a typed status comment; Esc stays; once recorded, Back just goes', async () => {
    const comment = page.getByLabel(/^Kommentar/);
    await comment.fill('Halvferdig kommentar');
    await page.goBack();
    await leaveDialog().getByText('Du har endringer som ikke er lagret. Forlate siden likevel?').waitFor();
    await page.keyboard.press('Escape');
    await leaveDialog().waitFor({ state: 'detached' });
    await expect.poll(() => routeOf(page)).toBe('/tiltak/2');
    expect(await heading().textContent()).toContain('Tiltak 2');
    expect(await comment.inputValue()).toBe('Halvferdig kommentar');

    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    await expect.poll(() => comment.inputValue()).toBe('');
    await page.goBack();
    await heading().filter({ hasText: 'Oversikt' }).waitFor();
    expect(await leaveDialog().count()).toBe(0);
  });

  it('asks before the window is closed with unsaved edits', async () => {
    await page.goto(`${app.web.url}#/tiltak/2`);
    await heading().filter({ hasText: 'Tiltak 2' }).waitFor();
    await expect.poll(() => title().inputValue()).toBe(original);
    await title().fill(`${original} (utkast)`);
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    expect(await title().inputValue()).toBe(`${original} (utkast)`);
    expect(app.consoleErrors).toEqual([]);
  });
});
