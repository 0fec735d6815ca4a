// «Avvikle» from a date, as a coordinator does it in real Chromium against `npm run web`: the dialog opens in its date
// field (today), a bad date is refused at the field with focus on it and nothing saved, a date ahead is taken by
// keyboard; until that date the organisation is offered and marked «(avvikles dd.mm.åååå)» in the register's filter,
// from it «(avviklet)»; a measure that names a retired organisation keeps it; undo, redo and «Opphev avvikling» work.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureSummary, Organisation } from '../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  openApp,
  openMeasurePage,
  optionFor,
  type AppInBrowser,
} from './support/browser.ts';

describe('retiring an organisation from a date', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  // A month ahead: within the year the registry takes.
  const later = todayIso(new Date(Date.now() + 30 * 86_400_000));
  const yearAndMore = todayIso(new Date(Date.now() + 400 * 86_400_000));
  const row = (abbrev: string) => page.locator(`[data-testid="org-row"][data-abbrev="${abbrev}"]`);
  const status = (abbrev: string) => row(abbrev).locator('td').nth(6).textContent();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
  const retiredFrom = async (abbrev: string) =>
    (await callApi<Organisation[]>(page, 'organisations:list', {})).find(
      (o) => o.abbrev === abbrev && o.renamedToAbbrev === null,
    )!.retiredFrom;
  const expectAccessible = async () => {
    // The dialog fades in; contrast is judged on the settled page.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    expect(describeViolations(await moderateA11yViolations(page))).toBe('');
  };
  /** Types into the focused date field as a person does: select what is there, type over it. */
  const typeDate = async (text: string) => {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'ramme.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('opens in its date field (today), refuses a bad date at the field with focus there, saves nothing', async () => {
    await page.goto(`${app.web.url}#/innstillinger`);
    await row('BFD').waitFor();
    await page.getByRole('button', { name: 'Avvikle BFD', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Avvikle BFD?' });
    await dialog.waitFor();
    const field = dialog.getByLabel('Avviklet fra');
    await expect.poll(focusedId).toBe('org-retiredFrom');
    expect(await field.inputValue()).toBe(formatDate(todayIso()));
    await expectAccessible();

    // Before BFD's name began (01.01.2019): refused at the field, by keyboard (Enter submits).
    await typeDate('31.12.2018');
    await page.keyboard.press('Enter');
    const before =
      'Datoen kan ikke være før 01.01.2019, da dagens navn ble tatt i bruk. Bruk 01.01.2019 eller en senere dato.';
    await dialog.getByText(before).waitFor();
    await expect.poll(focusedId).toBe('org-retiredFrom');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Rett opp feltene som er merket. Ingenting er lagret.').waitFor();
    await expectAccessible();

    // More than a year ahead, then not a date at all: each named at the field.
    await typeDate(formatDate(yearAndMore));
    await page.keyboard.press('Enter');
    await dialog.getByText(/er mer enn ett år frem i tid\. Bruk en dato til og med/).waitFor();
    await expect.poll(focusedId).toBe('org-retiredFrom');
    await typeDate('31.02.2027');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(focusedId).toBe('org-retiredFrom');
    expect(await retiredFrom('BFD')).toBeNull();
    expect(await status('BFD')).toBe('Aktiv');
  });

  it('takes a date ahead: «Avvikles dd.mm.åååå», still offered until then and marked so in the filter', async () => {
    const dialog = page.getByRole('dialog', { name: 'Avvikle BFD?' });
    await typeDate(formatDate(later));
    await page.keyboard.press('Enter');
    await page
      .getByText(`Barne- og familiedepartementet avvikles fra ${formatDate(later)}. Til da kan den velges som før.`)
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await retiredFrom('BFD')).toBe(later);
    await expect.poll(() => status('BFD')).toBe(`Avvikles ${formatDate(later)}`);
    // Focus is on the receipt, not thrown to <body>.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('notice');
    expect(await row('BFD').getByRole('button', { name: 'Gi BFD nytt navn' }).count()).toBe(0);
    await row('BFD').getByRole('button', { name: 'Opphev avvikling BFD' }).waitFor();
    await expectAccessible();

    // HDIR is retired from today (the date as it stands): «Avviklet fra».
    await page.getByRole('button', { name: 'Avvikle HDIR', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Avvikle HDIR?' })
      .getByRole('button', { name: 'Avvikle', exact: true })
      .click();
    await page.getByText(`Helsedirektoratet er avviklet fra ${formatDate(todayIso())}.`).waitFor();
    await expect.poll(() => status('HDIR')).toBe(`Avviklet\u00a0fra ${formatDate(todayIso())}`);

    // The register's filter: BFD marked with its date ahead, HDIR «(avviklet)»; both still there, their measures found.
    await page.goto(`${app.web.url}#/tiltak`);
    const labels = async (label: string) => {
      const filter = page.locator('details.filter-multi').filter({ hasText: label }).first();
      if (!(await filter.getAttribute('open'))) await filter.locator('summary').click();
      const boxes = filter.getByRole('checkbox');
      await boxes.first().waitFor();
      return boxes.evaluateAll((els) => els.map((e) => e.closest('.ds-field')?.textContent?.trim() ?? ''));
    };
    expect(await labels('Departement')).toContain(
      `BFD – Barne- og familiedepartementet (avvikles ${formatDate(later)})`,
    );
    expect(await labels('Etat')).toContainEqual(expect.stringMatching(/^Helsedirektoratet.*\(avviklet\)$/));
    await expectAccessible();
  });

  it('offers BFD on measures until its date; keeps HDIR where a measure names it, offers it nowhere else', async () => {
    const open = (m: MeasureSummary) => openMeasurePage(page, app.web.url, m);
    const named = await callApi<MeasureSummary[]>(page, 'measures:list', {});
    const withHdir = named.find((m) => m.agencies.some((a) => a.abbrev === 'HDIR'))!;
    const without = named.find((m) => !m.agencies.some((a) => a.abbrev === 'HDIR'))!;
    await open(without);
    expect(await optionFor(page.locator('#felt-coOwners'), 'BFD').count()).toBe(1);
    expect(await optionFor(page.locator('#felt-agencies'), 'HDIR').count()).toBe(0);
    await open(withHdir);
    expect(await optionFor(page.locator('#felt-agencies'), 'HDIR').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  });

  it('undoes and redoes the retirement, and «Opphev avvikling» takes a date ahead away', async () => {
    await page.goto(`${app.web.url}#/innstillinger`);
    await row('BFD').waitFor();
    const today = formatDate(todayIso());
    await page.getByRole('button', { name: `Angre avvikling av HDIR fra ${today}` }).click();
    await page.getByText(`Angret avvikling av HDIR fra ${today}`).waitFor();
    await expect.poll(() => status('HDIR')).toBe('Aktiv');
    await page.getByRole('button', { name: `Gjør om avvikling av HDIR fra ${today}` }).click();
    await page.getByText(`Gjort om: avvikling av HDIR fra ${today}`).waitFor();
    await expect.poll(() => status('HDIR')).toBe(`Avviklet\u00a0fra ${formatDate(todayIso())}`);

    await row('BFD').getByRole('button', { name: 'Opphev avvikling BFD' }).click();
    const dialog = page.getByRole('dialog', { name: 'Oppheve avviklingen av BFD?' });
    await dialog
      .getByText(`Barne- og familiedepartementet avvikles fra ${formatDate(later)}.`, { exact: false })
      .waitFor();
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Opphev avvikling', exact: true }).click();
    await page.getByText('Avviklingen av Barne- og familiedepartementet er opphevet.').waitFor();
    await expect.poll(() => status('BFD')).toBe('Aktiv');
    expect(await retiredFrom('BFD')).toBeNull();
    expect(app.consoleErrors).toEqual([]);
  });
});
