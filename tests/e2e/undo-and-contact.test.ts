// One pass in real Chromium over the core's undo and redo for every record type on a measure's page (a field, the
// status, a budget line, a link, delete), and the Kontaktperson field from the registry: shown, saved, in the
// history and found by the register's search.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  chooseByKeyboard,
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
} from './support/browser.ts';

describe('undo and redo on a measure page, and the contact person', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const announced = (text: string | RegExp) => page.getByTestId('announcement').filter({ hasText: text }).waitFor();
  const undo = async (label: string) => {
    await page.getByRole('button', { name: `Angre ${label}` }).click();
    await announced(`Angret ${label}`);
  };
  const redo = async (label: string) => {
    await page.getByRole('button', { name: `Gjør om ${label}` }).click();
    await announced(`Gjort om: ${label}`);
  };
  const history = () => page.locator('[data-testid="timeline"] > li');

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'angre.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/3`);
    await page.getByRole('heading', { level: 1, name: /Tiltak 3/ }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('saves the contact person, undoes and redoes it, and logs each step in the history', async () => {
    await page.getByLabel('Kontaktperson', { exact: true }).fill('Kari Nordmann');
    await page.getByLabel('E-post til kontaktperson').fill('kari@');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText(/^Skriv en gyldig e-postadresse/).waitFor();
    await page.getByLabel('E-post til kontaktperson').fill('kari.nordmann@hod.dep.no');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await announced(/^Lagret$/);
    await history().filter({ hasText: 'Endret kontaktperson' }).first().waitFor();

    await undo('endring av kontaktperson og e-post til kontaktperson');
    await expect.poll(() => page.getByLabel('Kontaktperson', { exact: true }).inputValue()).toBe('');
    await redo('endring av kontaktperson og e-post til kontaktperson');
    await expect.poll(() => page.getByLabel('Kontaktperson', { exact: true }).inputValue()).toBe('Kari Nordmann');
    // The history is a query of its own, shown apart from the field: wait for its third line.
    await expect.poll(() => history().filter({ hasText: 'Endret kontaktperson' }).count()).toBe(3);
    // Each says how it was made: the undo and the redo do not read as new edits (QA qa-m2 #4).
    await expect
      .poll(() =>
        history()
          .filter({ hasText: 'Endret kontaktperson' })
          .locator('.timeline__meta')
          .evaluateAll((els) => els.map((e) => e.textContent?.replace(/^.*?\d{2}:\d{2}/, '') ?? '')),
      )
      .toEqual([' – med «Gjør om» (gjentok en angret endring)', ' – med «Angre» (opphevet en tidligere endring)', '']);
  });

  it('undoes a status as a visible correction and redoes it with its own comment', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('pagar');
    await page.getByLabel('Vurdering').selectOption('gul');
    await page.getByLabel('Kommentar', { exact: true }).fill('Leverandøren er forsinket.');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await announced('Status lagret');
    await undo('statusregistrering');
    await history().first().filter({ hasText: 'Korrigering: angrer statusoppdateringen' }).waitFor();
    await redo('statusregistrering');
    // A gul measure keeps its reason through undo and redo: the status now says it, not a note about redoing.
    await history().first().filter({ hasText: 'Leverandøren er forsinket.' }).waitFor();
    await page.locator('.measure-summary').filter({ hasText: 'Pågår' }).filter({ hasText: 'Gul' }).waitFor();
  });

  it('undoes and redoes a new budget line, a link and a delete', async () => {
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    const form = page.getByRole('form', { name: 'Legg til budsjettlinje' });
    await form.getByLabel('Bevilget (kr)').fill('150000');
    await form.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    await announced('Budsjettlinjen er lagt til');
    await undo('ny budsjettlinje');
    const budget = page.locator('section[aria-labelledby="budsjett"]');
    await budget.getByText('150 000 kr').first().waitFor({ state: 'detached' });
    await redo('ny budsjettlinje');
    await budget.getByText('150 000 kr').first().waitFor();

    await chooseByKeyboard(page.locator('#kobling-til'), '1');
    await expect.poll(() => page.locator('#kobling-til').inputValue()).toMatch(/, tiltak 1\b/);
    await page.getByRole('button', { name: 'Legg til kobling' }).click();
    await announced('Koblingen er lagt til');
    await undo('ny kobling');
    await page.getByText('Ingen koblinger.').waitFor();
    await redo('ny kobling');
    await page.getByText('Ingen koblinger.').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Slett tiltak' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett tiltak' }).click();
    await page.getByText('Tiltaket ligger i papirkurven').waitFor();
    await undo('sletting av tiltaket');
    await page.getByText('Tiltaket ligger i papirkurven').waitFor({ state: 'detached' });
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('finds the measure in the register by its contact person', async () => {
    await page.goto(`${app.web.url}#/tiltak?q=nordmann`);
    const rows = page.locator('tbody tr[data-index]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.first().textContent()).toContain('Tiltak 3');
    expect(app.consoleErrors).toEqual([]);
  });
});
