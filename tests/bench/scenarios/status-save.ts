// One status save on a measure's page, in Chromium against the preview: the time from the click on «Registrer
// status» until the page shows the new status, timed inside the page (from the click event to the frame after the
// summary shows it, as Møtemodus' key is); and the API calls the save costs (the save itself plus every refetch it
// causes, counted over four seconds so the change poll's own refetch, every 3 s, is included).
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWeb, type WebApp } from '../../e2e/support/browser.ts';
import { scratchCopy } from '../fixtures.ts';
import type { Prepared, Scenario } from '../harness.ts';

const STATUSES = [
  ['pagar', 'Pågår'],
  ['fullfort', 'Fullført'],
] as const;
/** A little over one poll of `portfolio:changes` (every 3 s), to catch the refetches it triggers. */
const COUNT_WINDOW_MS = 4000;

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

/** In the page: from the button's next click event to the frame after the summary shows `label` (in an object:
 * evaluateHandle would wait for a promise itself). */
function clickToShown(button: HTMLElement, label: string): { shown: Promise<number> } {
  const shown = new Promise<number>((done) => {
    button.addEventListener(
      'click',
      (e) => {
        const check = () => {
          if (document.querySelector('.measure-summary')?.textContent?.includes(label))
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
    await page.goto(`${web.url}#/tiltak/1`);
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
      const button = page.getByRole('button', { name: 'Registrer status' });
      await button.waitFor();
      const shown = await button.evaluateHandle(clickToShown, label);
      const t0 = performance.now();
      await button.click();
      const measuredMs = await shown.evaluate((o) => o.shown);
      const clickCallMs = performance.now() - t0;
      await shown.dispose();
      return { measuredMs, clickCallMs };
    };
    return {
      run: save,
      async extra() {
        const rec = recordCalls(page);
        const t0 = Date.now();
        const { clickCallMs } = await save();
        const shownMs = Date.now() - t0;
        if (shownMs > COUNT_WINDOW_MS) throw new Error('The save took longer than the window that counts its calls.');
        await page.waitForTimeout(COUNT_WINDOW_MS - shownMs);
        rec.stop();
        const count = (pred: (c: string) => boolean) => rec.calls.filter(pred).length;
        console.log(`  status save at ${size}: ${rec.calls.join(', ')}`);
        return {
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
