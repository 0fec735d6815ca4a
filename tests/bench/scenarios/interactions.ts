// What a user waits for after acting on a page that is already open, in Chromium against the preview: a measure's page
// opened from the register (against a blank page from the same server), and Møtemodus' next slide after the key.
import type { Prepared, Scenario } from '../harness.ts';
import { blank, close, open, takenOver, visit } from './browser.ts';
import { measureReady, meetingReady, registerReady } from './ready.ts';

/** From the click on a row's link in the register until the measure's page shows every section; then back. */
export const measureFromRegister: Scenario = {
  name: 'measure page ready from the register',
  target: () => null,
  maxRatio: () => 1.5,
  floorName: 'blank page from the server',
  runs: 7,
  reportNet: true,
  async setup({ file, size }): Promise<Prepared> {
    const s = await open(file, size, 'measure-from-register');
    const page = await visit(s, '#/tiltak', registerReady);
    await page.waitForFunction(takenOver, undefined, { polling: 'raf', timeout: 60_000 }); // it takes clicks now
    let n = 0;
    return {
      async run() {
        // A different row each time: a measure seen a moment ago would come from the query cache. Only the rows on
        // screen (and one more) are made before the first scroll.
        const link = page.locator('a.register__open').nth(n++ % 4);
        const t0 = performance.now();
        await link.click();
        await page.waitForFunction(measureReady, undefined, { polling: 'raf', timeout: 60_000 });
        const measuredMs = performance.now() - t0;
        await page.goBack();
        await page.waitForFunction(registerReady, undefined, { polling: 'raf', timeout: 60_000 });
        return { measuredMs };
      },
      floor: () => blank(s),
      teardown: () => close(s),
    };
  },
};

/** The time from the key to the frame after the next slide is in the page, measured inside the page. */
function nextSlide(): Promise<number> {
  return new Promise((done) => {
    const label = () => document.querySelector('.meeting__slide[data-slide]')?.getAttribute('aria-label') ?? '';
    const before = label();
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const check = () => {
      if (label() !== before) requestAnimationFrame(() => done(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export const meetingNextSlide: Scenario = {
  name: 'Møtemodus: next slide after the key',
  target: () => 100,
  runs: 15,
  async setup({ file, size }): Promise<Prepared> {
    const s = await open(file, size, 'meeting');
    const page = await visit(s, '#/mote', meetingReady);
    return {
      async run() {
        // From the last slide, back to the first (not timed).
        const atEnd = await page.evaluate(() => {
          const m = /^(\d+) av (\d+)/.exec(document.querySelector('.meeting__slide')?.getAttribute('aria-label') ?? '');
          return !m || m[1] === m[2];
        });
        if (atEnd) {
          await page.keyboard.press('Home');
          await page.waitForFunction(() => /^1 av /.test(document.querySelector('.meeting__slide')?.ariaLabel ?? ''));
        }
        return { measuredMs: await page.evaluate(nextSlide) };
      },
      teardown: () => close(s),
    };
  },
};
