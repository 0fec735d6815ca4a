// The first page comes rendered from the server with its data (core/ssr/first-view.ts): drawn before any script has
// run (its scripts start after that first frame), then taken over by the browser without being drawn again, without
// a console error (a CSP refusal, a hydration mismatch); moving between pages stays in the document; an old #/ address
// still opens its page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { describeViolations, openApp, routeOf, seriousA11yViolations, type AppInBrowser } from './support/browser.ts';

describe('the first page, rendered on the server', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true));
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  const VIEWPORT = { width: 1280, height: 900 };
  /** A browser profile of its own: nothing cached, the page as a first start gets it. */
  const newProfile = () => app.browser.newContext({ viewport: VIEWPORT });

  /** The page at `route` as the server sends it, in a browser that runs no script. */
  async function withoutScript(route: string, viewport = VIEWPORT): Promise<Page> {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport });
    const bare = await context.newPage();
    await bare.goto(`${app.web.url}${route.replace(/^\//, '')}`);
    return bare;
  }

  it('draws Oversikt’s key figures and every chart with its figures before any script runs', async () => {
    const bare = await withoutScript('/oversikt');
    try {
      await bare.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
      await bare.getByRole('list', { name: 'Nøkkeltall' }).getByText('Tiltak', { exact: true }).waitFor();
      const chart = bare.locator('[data-chart="status-handlingsplan-2016"] svg.chart-first-frame');
      // Each segment is a link with its count, as in recharts' drawing; the bars have height (the styles applied).
      expect(await chart.locator('.chart-seg').count()).toBeGreaterThan(0);
      const box = await chart.boundingBox();
      expect(box?.height).toBeGreaterThan(200);
      // The card is laid out by the app's stylesheets (in the head, not added by script).
      const card = await bare.locator('[data-chart="status-handlingsplan-2016"]').boundingBox();
      expect(card?.width).toBeLessThan(700);
      // Status over time spans the page, and its first frame does too (recharts will not move it sideways).
      const wide = await bare.locator('[data-chart="status-over-time"] svg.chart-first-frame').boundingBox();
      expect(wide?.width).toBeGreaterThan(1100);
      // The coverage above the charts is there too: nothing moves them down when the scripts take over.
      await bare.getByRole('link', { name: /Godt dekket/ }).waitFor();
      expect(await bare.getByText('Henter dekningen …').count()).toBe(0);
    } finally {
      await bare.context().close();
    }
  });

  it('shows the register’s first rows before any script runs, filling its table in the app’s window', async () => {
    // The app opens a window 1280 × 860 (electron/main/window.ts).
    const bare = await withoutScript('/tiltak', { width: 1280, height: 860 });
    try {
      await bare.getByRole('heading', { level: 1, name: 'Tiltak' }).waitFor();
      const rows = bare.locator('[data-testid="register-row"]');
      expect(await rows.count()).toBeGreaterThan(3);
      // The table ends inside the window (the scripts then fit it to the window's bottom), and its rows reach its
      // bottom.
      const table = (await bare.locator('.register__scroll').boundingBox())!;
      expect(table.y + table.height).toBeLessThanOrEqual(860);
      const last = (await rows.last().boundingBox())!;
      expect(last.y + last.height).toBeGreaterThan(table.y + table.height);
    } finally {
      await bare.context().close();
    }
  });

  it('asks the core for nothing the register came with once it is taken over, so no answer redraws it', async () => {
    const context = await newProfile();
    const fresh = await context.newPage();
    const asked: string[] = [];
    fresh.on('request', (r) => {
      const op = /\/api\/([^/?]+)/.exec(r.url())?.[1];
      if (op) asked.push(decodeURIComponent(op));
    });
    try {
      // The watch for edits made elsewhere starts in the same commit as the page's own queries; once it has its
      // answer, anything else the page asks for on taking over has been asked.
      const watched = fresh.waitForResponse((r) => r.url().includes('/api/portfolio%3Achanges'));
      await fresh.goto(`${app.web.url}tiltak`);
      await fresh.locator('#root:not([data-starting])').waitFor();
      await watched;
      expect(asked.filter((op) => op !== 'portfolio:changes')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('paints the server’s page before its scripts start, and takes clicks once they have taken it over', async () => {
    const context = await newProfile();
    // Before the page's own scripts: what #root holds at the first frame the browser draws.
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        const root = document.getElementById('root');
        (window as { atFirstFrame?: object }).atFirstFrame = {
          heading: document.querySelector('h1')?.textContent,
          starting: root?.hasAttribute('data-starting'),
          appScripts: document.querySelectorAll('script[type="module"]').length,
        };
      });
    });
    const fresh = await context.newPage();
    try {
      await fresh.goto(`${app.web.url}tiltak`);
      await fresh.locator('#root:not([data-starting])').waitFor();
      expect(await fresh.evaluate(() => (window as { atFirstFrame?: object }).atFirstFrame)).toEqual({
        heading: 'Tiltak',
        starting: true,
        appScripts: 0,
      });
      // Taken over: a click on a row's link opens the measure inside the document.
      await fresh.locator('[data-testid="register-row"] a').first().click();
      await fresh.getByRole('heading', { level: 1, name: /^Tiltak \d+/ }).waitFor();
      expect(routeOf(fresh)).toMatch(/^\/tiltak\/\d+/);
    } finally {
      await context.close();
    }
  });

  /** A fresh page whose scripts are held back until `release()`: the server's page stays as it was sent. Scripts
   * matching `last` are held on until `releaseLast()`. */
  async function heldBack(route: string, last?: RegExp) {
    const context = await newProfile();
    let release!: () => void;
    let releaseLast!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const heldLast = new Promise<void>((resolve) => (releaseLast = resolve));
    await context.route(/\/assets\/[^/]+\.js$/, async (r) => {
      await held;
      if (last?.test(r.request().url())) await heldLast;
      await r.continue();
    });
    const fresh = await context.newPage();
    const errors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    fresh.on('pageerror', (e) => errors.push(e.message));
    // Requests under way, but for those held on: when none is and the page is idle, the rest has come and run.
    const underWay = new Set<unknown>();
    fresh.on('request', (r) => !last?.test(r.url()) && underWay.add(r));
    fresh.on('requestfinished', (r) => underWay.delete(r));
    fresh.on('requestfailed', (r) => underWay.delete(r));
    const settled = async () => {
      for (let quiet = 0; quiet < 3;) {
        await fresh.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
        quiet = underWay.size === 0 ? quiet + 1 : 0;
      }
    };
    await fresh.goto(`${app.web.url}${route.replace(/^\//, '')}`, { waitUntil: 'domcontentloaded' });
    const starting = () => fresh.locator('#root').getAttribute('data-starting');
    return { fresh, release, releaseLast, settled, errors, starting };
  }

  it('keeps a date typed, and a choice made, before the scripts take the page over', async () => {
    const { fresh, release, errors, starting } = await heldBack('/oversikt');
    try {
      const since = fresh.getByLabel('Vis endringer siden');
      await since.fill('01.09.2025');
      await since.press('Enter'); // the form is not sent by the browser (its CSP would refuse it, in the console)
      const plan = fresh.getByRole('combobox').first();
      const planCode = await plan.locator('option').nth(1).getAttribute('value');
      await plan.selectOption(planCode ?? '');
      expect(await starting()).toBe(''); // still the server's page: nothing has taken it over
      release();
      await fresh.locator('#root:not([data-starting])').waitFor();
      await fresh.getByRole('heading', { level: 2, name: 'Endringer siden 01.09.2025' }).waitFor();
      expect(await since.inputValue()).toBe('01.09.2025');
      await expect.poll(() => new URL(fresh.url()).searchParams.get('plan')).toBe(planCode);
      expect(await plan.inputValue()).toBe(planCode);
      expect(errors).toEqual([]);
    } finally {
      await fresh.context().close();
    }
  });

  it('keeps the server’s page, and what was typed in it, when the page’s script comes after the shell’s', async () => {
    // The shell's scripts can come and run before the page's chunk (a slow disk, a busy machine): the server's page
    // must stay on screen meanwhile, not give way to a spinner, and then be taken over with what was typed in it.
    const { fresh, release, releaseLast, settled, errors } = await heldBack('/oversikt', /\/OverviewPage-[^/]*\.js$/);
    try {
      const since = fresh.getByLabel('Vis endringer siden');
      await since.fill('01.09.2025');
      release();
      await settled();
      expect(await fresh.getByRole('heading', { level: 1, name: 'Oversikt' }).count()).toBe(1);
      expect(await since.count()).toBe(1);
      expect(await since.inputValue()).toBe('01.09.2025');
      releaseLast();
      await fresh.locator('#root:not([data-starting])').waitFor();
      await fresh.getByRole('heading', { level: 2, name: 'Endringer siden 01.09.2025' }).waitFor();
      expect(await since.inputValue()).toBe('01.09.2025');
      expect(errors).toEqual([]);
    } finally {
      await fresh.context().close();
    }
  });

  it('keeps a search typed in the register before the scripts take it over', async () => {
    const { fresh, release, errors } = await heldBack('/tiltak');
    try {
      const rows = fresh.locator('[data-testid="register-row"]');
      const all = await rows.count();
      await fresh.getByRole('searchbox').fill('menneskehandel');
      release();
      await expect.poll(() => new URL(fresh.url()).searchParams.get('q')).toBe('menneskehandel');
      await expect.poll(() => rows.count()).toBeLessThan(all);
      expect(await fresh.getByRole('searchbox').inputValue()).toBe('menneskehandel');
      expect(errors).toEqual([]);
    } finally {
      await fresh.context().close();
    }
  });

  it('is taken over by the browser without a console error, and recharts takes over the charts', async () => {
    await page.goto(`${app.web.url}oversikt`);
    await page.locator('[data-chart="status-handlingsplan-2016"] svg.recharts-surface').waitFor();
    await expect.poll(() => page.locator('svg.chart-first-frame').count()).toBe(0);
    // The data came with the page: the start asked the core for nothing.
    const asked = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/dashboard:')),
    );
    expect(asked).toEqual([]);
    // Its stylesheets came in the page (the CSP allows them by their hashes): the browser fetched none, for its first
    // frame or when the scripts took over. A page opened afterwards has its own fetched as before.
    const sheets = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.css')),
      );
    expect(await sheets()).toEqual([]);
    const v = await seriousA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.getByRole('link', { name: 'Rapporter', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    await expect.poll(sheets).toContainEqual(expect.stringMatching(/^\/assets\/ReportsPage-.*\.css$/));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows the stored meeting date once the browser takes over, without a hydration error', async () => {
    const context = await newProfile();
    await context.addInitScript(() =>
      window.localStorage.setItem('tiltaksportefoljen:lastMeetingDate', JSON.stringify('2025-06-30')),
    );
    const stored = await context.newPage();
    const errors: string[] = [];
    stored.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    stored.on('pageerror', (e) => errors.push(e.message));
    try {
      await stored.goto(`${app.web.url}oversikt`);
      await stored.getByRole('heading', { level: 2, name: 'Endringer siden 30.06.2025' }).waitFor();
      await stored.locator('svg.recharts-surface').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves between pages in the document, and Back returns', async () => {
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak' }).click();
    await page.locator('[data-testid="register-row"]').first().waitFor();
    expect(routeOf(page)).toBe('/tiltak');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(routeOf(page)).toBe('/oversikt');
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });

  it('opens an old #/ address’s page, at its path', async () => {
    await page.goto(`${app.web.url}#/tiltak/2?fra=tiltakslisten`);
    await page.getByRole('heading', { level: 1, name: /^Tiltak 2/ }).waitFor();
    expect(routeOf(page)).toBe('/tiltak/2?fra=tiltakslisten');
    // A page the server does not render (a measure's) is rendered in the browser, reloaded at its path too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Tiltak 2/ }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
