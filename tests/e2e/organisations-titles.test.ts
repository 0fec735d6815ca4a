// Innstillinger and Fyll inn titler as a coordinator uses them, in real Chromium against `npm run web`.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

describe('organisation registry and filling in titles', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'portefolje.tilt'));
    ({ web, page } = app);
    consoleErrors = app.consoleErrors;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  async function expectAccessible() {
    // The dialog fades in; contrast is judged on the settled page. A cancelled animation (its element re-rendered)
    // rejects `finished` with AbortError: it has settled too.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  it('renames a ministry from a date and lists it with its earlier names', async () => {
    await page.goto(`${web.url}#/innstillinger`);
    await page.getByRole('heading', { level: 2, name: 'Organisasjoner' }).waitFor();
    await expectAccessible();

    await page.getByRole('button', { name: 'Gi BFD nytt navn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt navn for BFD' });
    await dialog.waitFor();
    await expectAccessible();
    // A date before the current name began is refused at the field, and nothing is saved.
    await dialog.getByLabel('Nytt navn', { exact: true }).fill('Barne-, familie- og likestillingsdepartementet');
    await dialog.getByLabel('Ny forkortelse').fill('BFLD');
    await dialog.getByLabel('Gjelder fra').fill('2018-06-01');
    await dialog.getByRole('button', { name: 'Lagre nytt navn' }).click();
    await dialog.getByText('Datoen må være etter 01.01.2019, da dagens navn ble tatt i bruk.').waitFor();

    await dialog.getByLabel('Gjelder fra').fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Lagre nytt navn' }).click();
    await page.getByText('BFD heter Barne-, familie- og likestillingsdepartementet (BFLD) fra 01.01.2026.').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.locator('[data-testid="org-row"][data-abbrev="BFLD"]');
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toContain('Barne-, familie- og likestillingsdepartementet');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Fra 01.01.2026');
    await expect
      .poll(() => row.locator('.name-history li').allTextContents(), { timeout: 10_000 })
      .toEqual([
        'Barne- og familiedepartementet (BFD), til 31.12.2025',
        'Barne- og likestillingsdepartementet (BLD), til 31.12.2018',
      ]);
    await expect
      .poll(() => page.locator('[data-testid="org-row"][data-abbrev="BFD"]').count(), { timeout: 10_000 })
      .toBe(0);
    // Bufdir sits under the ministry by its new name.
    await expect
      .poll(() => page.locator('[data-testid="org-row"][data-abbrev="BUFDIR"]').textContent(), { timeout: 10_000 })
      .toContain('BFLD');
  });

  it('refuses to delete an organisation in use and offers to retire it instead', async () => {
    await page.getByRole('button', { name: 'Slett HDIR' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette HDIR?' });
    await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
    await dialog.getByText(/er i bruk \(etat på 1 tiltak\) og kan ikke slettes/).waitFor();
    await dialog.getByRole('button', { name: 'Avvikle HDIR i stedet' }).click();
    await page
      .getByRole('dialog', { name: 'Avvikle HDIR?' })
      .getByRole('button', { name: 'Avvikle', exact: true })
      .click();
    await page.getByText(`Helsedirektoratet er avviklet fra ${formatDate(todayIso())}.`).waitFor();
    await expect
      .poll(() => page.locator('[data-testid="org-row"][data-abbrev="HDIR"]').textContent(), { timeout: 10_000 })
      .toContain('Avviklet');
    // The registry's own undo (kept by the core): the retirement is undone, and redone.
    await page.getByRole('button', { name: 'Angre avvikling av HDIR' }).click();
    await page.getByText('Angret avvikling av HDIR').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="org-row"][data-abbrev="HDIR"]').textContent(), { timeout: 10_000 })
      .not.toContain('Avviklet');
    await page.getByRole('button', { name: 'Gjør om avvikling av HDIR' }).click();
    await page.getByText('Gjort om: avvikling av HDIR').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="org-row"][data-abbrev="HDIR"]').textContent(), { timeout: 10_000 })
      .toContain('Avviklet');
  });

  it(
    "fills in the strategy's titles from pasted text, a few by number and then the rest, with a preview; " +
      'the pending count drops',
    async () => {
      await page.goto(`${web.url}#/titler?plan=strategi-2025-2030`);
      const box = page.getByLabel('Titler, én per linje i nummerrekkefølge');
      await box.waitFor();
      await expect
        .poll(() => page.getByTestId('pending-summary').textContent(), { timeout: 10_000 })
        .toBe('Planen har 18 tiltak. 18 titler er ikke fylt inn ennå.');
      await expectAccessible();

      const titles = Array.from({ length: 18 }, (_, i) => `Strategitiltak ${i + 1} om samordnet innsats`);
      const rows = page.getByTestId('preview-row');
      // First the two titles the coordinator has, each with the measure's number, in any order.
      await box.focus();
      await page.keyboard.insertText(`16. ${titles[15]}\n3. ${titles[2]}`);
      await expect
        .poll(() => page.getByTestId('line-count').textContent())
        .toBe(
          'Linjene er plassert etter nummeret foran tittelen. ' +
            'Tittel for 2 av 18 tiltak; de andre beholder tittelen de har.',
        );
      await expect.poll(() => rows.nth(2).textContent()).toBe(`3Tiltak 3 (ikke fylt inn)${titles[2]}Ny`);
      await expect.poll(() => rows.nth(0).textContent()).toBe('1Tiltak 1 (ikke fylt inn)Ingen linjeBeholdes');
      await page.getByRole('button', { name: 'Lagre titler' }).click();
      await page.getByText('2 titler er lagret. 16 gjenstår i planen.').waitFor();
      await expect
        .poll(() => page.getByTestId('pending-summary').textContent(), { timeout: 10_000 })
        .toBe('Planen har 18 tiltak. 16 titler er ikke fylt inn ennå.');

      // Then the rest in order, the two already filled in left blank; too many lines are refused at once.
      await box.focus();
      await page.keyboard.insertText(
        titles
          .map((t, i) => (i === 2 || i === 15 ? '' : `${t}`))
          .concat('En linje for mye')
          .join('\n'),
      );
      await expect
        .poll(() => page.getByTestId('line-count-message').textContent())
        .toBe('Du har limt inn 19 linjer, men planen har 18 tiltak. Skriv én tittel per linje, i nummerrekkefølge.');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.getByTestId('line-count-message').waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByTestId('line-count').textContent())
        .toBe('Tittel for 16 av 18 tiltak; de andre beholder tittelen de har.');
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(18);
      await expect.poll(() => rows.nth(17).textContent()).toBe(`18Tiltak 18 (ikke fylt inn)${titles[17]}Ny`);
      await expect.poll(() => rows.nth(15).textContent()).toBe(`16${titles[15]}Ingen linjeBeholdes`);
      await expectAccessible();

      await page.getByRole('button', { name: 'Lagre titler' }).click();
      await page.getByText('16 titler er lagret. Ingen titler gjenstår i planen.').waitFor();
      await expect
        .poll(() => page.getByTestId('pending-summary').textContent(), { timeout: 10_000 })
        .toBe('Planen har 18 tiltak. Alle titlene er fylt inn.');

      // What remains: the 2016 plan's 25 pending titles; and the strategy keeps its new titles after a reload.
      await page.getByLabel('Plan').selectOption('handlingsplan-2016');
      await expect
        .poll(() => page.getByTestId('pending-summary').textContent(), { timeout: 10_000 })
        .toBe('Planen har 26 tiltak. 25 titler er ikke fylt inn ennå.');
      await page.goto(`${web.url}#/titler?plan=strategi-2025-2030`);
      await page.reload();
      await expect
        .poll(() => page.getByTestId('pending-summary').textContent(), { timeout: 10_000 })
        .toBe('Planen har 18 tiltak. Alle titlene er fylt inn.');
      expect(consoleErrors).toEqual([]);
    },
  );
});
