// The register as a coordinator uses it, in real Chromium: filter, search, keyboard, reload, accessibility.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import type { RegisterResult, RegisterRows } from '../../shared/api/register.contract.ts';
import {
  callApi,
  describeViolations,
  openApp,
  seriousA11yViolations,
  type AppInBrowser,
  type WebApp,
  routeOf,
} from './support/browser.ts';

describe('the Tiltak register on the real plan frame', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  let consoleErrors: string[] = [];
  // The number is the second cell: the first holds the row's checkbox (choosing rows for a change to several).
  const rowNumbers = () => page.locator('[data-testid="register-row"] td:nth-child(2)').allTextContents();

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'ramme.tilt'), { viewport: { width: 1280, height: 800 } });
    ({ web, page } = app);
    consoleErrors = app.consoleErrors;
    await page.goto(`${web.url}#/tiltak`);
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('lists all 44 measures, marks pending titles and links to filling them in and to the recycle bin', async () => {
    await page.getByText('Tittel ikke fylt inn').first().waitFor(); // waits until visible, or fails at the timeout
    await expect
      .poll(
        () =>
          page
            .getByRole('link', { name: 'Fyll inn titler for Regjeringens handlingsplan mot menneskehandel' })
            .getAttribute('href'),
        { timeout: 10_000 },
      )
      .toBe('/titler?plan=handlingsplan-2016');
    await expect
      .poll(
        () =>
          page
            .getByRole('link', { name: 'Fyll inn titler for Nasjonal strategi mot menneskehandel (2025–2030)' })
            .getAttribute('href'),
        { timeout: 10_000 },
      )
      .toBe('/titler?plan=strategi-2025-2030');
    await expect
      .poll(() => page.getByRole('link', { name: 'Papirkurv' }).getAttribute('href'), { timeout: 10_000 })
      .toBe('/papirkurv');
    await expect.poll(() => page.getByRole('table').getAttribute('aria-rowcount'), { timeout: 10_000 }).toBe('45');
  });

  it('fills the window with its table, the page itself left nothing to scroll, before and after a choice', async () => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const tableBottom = async () => {
      const box = await page.locator('.register__scroll').boundingBox();
      return box ? box.y + box.height : NaN;
    };
    await expect.poll(overflow, { timeout: 10_000 }).toBe(0);
    // Down to the page's margin at the window's bottom (the window is 800 px tall here).
    expect(await tableBottom()).toBeGreaterThan(770);
    // The bar for chosen rows comes above the table and takes its room; once it goes, the table fills the window again.
    const choose = page.getByRole('checkbox', { name: /^Velg tiltak 1\b/ }).first();
    await choose.check();
    await page.getByRole('region', { name: '1 tiltak valgt' }).waitFor();
    await choose.uncheck();
    await page.getByRole('region', { name: /tiltak valgt/ }).waitFor({ state: 'detached' });
    await expect.poll(overflow, { timeout: 10_000 }).toBe(0);
    expect(await tableBottom()).toBeGreaterThan(770);
  });

  it('fits the window again when the filters come after the rows (the organisations answered late)', async () => {
    const late = await page.context().newPage();
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await late.route(/\/api\/organisations%3Alist/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await late.goto(`${web.url}#/tiltak`);
      await late.getByText('Viser 44 av 44 tiltak').waitFor();
      expect(await late.getByRole('searchbox', { name: /Søk/ }).count()).toBe(0);
      answer();
      await late.getByRole('searchbox', { name: /Søk/ }).waitFor();
      const overflow = () => late.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      await expect.poll(overflow, { timeout: 10_000 }).toBe(0);
    } finally {
      answer();
      await late.close();
    }
  });

  it('filters to HOD and shows measure 16', async () => {
    await page.locator('summary', { hasText: 'Departement' }).click();
    await page.getByRole('checkbox', { name: 'HOD – Helse- og omsorgsdepartementet' }).check();
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    expect(page.url()).toContain('ministry=HOD');
    await expect.poll(() => rowNumbers(), { timeout: 10_000 }).toEqual(['16']);
    // waits until visible, or fails at the timeout
    await page.getByRole('link', { name: /Veilede og informere helse- og omsorgspersonell/ }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('finds measures by an agency name typed in part and in lower case', async () => {
    await page.getByRole('button', { name: 'Nullstill filtre' }).first().click();
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
    await page.getByRole('searchbox', { name: /Søk/ }).fill('helsedir');
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    await expect.poll(() => rowNumbers(), { timeout: 10_000 }).toEqual(['16']);
    await page.getByRole('searchbox', { name: /Søk/ }).fill('finnes ikke i noe tiltak');
    await page.getByText('Ingen tiltak passer med disse filtrene').waitFor();
    await page.getByRole('button', { name: 'Nullstill filtre' }).first().click();
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
    await expect.poll(() => page.getByRole('searchbox', { name: /Søk/ }).inputValue(), { timeout: 10_000 }).toBe('');
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    await page.getByRole('button', { name: /^Nr\./ }).click();
    await page.locator('th[aria-sort="descending"]', { hasText: 'Nr.' }).waitFor();
    await expect.poll(() => rowNumbers().then((n) => n[0]), { timeout: 10_000 }).toBe('18');
    expect(page.url()).toContain('sort=number');
    await page.getByRole('button', { name: /^Nr\./ }).click();
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Nr.' }).waitFor();
  });

  it(
    'is used with the keyboard: / focuses search, Enter or ↓ goes to the rows found, ↓ moves between rows, ' +
      'Enter opens the measure',
    async () => {
      const focusedRow = () =>
        page.evaluate(() => ({
          link: document.activeElement?.classList.contains('register__open') ?? false,
          number: document.activeElement?.closest('tr')?.querySelector('td:nth-child(2)')?.textContent,
          rows: document.querySelectorAll('[data-testid="register-row"]').length,
        }));
      await page.getByRole('heading', { level: 1, name: 'Tiltak' }).click();
      await page.keyboard.press('/');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type), { timeout: 10_000 })
        .toBe('search');
      // Enter sends the search at once and goes on to the first measure found (here the only one).
      await page.keyboard.type('helse');
      await page.keyboard.press('Enter');
      await page.getByText('Viser 1 av 44 tiltak').waitFor();
      await expect.poll(focusedRow, { timeout: 10_000 }).toMatchObject({ link: true, rows: 1 });
      // Why a row may show none of the words: the search reaches texts the table does not show.
      await expect
        .poll(() => page.getByTestId('register-search-note').textContent())
        .toBe(
          'Søket gjelder også beskrivelsen, alle kommentarer i historikken og navnene på departementer og etater, ' +
            'som ikke alle står i tabellen.',
        );
      // Back to the search («/» selects what is there), cleared; ↓ goes to the first of all 44.
      await page.keyboard.press('/');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('ArrowDown');
      await page.getByText('Viser 44 av 44 tiltak').waitFor();
      await expect.poll(focusedRow, { timeout: 10_000 }).toMatchObject({ link: true, number: '1' });
      expect(await page.getByTestId('register-search-note').count()).toBe(0);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(
          () =>
            page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('td:nth-child(2)')?.textContent),
          {
            timeout: 10_000,
          },
        )
        .toBe('3');
      await page.keyboard.press('ArrowUp');
      // Enter on the row that has focus: on a loaded machine it was pressed before ↑ had moved focus.
      await expect.poll(focusedRow, { timeout: 10_000 }).toMatchObject({ number: '2' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.pathname.startsWith('/tiltak/'));
      expect(routeOf(page)).toBe('/tiltak/2?fra=tiltakslisten');
    },
  );

  it('keeps the filters in the URL and remembers the last view after a reload and a fresh start', async () => {
    await page.goto(`${web.url}#/tiltak?ministry=HOD&q=helse`);
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    await page.reload();
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    await expect
      .poll(() => page.getByRole('searchbox', { name: /Søk/ }).inputValue(), { timeout: 10_000 })
      .toBe('helse');
    await page.goto(`${web.url}#/oversikt`);
    await page.goto(`${web.url}#/tiltak`);
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    expect(page.url()).toContain('ministry=HOD');
  });

  it('grouped per part shows the same filtered measures, in their part, and leaves out plans with none', async () => {
    await page.goto(`${web.url}#/tiltak?ministry=HOD`);
    await page.getByText('Viser 1 av 44 tiltak').waitFor();
    await page.getByRole('button', { name: 'Gruppert per hoveddel / innsatsområde' }).click();
    await page.locator('[data-plan="handlingsplan-2016"] [data-testid="measure-row"]').first().waitFor();
    await expect.poll(() => page.locator('[data-testid="measure-row"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-plan="handlingsplan-2016"] [data-testid="plan-summary"]').textContent()).toContain(
      'Viser 1 av 26 tiltak',
    );
    expect(await page.locator('[data-plan="strategi-2025-2030"]').count()).toBe(0);
    expect(await page.locator('[data-testid="measure-row"] a').getAttribute('href')).toBe(
      '/tiltak/16?fra=tiltakslisten',
    );
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await expect.poll(() => page.locator('[data-testid="measure-row"]').count(), { timeout: 10_000 }).toBe(44);
    await page.getByRole('button', { name: 'Tabell' }).click();
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
  });

  it('has no serious or critical accessibility violations and no console errors', async () => {
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.locator('summary', { hasText: 'Status' }).click();
    const open = await seriousA11yViolations(page);
    expect(open, describeViolations(open)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('a register larger than one window of rows (350 example measures)', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(
      portfolioFile(tmp.dir, 'stor.tilt', { size: 350, updatesPerMeasure: 2, budgetYearsPerMeasure: 1 }),
      { viewport: { width: 1280, height: 800 } },
    );
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak?sort=title&dir=desc`);
    await page.getByText('Viser 350 av 350 tiltak').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  /** What the core says is at the end of this view: the last row's number and title. */
  async function lastOfView(): Promise<{ number: string; title: string }> {
    const view = await callApi<RegisterResult>(page, 'measures:query', {
      filter: {},
      sort: { by: 'title', dir: 'desc' },
    });
    const { rows } = await callApi<RegisterRows>(page, 'measures:rows', { ids: [view.ids.at(-1)], asOf: view.asOf });
    return { number: rows[0].number, title: rows[0].title };
  }

  it('End on the first row fetches the last window and focuses the last measure of the sorted view', async () => {
    const last = await lastOfView();
    await page.locator('a.register__open').first().focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')), {
        timeout: 10_000,
      })
      .toBe('351');
    const focused = page.locator('tr:focus-within');
    expect(await focused.locator('td').nth(1).textContent()).toBe(last.number);
    expect(await focused.locator('a.register__open').textContent()).toContain(last.title.slice(0, 20));
  });

  it('scrolled to the middle shows filled rows, never a row left waiting, and no console errors', async () => {
    await page.locator('.register__scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await page.locator('[data-testid="register-row"][data-index="175"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="register-row-pending"]').count(), { timeout: 10_000 }).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
