// Issue 12 §10 in Chromium: Møtemodus cuts slides into pages by height. With five 500-character comments, at
// 1280×720 and at 1920×1080, no page has anything under the footer; a continued slide says «(1/2)»; a comment is
// clamped on the slide and Enter shows it whole; Esc closes that first, then leaves.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser, routeOf } from './support/browser.ts';

const LONG = (n: number) =>
  `Kommentar ${n}: midlene er ikke fordelt, og samarbeidet mellom etatene er ikke avklart. `.repeat(8).slice(0, 500);

/** Everything drawn on the page must end above the footer, and the page itself must not scroll. */
function overlap(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const footerTop = document.querySelector('.meeting__footer')!.getBoundingClientRect().top;
    let lowest = 0;
    for (const el of main.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.height > 0 && box.width > 0) lowest = Math.max(lowest, box.bottom);
    }
    return {
      title: main.querySelector('h1')?.textContent ?? '',
      under: Math.ceil(lowest - footerTop),
      scrolls: main.scrollHeight > main.clientHeight + 1,
    };
  });
}

describe('Møtemodus pages by height', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const pageCount = async () => Number(/av (\d+)/.exec(await page.locator('.meeting__footer').innerText())?.[1] ?? 0);

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'mote.tilt', true), { viewport: { width: 1280, height: 720 } });
    page = app.page;
    await page.goto(`${app.web.url}#/oversikt`);
    const measures = await callApi<Measure[]>(page, 'measures:list', { planCode: 'handlingsplan-2016' });
    for (const m of measures.slice(2, 7))
      await callApi(page, 'status:record', {
        measureId: m.id,
        status: 'pagar',
        assessment: 'rod',
        comment: LONG(Number(m.number)),
        effectiveDate: todayIso(),
      });
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps every page above the footer at ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      await page.goto(`${app.web.url}#/oversikt`);
      await page.getByRole('button', { name: 'Møtemodus' }).click();
      await page.locator('main[data-slide]').waitFor();
      await expect.poll(pageCount).toBeGreaterThan(3);
      const total = await pageCount();
      const titles: string[] = [];
      for (let i = 1; i <= total; i++) {
        await page.locator('.meeting__footer').getByText(`Lysbilde ${i} av ${total}`).waitFor();
        const r = await overlap(page);
        expect(r, r.title).toMatchObject({ scrolls: false });
        expect(r.under, r.title).toBeLessThanOrEqual(0);
        titles.push(r.title);
        await page.keyboard.press('ArrowRight');
      }
      // The gul/rød slide is continued, and says so on each of its pages.
      const flagged = titles.filter((t) => t.startsWith('Gule og røde tiltak'));
      expect(flagged.length).toBeGreaterThan(1);
      expect(flagged[0]).toBe(`Gule og røde tiltak (1/${flagged.length})`);
      expect(flagged.at(-1)).toBe(`Gule og røde tiltak (${flagged.length}/${flagged.length})`);
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
      // Leaving Møtemodus leaves full screen too. Waited for, so the next size is not set while the browser is still
      // leaving full screen (once, under load, the page then drew no frames and the next click never found it stable).
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    });
  }

  it('clamps a long comment on the slide, shows it whole with Enter, and Esc closes that before leaving', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.web.url}#/mote`);
    await page.locator('main[data-slide]').waitFor();
    // To the first page of «Gule og røde tiltak».
    for (let i = 0; i < 60; i++) {
      if ((await page.locator('main h1').textContent())?.startsWith('Gule og røde tiltak (1/')) break;
      await page.keyboard.press('ArrowRight');
    }
    const comment = page.locator('main .meeting-flagged__comment').filter({ hasText: 'Kommentar 3:' });
    await expect.poll(() => comment.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
    await page.locator('.meeting__footer').getByText('Enter hele kommentarer').waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`«${LONG(3)}»`).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(routeOf(page)).toMatch(/^\/mote/);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
