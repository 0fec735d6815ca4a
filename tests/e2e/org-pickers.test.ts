// The organisation pickers as a coordinator uses them (QA, last session): after a choice the search text is gone and
// the whole list is offered for the next (type «bar», ↓, Enter: BFD is a chip and «bar» does not stay in the field),
// by keyboard and by mouse, on the measure page and in «Ny innspillsrunde»; and an organisation whose «gyldig fra»
// lies ahead is not offered until then, is listed «Fra dd.mm.åååå» in the register, and stays on a measure that
// already names it.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure, Organisation } from '../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  openApp,
  openMeasurePage,
  optionFor,
  shownOptions,
  type AppInBrowser,
} from './support/browser.ts';

describe('organisation pickers', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  // A month ahead: within the year the registry takes (latestValidFrom).
  const later = todayIso(new Date(Date.now() + 30 * 86_400_000));
  const chips = (input: Locator) =>
    input
      .locator('xpath=..')
      .locator('data')
      .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
  const options = (input: Locator) => shownOptions(input.locator('xpath=..'));
  const measure = (id: number) => callApi<Measure>(page, 'measures:get', { id });
  const openMeasure = (n: number) => openMeasurePage(page, app.web.url, { id: n, number: n });

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'ramme.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(app.web.url);
    const orgs = await callApi<Organisation[]>(page, 'organisations:list', {});
    const jd = orgs.find((o) => o.abbrev === 'JD' && o.renamedToAbbrev === null)!;
    await callApi(page, 'organisations:add', {
      abbrev: 'NYDIR',
      name: 'Direktoratet som kommer',
      kind: 'direktorat',
      parentId: jd.id,
      validFrom: later,
    });
    await callApi(page, 'organisations:add', {
      abbrev: 'NYDEP',
      name: 'Departementet som kommer',
      kind: 'departement',
      validFrom: later,
    });
    // A measure that already names the one to come (set before this rule, or through the API).
    const m17 = await measure(17);
    await callApi(page, 'measures:update', { id: 17, version: m17.version, changes: { agencies: ['NYDIR'] } });
    // The page's cache was filled before these changes (made beside it, through the API): load it again.
    await page.reload();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('empties the field after a choice by keyboard (type, ↓, Enter) and offers the whole list again', async () => {
    await openMeasure(16);
    const coOwners = page.locator('#felt-coOwners');
    const all = (await options(coOwners)).length;
    await coOwners.focus();
    await page.keyboard.type('bar');
    await expect.poll(() => options(coOwners)).toEqual([expect.stringMatching(/^Barne- og familiedepartementet/)]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips(coOwners)).toEqual(['BFD']);
    await expect.poll(() => coOwners.inputValue()).toBe('');
    // Focus stays in the field, and the next is found by typing at once.
    expect(await coOwners.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await options(coOwners)).length).toBe(all);
    await page.keyboard.type('justis');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips(coOwners)).toEqual(['BFD', 'JD']);
    await expect.poll(() => coOwners.inputValue()).toBe('');
    // Toggling a chosen one off from the list empties the field too.
    await page.keyboard.type('bar');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips(coOwners)).toEqual(['JD']);
    await expect.poll(() => coOwners.inputValue()).toBe('');
  });

  it('empties the field after a choice by mouse, among the agencies', async () => {
    const agencies = page.locator('#felt-agencies');
    await agencies.click();
    await page.keyboard.type('politi');
    await optionFor(agencies, 'POD').click();
    await expect.poll(() => chips(agencies)).toEqual(['HDIR', 'POD']);
    await expect.poll(() => agencies.inputValue()).toBe('');
    // Saved: the core has what the chips show.
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page
      .getByTestId('announcement')
      .filter({ hasText: /^Lagret$/ })
      .waitFor();
    const m = await measure(16);
    expect([m.coOwners.map((o) => o.abbrev), m.agencies.map((o) => o.abbrev).sort()]).toEqual([
      ['JD'],
      ['HDIR', 'POD'],
    ]);
  });

  it('does the same in «Ny innspillsrunde», and offers no ministry that has not started', async () => {
    await page.goto(`${app.web.url}#/innspill`);
    await page.getByRole('heading', { level: 2, name: 'Ny innspillsrunde' }).waitFor();
    const ministries = page.locator('#runde-departementer');
    // The options come once the organisations are loaded, after the heading: wait for one offered, then check.
    await expect.poll(() => optionFor(ministries, 'BFD').count()).toBe(1);
    expect(await options(ministries)).not.toContainEqual(expect.stringContaining('NYDEP'));
    await ministries.focus();
    await page.keyboard.type('bar');
    await expect.poll(() => options(ministries)).toHaveLength(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips(ministries)).toEqual(['BFD']);
    await expect.poll(() => ministries.inputValue()).toBe('');
    await page.keyboard.type('som kommer');
    await page.getByText('Fant ingen departementer').waitFor();
  });

  it('does not offer an organisation before its «gyldig fra», but keeps it where a measure names it', async () => {
    await openMeasure(18);
    const agencies = page.locator('#felt-agencies');
    expect(await optionFor(agencies, 'NYDIR').count()).toBe(0);
    expect(await optionFor(page.locator('#felt-coOwners'), 'NYDEP').count()).toBe(0);
    expect(await page.locator('#felt-owner option[value="NYDEP"]').count()).toBe(0);
    await agencies.focus();
    await page.keyboard.type('som kommer');
    await page.getByText('Fant ingen etater').waitFor();
    expect(await options(agencies)).toEqual([]);
    // Measure 17 was given it before: it stays chosen, and among the options.
    await openMeasure(17);
    await expect.poll(() => chips(page.locator('#felt-agencies'))).toEqual(['NYDIR']);
    expect(await optionFor(page.locator('#felt-agencies'), 'NYDIR').count()).toBe(1);
    expect((await measure(17)).agencies.map((o) => o.abbrev)).toEqual(['NYDIR']);
  });

  it('lists it in the register «Fra dd.mm.åååå», not «Aktiv»', async () => {
    await page.goto(`${app.web.url}#/innstillinger`);
    const row = page.locator('[data-testid="org-row"][data-abbrev="NYDIR"]');
    await row.waitFor();
    const status = row.locator('td').nth(6);
    await expect.poll(() => status.textContent()).toBe(`Fra ${formatDate(later)}`);
    expect(await page.locator('[data-testid="org-row"][data-abbrev="BFD"] td').nth(6).textContent()).toBe('Aktiv');
    expect(describeViolations(await moderateA11yViolations(page))).toBe('');
    expect(app.consoleErrors).toEqual([]);
  });

  it('filters by the name in force today (a rename ahead waits for its date); retired are marked by date', async () => {
    const orgs = await callApi<Organisation[]>(page, 'organisations:list', {});
    const ud = orgs.find((o) => o.abbrev === 'UD' && o.renamedToAbbrev === null)!;
    await callApi(page, 'organisations:rename', {
      id: ud.id,
      expectedVersion: ud.version,
      fromDate: later,
      abbrev: 'UUD',
      name: 'Utenriks- og utviklingsdepartementet',
    });
    const pod = orgs.find((o) => o.abbrev === 'POD')!;
    await callApi(page, 'organisations:retire', { id: pod.id, expectedVersion: pod.version, retiredFrom: todayIso() });
    // Retired from a day ahead: marked with its date until then.
    const imdi = orgs.find((o) => o.abbrev === 'IMDI')!;
    await callApi(page, 'organisations:retire', { id: imdi.id, expectedVersion: imdi.version, retiredFrom: later });
    const checkboxes = async (label: string) => {
      const filter = page.locator('details.filter-multi').filter({ hasText: label }).first();
      if (!(await filter.getAttribute('open'))) await filter.locator('summary').click();
      const boxes = filter.getByRole('checkbox');
      await boxes.first().waitFor();
      return boxes.evaluateAll((els) => els.map((e) => e.closest('.ds-field')?.textContent?.trim() ?? ''));
    };
    await page.goto(`${app.web.url}#/tiltak`);
    await page.reload();
    const ministries = await checkboxes('Departement');
    expect(ministries).toContain('UD – Utenriksdepartementet');
    expect(ministries.join('|')).not.toContain('UUD');
    const agencies = await checkboxes('Etat');
    expect(agencies).toContainEqual(expect.stringMatching(/^Politidirektoratet.*\(avviklet\)$/));
    expect(agencies).toContain(`Integrerings- og mangfoldsdirektoratet (IMDI) (avvikles ${formatDate(later)})`);
    await page.goto(`${app.web.url}#/oversikt`);
    const select = page.getByLabel('Departement', { exact: true });
    await select.locator('option').first().waitFor({ state: 'attached' });
    const offered = await select.locator('option').allTextContents();
    expect(offered).toContain('UD – Utenriksdepartementet');
    expect(offered.join('|')).not.toContain('UUD');
  });
});
