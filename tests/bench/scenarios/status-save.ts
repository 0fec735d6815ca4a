// One status save on a measure's page, in Chromium against the preview: the time from the click on «Registrer
// status» until the page shows the new status, timed inside the page (from the click event to the frame after the
// summary shows it, as Møtemodus' key is); and the API calls the save costs (the save itself plus every refetch it
// causes, counted over four seconds so the change poll's own refetch, every 3 s, is included). The register is not
// on screen beside the measure's page: what it takes to show the save is timed once after the runs, from a click on
// «Tiltak» in the menu (the register was shown before the measure was opened from it) to the frame after measure 1's
// row shows the new status (registerShowsMs).
import { rmSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, startWeb, type WebApp } from '../../e2e/support/browser.ts';
import { scratchCopy } from '../fixtures.ts';
import type { Prepared, Scenario } from '../harness.ts';

const STATUSES = [
  ['pagar', 'Pågår'],
  ['fullfort', 'Fullført'],
] as const;
/** A little over one poll of `portfolio:changes` (every 3 s), to catch the refetches it triggers. */
const COUNT_WINDOW_MS = 4000;
/** The measure page's summary, which shows the status recorded. */
const SUMMARY = '.measure-summary';

/** The API operations the page asks for, by name, from now on. */
function recordCalls(page: Page): { calls: string[]; stop(): void } {
  const calls: string[] = [];
  const onRequest = (r: { url(): string }) => {
    const m = /\/api\/([^?]+)/.exec(r.url());
    if (m) calls.push(decodeURIComponent(m[1]));
  };
  page.on('request', onRequest);
  return { calls, stop: () => page.off('request', onRequest) };
}

/** In the page: from the element's next click event to the frame after the element at `selector` shows `label` (in
 * an object: evaluateHandle would wait for a promise itself). */
function clickToShown(el: HTMLElement, [selector, label]: readonly [string, string]): { shown: Promise<number> } {
  const shown = new Promise<number>((done) => {
    el.addEventListener(
      'click',
      (e) => {
        const check = () => {
          if (document.querySelector(selector)?.textContent?.includes(label))
            requestAnimationFrame(() => done(performance.now() - e.timeStamp));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { once: true, capture: true },
    );
  });
  return { shown };
}

/** A click on `target`, timed in the page until `selector` shows `label` (clickToShown), and Playwright's
 * time from its click call. */
async function timedClick(target: Locator, selector: string, label: string) {
  await target.waitFor();
  const shown = await target.evaluateHandle(clickToShown, [selector, label] as const);
  const t0 = performance.now();
  await target.click();
  const measuredMs = await shown.evaluate((o) => o.shown);
  const clickCallMs = performance.now() - t0;
  await shown.dispose();
  return { measuredMs, clickCallMs };
}

/** Measure 1's row in the register (its link opens the measure from the register). */
const FIRST_ROW = '[data-testid="register-row"]:has(a[href^="/tiltak/1?"])';

export const statusSaveInBrowser: Scenario = {
  name: 'status save: click to shown in Chromium',
  // Issue 17: ≤ 150 ms from the click at 44 measures (the same work at 1 000: one measure's page).
  target: () => 150,
  runs: 9,
  sizes: [44, 1000],
  async setup({ file, size }): Promise<Prepared> {
    const copy = scratchCopy(file, `status-save-${size}.tilt`);
    const web: WebApp = await startWeb(copy);
    const browser: Browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Measure 1 opened from the register, as a coordinator does: the register has been shown once when it is back.
    await page.goto(`${web.url}tiltak`);
    await page.locator(`${FIRST_ROW} a`).click();
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    let n = 0;
    /**
     * Fills the form (not timed), then clicks. measuredMs is timed in the page from the click event; clickCallMs from
     * Playwright's click call, which first waits for the button to be stable over two frames (50–110 ms here before
     * the save's request left: the driver's time, not the user's).
     */
    const save = async () => {
      const [code, label] = STATUSES[n++ % 2];
      await page.getByLabel('Status', { exact: true }).selectOption(code);
      await page.getByLabel('Vurdering').selectOption('gronn');
      return {
        ...(await timedClick(page.getByRole('button', { name: 'Registrer status' }), SUMMARY, label)),
        label,
      };
    };
    return {
      run: save,
      async extra() {
        const rec = recordCalls(page);
        const t0 = Date.now();
        const { clickCallMs, label } = await save();
        const shownMs = Date.now() - t0;
        if (shownMs > COUNT_WINDOW_MS) throw new Error('The save took longer than the window that counts its calls.');
        await page.waitForTimeout(COUNT_WINDOW_MS - shownMs);
        rec.stop();
        const count = (pred: (c: string) => boolean) => rec.calls.filter(pred).length;
        console.log(`  status save at ${size}: ${rec.calls.join(', ')}`);
        const menu = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak' });
        const register = await timedClick(menu, FIRST_ROW, label);
        return {
          registerShowsMs: Math.round(register.measuredMs * 10) / 10,
          clickCallMs: Math.round(clickCallMs * 10) / 10,
          apiCallsPerSave: count((c) => c !== 'portfolio:changes'),
          pollCalls: count((c) => c === 'portfolio:changes'),
        };
      },
      async teardown() {
        await browser.close();
        await web.stop();
        rmSync(copy, { force: true });
      },
    };
  },
};
