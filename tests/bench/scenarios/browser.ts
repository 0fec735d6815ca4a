// In Chromium against the browser preview (`npm run web` on a private copy of the example file): the
// dashboard until its key figures and charts are drawn, and the register until its first rows show, each
// against a blank page from the same server (the floor) in the same browser. Memory, the JavaScript
// loaded at start and the frame gaps while scrolling the register to its end are measured once per size, after
// the timed runs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWeb, type WebApp } from '../../e2e/support/browser.ts';
import { scratchCopy } from '../fixtures.ts';
import { dashboardReady, registerReady } from './ready.ts';
import { scrollToEnd } from './scroll.ts';
import { timeInTurn, type Prepared, type Scenario } from '../harness.ts';

/** The renderer the preview serves (web.ts reads the same variable). */
const RENDERER = process.env.TILTAK_RENDERER_DIR ?? new URL('../../../dist/renderer/', import.meta.url).pathname;
const VIEWPORT = { width: 1280, height: 900 };
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Session {
  web: WebApp;
  browser: Browser;
  copy: string;
  /** The renderer this session's server serves: a copy of the build with the blank page beside it. */
  served: string;
}

/** The floor: an empty document in bokmål, served like the app's own page (same server, same navigation). */
const BLANK_PAGE =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tom side</title></head><body></body></html>';

export async function open(file: string, size: number, name: string): Promise<Session> {
  const copy = scratchCopy(file, `${name}-${size}.tilt`);
  const served = mkdtempSync(join(tmpdir(), 'tiltak-bench-renderer-'));
  cpSync(RENDERER, served, { recursive: true });
  writeFileSync(join(served, 'blank.html'), BLANK_PAGE);
  const web = await startWeb(copy, { TILTAK_RENDERER_DIR: served });
  const browser = await launchBrowser();
  return { web, browser, copy, served };
}

export async function close(s: Session): Promise<void> {
  await s.browser.close();
  await s.web.stop();
  rmSync(s.copy, { force: true });
  rmSync(s.served, { recursive: true, force: true });
}

/** Where a visit opens its page: by default a new browser profile each time (a first start, nothing cached). */
type PageSource = () => Promise<Page>;

/**
 * Opens what follows the server's address (a route such as `tiltak`, or a file) until the page is `ready`: from the
 * navigation's start to the first frame where it is, checked each frame from when the response has come. Not until
 * the load event as well: that waits for every script the page has started, and the server's page shows what the
 * user waits for before its scripts have run (they take it over later: takenOverMs).
 */
export async function visit(s: Session, path: string, ready: () => boolean, newPage?: PageSource): Promise<Page> {
  const page = await (newPage?.() ?? s.browser.newPage({ viewport: VIEWPORT }));
  await page.goto(`${s.web.url}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  return page;
}

/** The blank page from the same server, until its first frame (as a visit's readiness is checked). */
export async function blank(s: Session, newPage?: PageSource): Promise<void> {
  await (await visit(s, 'blank.html', () => true, newPage)).close();
}

/**
 * The page as the desktop app opens it after its first start: the app:// scheme keeps V8's compiled code between
 * starts, and the preview lets the browser keep the build's content-named files (server.ts), so the visits here
 * share one browser profile. Chromium keeps a script's compiled code from about its third load, so three visits warm
 * it first; then the median of three, against a blank page in the same profile. Reported beside the timed runs,
 * which are each a first start in a new profile (the issue's measure, and the verdict's).
 */
async function cachedStart(s: Session, hash: string, ready: () => boolean): Promise<Record<string, number>> {
  const context = await s.browser.newContext({ viewport: VIEWPORT });
  const inProfile = () => context.newPage();
  const page = async () => (await visit(s, hash, ready, inProfile)).close();
  try {
    for (let i = 0; i < 3; i++) await page();
    const { ms, ratio } = await againstBlank(s, page, inProfile);
    return { cachedMs: ms, cachedRatio: ratio };
  } finally {
    await context.close();
  }
}

/** The page the server rendered has been taken over by the scripts (PageShown clears the mark): it takes clicks. */
export const takenOver = () => !document.querySelector('#root[data-starting]');

/**
 * Ready is what the user sees; the page takes clicks once the scripts have taken over the server's render. How long
 * after the navigation that is, on a first start (the median of three new profiles), beside the timed runs.
 */
async function takeOver(s: Session, hash: string, ready: () => boolean): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await visit(s, hash, ready);
    await page.waitForFunction(takenOver, undefined, { polling: 'raf', timeout: 60_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('tiltak:taken-over')[0]?.startTime ?? NaN));
    await page.close();
  }
  return { takenOverMs: round1(times.sort((a, b) => a - b)[1]) };
}

/** Median of three runs of `fn` against three blank pages in the same browser, taken in turn (as the timed runs). */
async function againstBlank(s: Session, fn: () => Promise<unknown>, newPage?: PageSource) {
  const { main, floor } = await timeInTurn(fn, () => blank(s, newPage), 3, 0);
  return { ms: round1(main.median), ratio: Math.round((main.median / (floor?.median ?? NaN)) * 100) / 100 };
}

/**
 * What the page costs the browser without any of our scripts: its HTML copied from the DOM once it is ready (the
 * module scripts taken out, the stylesheets and fonts kept), served as a file by the same server beside the blank
 * page, until the same readiness. No design that renders in the browser, and no server-side rendering, can show the
 * page faster than this.
 */
async function staticCopy(s: Session, hash: string, ready: () => boolean): Promise<Record<string, number>> {
  const drawn = await visit(s, hash, ready);
  const html = `<!doctype html>${await drawn.evaluate(() => document.documentElement.outerHTML)}`
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replaceAll(s.web.url, './');
  await drawn.close();
  const name = `static-copy-${hash.replace(/\W+/g, '-')}.html`;
  writeFileSync(join(s.served, name), html);
  // The copy keeps the stylesheets the server put in the page's head. The page's own CSP allows them by their hashes,
  // the server's CSP for a plain file does not: the copy's visits, and their blank pages, bypass CSP.
  const withoutCsp = () => s.browser.newPage({ viewport: VIEWPORT, bypassCSP: true });
  const { ms, ratio } = await againstBlank(
    s,
    async () => (await visit(s, name, ready, withoutCsp)).close(),
    withoutCsp,
  );
  return { staticCopyMs: ms, staticCopyRatio: ratio };
}

/** Resident memory of the preview server: the core, as the app's main process would hold it. */
function coreRssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return round1(kb / 1024);
}

/** Used JS heap of the page after a garbage collection (Chromium's own figure, over CDP). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return round1((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024);
}

/** A file the page loaded, as served: from dist/renderer, or as the server made it for the first view. */
function served(url: string, decodedSize: number): Buffer {
  const path = new URL(url).pathname;
  return path.startsWith('/first-view/') ? Buffer.alloc(decodedSize) : readFileSync(join(RENDERER, path));
}

/** Gzip size of every script the page has loaded so far (as served). */
async function scriptsGzipKb(page: Page): Promise<number> {
  const scripts = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.js(\?|$)/.test(e.name))
      .map((e) => ({ url: e.name, size: e.decodedBodySize })),
  );
  const bytes = scripts.reduce((sum, s) => sum + gzipSync(served(s.url, s.size)).length, 0);
  return round1(bytes / 1024);
}

/** Size of the stylesheets the page has so far, in KB as served (not compressed): those it fetched, and those the
 * server's first view carries in its head (the build's, and the rules of the server render's style attributes). */
async function stylesKb(page: Page): Promise<number> {
  const { fetched, inPage } = await page.evaluate(() => ({
    fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.css(\?|$)/.test(e.name))
      .map((e) => ({ url: e.name, size: e.decodedBodySize })),
    inPage: [...document.querySelectorAll('style')].reduce(
      (sum, el) => sum + new TextEncoder().encode(el.textContent ?? '').length,
      0,
    ),
  }));
  const bytes = fetched.reduce((sum, s) => sum + served(s.url, s.size).length, inPage);
  return round1(bytes / 1024);
}

function browserScenario(
  name: string,
  hash: string,
  ready: () => boolean,
  maxRatio: number,
  after: (s: Session, page: Page) => Promise<Record<string, number>>,
): Scenario {
  return {
    name,
    // Issue 17: a page as a ratio to a blank page in the same browser and run, at 44 and 1 000 measures as the issue
    // sets it. At 10 000 (the stress size) the ratio is shown without a verdict: there the core's own floor (a GROUP BY
    // over 200 000 updates, about 90 ms) is already a fifth of the blank page.
    target: () => null,
    maxRatio: (size) => (size <= 1000 ? maxRatio : null),
    floorName: 'blank page from the server',
    runs: 7,
    reportNet: true,
    async setup({ file, size }): Promise<Prepared> {
      const s = await open(file, size, name.split(' ')[0]);
      return {
        async run() {
          const page = await visit(s, hash, ready);
          await page.close();
        },
        floor: () => blank(s),
        // After the timed runs: one more visit for the figures that are measured once.
        async extra() {
          const page = await visit(s, hash, ready);
          await page.waitForFunction(takenOver, undefined, { polling: 'raf', timeout: 60_000 });
          const figures = await after(s, page);
          await page.close();
          return {
            ...(await takeOver(s, hash, ready)),
            ...(await cachedStart(s, hash, ready)),
            ...(await staticCopy(s, hash, ready)),
            ...figures,
          };
        },
        teardown: () => close(s),
      };
    },
  };
}

export const dashboardInBrowser = browserScenario(
  'dashboard ready in Chromium',
  'oversikt',
  dashboardReady,
  2.0,
  async (s, page) => ({
    coreRssMb: coreRssMb(s.web.pid),
    rendererHeapMb: await heapMb(page),
  }),
);

export const registerInBrowser = browserScenario(
  'register first rows visible in Chromium',
  'tiltak',
  registerReady,
  1.5,
  async (s, page) => {
    const startJsGzipKb = await scriptsGzipKb(page);
    const startCssKb = await stylesKb(page);
    const scroll = await scrollToEnd(page);
    return {
      startJsGzipKb,
      startCssKb,
      ...scroll,
      coreRssMb: coreRssMb(s.web.pid),
      rendererHeapMb: await heapMb(page),
    };
  },
);
