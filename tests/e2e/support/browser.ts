// Real Chromium (Debian's) driven by playwright-core, against `npm run web` on a temp portfolio.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { ApiResult } from '../../../shared/api/errors.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * Calls an operation on the preview's API from inside the page, as another window of the app would (to change
 * data behind the UI's back, or to ask the core what the UI should show). Returns the value; a refusal throws.
 */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([n, i]) =>
      fetch(`/api/${encodeURIComponent(n)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(i),
      }).then((r) => r.json()),
    [name, input] as const,
  );
  const r = result as ApiResult<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

/** The route the page shows, as its address names it: path and query (`/tiltak/2?fra=tiltakslisten`). */
export function routeOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Opens `route` inside the page, as following a link to it does (a new history entry, no new document). */
export async function followLink(page: Page, route: string): Promise<void> {
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    document.body.append(a);
    a.click();
    a.remove();
  }, route);
}

/**
 * Waits until the scripts have taken over the page the server rendered (PageShown clears #root's mark): before that
 * the page shows its data but takes no clicks, and Enter on a link loads the page anew instead of moving in the
 * document. A page the browser rendered itself has no mark.
 */
async function takenOver(page: Page): Promise<void> {
  await page.locator('#root[data-starting]').waitFor({ state: 'detached' });
}

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Fant ikke Chromium. Installer den (apt-get install chromium) eller sett CHROMIUM_PATH.');
  return found;
}

/** `lang`: the browser's own language (its UI and `navigator.language`), as a user's Chromium would have it. */
export async function launchBrowser(lang?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WebApp {
  url: string;
  /** The preview server's process (the core, as in the app's main process). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `npm run web -- --db FILE --port 0` as a user would and waits for its URL. */
export async function startWeb(dbPath: string, env: Record<string, string> = {}): Promise<WebApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'electron/preview/web.ts'), '--db', dbPath, '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm run web did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d) => {
      const m = /Forhåndsvisning: (\S+)/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm run web exited ${code}: ${stderr}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  return (await a11yViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The moderate, serious and critical violations (the standard asks for none of them). */
export async function moderateA11yViolations(page: Page): Promise<AxeViolation[]> {
  return (await a11yViolations(page)).filter((v) => v.impact !== 'minor');
}

/** Moderate and worse, with axe's best-practice rules too (landmarks, regions, unique names, headings). */
export async function moderateViolationsWithBestPractice(page: Page): Promise<AxeViolation[]> {
  return (await a11yViolations(page, ['best-practice'])).filter((v) => v.impact !== 'minor');
}

async function a11yViolations(page: Page, extraTags: string[] = []): Promise<AxeViolation[]> {
  // A dialog fading in has half its contrast mid-animation: judge the page once its finite animations are done.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated over the DevTools protocol: an inline <script> would be (rightly) blocked by the CSP.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (extra: string[]) =>
      (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...extra] },
      }),
    extraTags,
  )) as { violations: AxeViolation[] };
  return result.violations;
}

/**
 * A measure's page (`id`, headed «Tiltak `number`») with its fields drawn: they come once the organisations are loaded,
 * after the heading, so what the fields offer can be read at once.
 */
export async function openMeasurePage(page: Page, url: string, m: { id: number; number: string | number }) {
  await page.goto(`${url}#/tiltak/${m.id}`);
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: `Tiltak ${m.number}` })
    .waitFor();
  await page.getByRole('region', { name: 'Opplysninger om tiltaket' }).waitFor();
}

/** The option for `abbrev` in the Suggestion whose input is `input` (there, chosen or not, whether shown or not). */
export function optionFor(input: Locator, abbrev: string): Locator {
  return input.locator('xpath=..').locator(`u-option[value="${abbrev}"]`);
}

/** The options a Designsystemet Suggestion under `scope` shows now, by text (its «nothing matches» row left out). */
export function shownOptions(scope: Locator): Promise<(string | null)[]> {
  return scope
    .locator('u-option:not([data-empty])')
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.textContent));
}

/**
 * Types `typed` into a Suggestion's input and takes the first option shown with ↓ and Enter, as by keyboard; ↓ waits
 * until the list shows an option (on a busy machine a key pressed before it opens would act on nothing, or on the last
 * highlighted option).
 */
export async function chooseByKeyboard(input: Locator, typed: string): Promise<void> {
  await input.focus();
  await input.page().keyboard.type(typed);
  await input.locator('xpath=..').locator('u-option:not([data-empty])').filter({ visible: true }).first().waitFor();
  await input.page().keyboard.press('ArrowDown');
  await input.page().keyboard.press('Enter');
}

/**
 * WCAG 1.4.10 (reflow) at 400 % zoom: the page as it is now in a window 320 CSS px wide. Returns the page's width and
 * the first elements that reach past the window's right edge outside a box of their own that scrolls; a page that
 * reflows gives `{ width: 320, past: [] }`. The window is put back as it was after.
 */
export async function sidewaysAt320(page: Page): Promise<{ width: number; past: string[] }> {
  const restore = page.viewportSize();
  if (!restore) throw new Error('sidewaysAt320 needs a page with a set viewport');
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    return await page.evaluate(() => {
      const out: string[] = [];
      const scrolls = (el: Element | null): boolean =>
        !!el &&
        el !== document.body &&
        (/(auto|scroll|hidden)/.test(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
      for (const el of document.querySelectorAll('body *'))
        if (el.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(el.parentElement))
          out.push(`<${el.tagName.toLowerCase()} class="${el.className}">`);
      return { width: document.documentElement.scrollWidth, past: out.slice(0, 3) };
    });
  } finally {
    await page.setViewportSize(restore);
  }
}

export function describeViolations(v: AxeViolation[]): string {
  return v
    .map((x) => `${x.id} (${x.impact}): ${x.help} @ ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

export interface AppInBrowser {
  web: WebApp;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors, for asserting that none happened. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `npm run web` on a portfolio file and a fresh Chromium page on it, collecting console errors. */
export async function openApp(
  dbPath: string,
  opts: {
    env?: Record<string, string>;
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    initScript?: () => void;
    /** The browser's language and locale, e.g. 'en-US' (dates must still read dd.mm.åååå). */
    lang?: string;
  } = {},
): Promise<AppInBrowser> {
  const web = await startWeb(dbPath, opts.env);
  const browser = await launchBrowser(opts.lang);
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: opts.acceptDownloads ?? false,
    ...(opts.lang ? { locale: opts.lang } : {}),
  });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // A navigation ends when the page takes input, as a user waits for it to respond: a page the server rendered shows
  // before its scripts have taken it over, and a key pressed in it at once went to the server's HTML.
  const thenTakenOver =
    <A extends unknown[], R>(navigate: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const response = await navigate(...args);
      await takenOver(page);
      return response;
    };
  page.goto = thenTakenOver(page.goto.bind(page));
  page.reload = thenTakenOver(page.reload.bind(page));
  return {
    web,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close();
      await web.stop();
    },
  };
}
