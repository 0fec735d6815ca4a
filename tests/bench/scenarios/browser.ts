// In Chromium against the browser preview (`npm run web` on a private copy of the example file): the
// dashboard until its key figures and charts are drawn, and the register until its first rows show, each
// against a blank page in the same browser. Memory, the JavaScript loaded at start and the frame gaps
// while scrolling the register to its end are measured once per size, after the timed runs.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWeb, type WebApp } from '../../e2e/support/browser.ts';
import { scratchCopy } from '../fixtures.ts';
import { scrollToEnd } from './scroll.ts';
import type { Prepared, Scenario } from '../harness.ts';

const RENDERER = new URL('../../../dist/renderer/', import.meta.url).pathname;
const VIEWPORT = { width: 1280, height: 900 };
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Key figures, and every chart card (four and status over time) drawn by recharts, or empty for the year. */
function dashboardReady(): boolean {
  const cards = [...document.querySelectorAll('[data-chart]')];
  const figures = document.querySelector('[aria-label="Nøkkeltall"] li');
  return (
    !!figures &&
    cards.length >= 5 &&
    cards.every((c) => !c.querySelector('.chart-card__chart') || c.querySelector('svg.recharts-surface'))
  );
}

function registerReady(): boolean {
  return document.querySelector('[data-testid="register-row"]') !== null;
}

interface Session {
  web: WebApp;
  browser: Browser;
  copy: string;
}

async function open(file: string, size: number, name: string): Promise<Session> {
  const copy = scratchCopy(file, `${name}-${size}.tilt`);
  const web = await startWeb(copy);
  const browser = await launchBrowser();
  return { web, browser, copy };
}

async function visit(s: Session, hash: string, ready: () => boolean): Promise<Page> {
  const page = await s.browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${s.web.url}${hash}`);
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  return page;
}

async function blank(s: Session): Promise<void> {
  const page = await s.browser.newPage({ viewport: VIEWPORT });
  await page.goto('about:blank');
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  await page.close();
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

/** Gzip size of every script the page has loaded so far (from dist/renderer, as served). */
async function scriptsGzipKb(page: Page): Promise<number> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.js(\?|$)/.test(n)),
  );
  const bytes = urls.reduce((sum, u) => sum + gzipSync(readFileSync(join(RENDERER, new URL(u).pathname))).length, 0);
  return round1(bytes / 1024);
}

/**
 * The targets for a page in Chromium, at every size: "every interactive scenario ≤ 100 ms at 44" cannot
 * hold for a page load whose blank-page floor alone is ~300 ms here; the net time (median − floor) is reported.
 */
const pageTarget = (ms: number) => () => ms;

function browserScenario(
  name: string,
  hash: string,
  ready: () => boolean,
  target: (size: number) => number,
  after: (s: Session, page: Page) => Promise<Record<string, number>>,
): Scenario {
  return {
    name,
    target,
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
          const figures = await after(s, page);
          await page.close();
          return figures;
        },
        async teardown() {
          await s.browser.close();
          await s.web.stop();
          rmSync(s.copy, { force: true });
        },
      };
    },
  };
}

export const dashboardInBrowser = browserScenario(
  'dashboard ready in Chromium',
  '#/oversikt',
  dashboardReady,
  pageTarget(1500),
  async (s, page) => ({
    coreRssMb: coreRssMb(s.web.pid),
    rendererHeapMb: await heapMb(page),
  }),
);

export const registerInBrowser = browserScenario(
  'register first rows visible in Chromium',
  '#/tiltak',
  registerReady,
  pageTarget(1000),
  async (s, page) => {
    const startJsGzipKb = await scriptsGzipKb(page);
    const scroll = await scrollToEnd(page);
    return { startJsGzipKb, ...scroll, coreRssMb: coreRssMb(s.web.pid), rendererHeapMb: await heapMb(page) };
  },
);
