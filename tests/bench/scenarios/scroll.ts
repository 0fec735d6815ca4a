// The register scrolled a screenful per animation frame to its end, as the bench and the profiler do it.
import type { Page } from 'playwright-core';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Scrolls the register a screenful per frame to its end; gaps between animation frames, in ms. */
export async function scrollToEnd(page: Page): Promise<{ frames: number; maxFrameMs: number; p95FrameMs: number }> {
  const gaps = await page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const el = document.querySelector<HTMLElement>('.register__scroll')!;
        const out: number[] = [];
        let last = -1;
        const step = (t: number) => {
          if (last >= 0) out.push(t - last);
          last = t;
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || out.length > 5000) return done(out);
          el.scrollTop += el.clientHeight;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const sorted = [...gaps].sort((a, b) => a - b);
  return {
    frames: gaps.length,
    maxFrameMs: round1(sorted.at(-1) ?? 0),
    p95FrameMs: round1(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
  };
}
