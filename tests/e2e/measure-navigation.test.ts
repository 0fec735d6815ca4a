// Issue 12 §12 in Chromium: the status form shows the current status after a back-dated entry and after an undo;
// opening a measure and going back moves focus to the page's heading; «Forrige»/«Neste» follow the register's own
// order (its filter and sort).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

describe('the measure page: current status, focus, next and previous', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const form = () => ({
    status: page.getByLabel('Status', { exact: true }),
    assessment: page.getByLabel('Vurdering', { exact: true }),
  });
  const shown = async () => [await form().status.inputValue(), await form().assessment.inputValue()];
  const announced = (text: string) => page.getByTestId('announcement').filter({ hasText: text }).waitFor();
  const focusedHeading = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'H1' ? (el.textContent ?? '') : `(${el?.tagName ?? 'nothing'})`;
    });

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'navigasjon.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/oversikt`);
    await callApi(page, 'status:record', {
      measureId: 3,
      status: 'pagar',
      assessment: 'gronn',
      comment: '',
      effectiveDate: '2025-01-15',
    });
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('shows the current status after an entry dated before it, after a new one, and after undoing that', async () => {
    await page.goto(`${app.web.url}#/tiltak/3`);
    await page.getByRole('heading', { level: 1, name: /Tiltak 3/ }).waitFor();
    await expect.poll(shown).toEqual(['pagar', 'gronn']);

    // Back-dated: recorded in the history, but what is current does not change, and the form says so.
    await form().status.selectOption('ikke-startet');
    await form().assessment.selectOption('gul');
    await page.getByLabel(/^Kommentar/).fill('Registrert i ettertid.');
    await page.getByLabel('Dato', { exact: true }).fill('01.06.2020');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await announced('Status lagret');
    await page.locator('[data-testid="timeline"] > li').filter({ hasText: '01.06.2020' }).waitFor();
    await expect.poll(shown).toEqual(['pagar', 'gronn']);
    await expect.poll(() => page.getByLabel('Dato', { exact: true }).inputValue()).not.toBe('01.06.2020');

    // A new status today becomes current; undoing it brings the one before back into the form.
    await form().status.selectOption('fullfort');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await announced('Status lagret');
    await page.locator('.measure-summary').filter({ hasText: 'Fullført' }).waitFor();
    await expect.poll(shown).toEqual(['fullfort', 'gronn']);
    await page.getByRole('button', { name: 'Angre statusregistrering' }).click();
    await announced('Angret statusregistrering');
    await page.locator('.measure-summary').filter({ hasText: 'Pågår' }).waitFor();
    await expect.poll(shown).toEqual(['pagar', 'gronn']);
  });

  it('moves focus to the heading of the measure opened, and of the register after Back', async () => {
    await page.goto(`${app.web.url}#/tiltak?plan=handlingsplan-2016&sort=number&dir=desc`);
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    const first = page.locator('[data-testid="register-row"] a.register__open').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toMatch(/^Tiltak 26/);
    await page.goBack();
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    await expect.poll(focusedHeading).toBe('Tiltak');
  });

  it('goes to the next and previous measure in the register’s order, by keyboard', async () => {
    const row = page.locator('[data-testid="register-row"] a.register__open').first();
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toMatch(/^Tiltak 26/);
    const nav = page.getByRole('navigation', { name: 'Bla mellom tiltakene i tiltakslisten' });
    await nav.getByText('1 av 26 i tiltakslisten (filtrert)').waitFor();
    await nav.getByText('Første i listen').waitFor();
    // Sorted by number, descending: the next one is 25.
    await nav.getByRole('link', { name: 'Neste: tiltak 25' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toMatch(/^Tiltak 25/);
    await nav.getByText('2 av 26 i tiltakslisten (filtrert)').waitFor();
    await nav.getByRole('link', { name: 'Forrige: tiltak 26' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toMatch(/^Tiltak 26/);
    // The position links back to the register as it was left.
    await nav.getByRole('link', { name: /i tiltakslisten/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    expect(page.url()).toContain('dir=desc');
    expect(app.consoleErrors).toEqual([]);
  });

  // QA qa-dash #13: the register's last filter is not where a measure opened from Oversikt was found.
  it('shows no place in the register when the measure was opened from Oversikt’s «Endringer siden»', async () => {
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    await page.getByLabel('Vis endringer siden').fill('2025-01-01');
    await page.locator('.changes-table a[href="/tiltak/3"]').first().click();
    await expect.poll(focusedHeading).toMatch(/^Tiltak 3/);
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    expect(await page.locator('.measure-siblings').count()).toBe(0);
    // Opened from the register, the same measure has its place there.
    await page.goto(`${app.web.url}#/tiltak?plan=handlingsplan-2016&sort=number`);
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    await page.locator('[data-testid="register-row"] a.register__open').nth(2).click();
    await expect.poll(focusedHeading).toMatch(/^Tiltak 3/);
    await page
      .getByRole('navigation', { name: 'Bla mellom tiltakene i tiltakslisten' })
      .getByText('3 av 26 i tiltakslisten (filtrert)')
      .waitFor();
  });

  // QA qa-reg #14: a deleted measure is in no list; restored, it is again.
  it('offers no place, Forrige or Neste in the register for a deleted measure', async () => {
    await page.goto(`${app.web.url}#/tiltak?plan=handlingsplan-2016&sort=number`);
    await page.getByText('Viser 26 av 26 tiltak').waitFor();
    await page.locator('[data-testid="register-row"] a.register__open').nth(2).click();
    await page.getByRole('heading', { level: 1, name: /^Tiltak 3/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Bla mellom tiltakene i tiltakslisten' });
    await nav.getByText('3 av 26 i tiltakslisten (filtrert)').waitFor();
    await page.getByRole('button', { name: 'Slett tiltak' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett tiltak' }).click();
    await page.getByText('Tiltaket ligger i papirkurven').waitFor();
    await nav.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Gjenopprett tiltaket' }).click();
    await page.getByText('Tiltaket ligger i papirkurven').waitFor({ state: 'hidden' });
    await nav.getByText('3 av 26 i tiltakslisten (filtrert)').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
