// Issue 12 §18 in Chromium, printed with page.pdf() (print media, as Ctrl+P): the register prints every row of its
// view, not the three a virtualised list has on screen; «Skriv ut» prints the current view (filter and all, fetching
// what is not loaded yet); other pages print their whole content without the app's navigation and buttons.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, pdfText } from '../support/read-exports.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

/** The example's measures in a printed text: «Eksempeltiltak 12: …» once per row. */
const rowsIn = (text: string) => [...text.matchAll(/Eksempeltiltak (\d+):/g)].length;

async function printed(page: Page): Promise<string> {
  return pdfText(await page.pdf({ format: 'A4', printBackground: true }));
}

for (const size of [44, 250]) {
  describe(`printing the register of ${size} measures`, () => {
    const tmp = tempDir();
    let app: AppInBrowser;
    let page: Page;

    beforeAll(async () => {
      app = await openApp(portfolioFile(tmp.dir, 'utskrift.tilt', { size }), {
        viewport: { width: 1280, height: 800 },
        // The print dialog cannot be driven headless: count the calls; page.pdf() is what it would print.
        initScript: () => {
          (window as unknown as { printed: number }).printed = 0;
          window.print = () => {
            (window as unknown as { printed: number }).printed++;
          };
        },
      });
      page = app.page;
    });

    afterAll(async () => {
      await app?.close();
      tmp.cleanup();
    });

    it('prints every row with Ctrl+P, or says how many when a large view is not all fetched', async () => {
      await page.goto(`${app.web.url}#/tiltak`);
      await page.getByText(`Viser ${size} av ${size} tiltak`).waitFor();
      const text = await printed(page);
      // The paper's table is made for the print and gone after it: nothing hidden grows as the screen scrolls.
      await expect.poll(() => page.getByTestId('register-print').count()).toBe(0);
      expect(text).toContain(`Alle tiltak · per`);
      expect(text).not.toContain('Papirkurv');
      expect(text).not.toContain('Innstillinger');
      if (size <= 100) {
        expect(rowsIn(text)).toBe(size);
        expect(text).not.toContain('Utskriften viser');
      } else {
        expect(rowsIn(text)).toBe(100);
        expect(text).toContain(`Utskriften viser 100 av ${size} tiltak.`);
      }
    });

    it('prints the current view with «Skriv ut», every row of it', async () => {
      await page.goto(`${app.web.url}#/tiltak?plan=handlingsplan-2016&status=pagar`);
      const count = page.getByTestId('register-count');
      // «av N» counts the chosen plan's measures: the filtered view has arrived (not the previous one kept on screen).
      const planSize = (await callApi<unknown[]>(page, 'measures:list', { planCode: 'handlingsplan-2016' })).length;
      await count.filter({ hasText: new RegExp(`^Viser \\d+ av ${planSize} tiltak$`) }).waitFor();
      const shown = Number(/Viser (\d+)/.exec((await count.textContent()) ?? '')![1]);
      const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
      await page.getByRole('button', { name: 'Skriv ut' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(before + 1);
      const text = await printed(page);
      expect(text).toContain('Plan: Handlingsplanen 2016 · Status: Pågår');
      expect(rowsIn(text)).toBe(shown);
      expect(text).not.toContain('Utskriften viser');
      if (size > 100) {
        // The whole unfiltered list too, beyond the first window of 100.
        await page.getByRole('button', { name: 'Nullstill filtre' }).first().click();
        await page.getByText(`Viser ${size} av ${size} tiltak`).waitFor();
        await page.getByRole('button', { name: 'Skriv ut' }).click();
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
          .toBe(before + 2);
        expect(rowsIn(await printed(page))).toBe(size);
      }
    });
  });
}

describe('printing the other pages', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'sider.tilt', true), { viewport: { width: 1280, height: 800 } });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('prints the register grouped by part with each table under its heading, from the first page', async () => {
    await page.goto(`${app.web.url}#/tiltak?visning=gruppert`);
    await page.getByTestId('measure-row').first().waitFor();
    const { pages } = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    // A part's table starts under its heading and breaks between rows, rather than leave the first page blank.
    expect(pages[0]).toContain('1. Samordnede og effektive tiltak');
    expect(rowsIn(pages[0])).toBeGreaterThan(3);
    expect(rowsIn(pages.join('\n'))).toBe(44);
  });

  it('prints all of Oversikt and of a measure, without the navigation and buttons', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    await page.locator('[data-chart] .recharts-surface').first().waitFor();
    await page.getByRole('heading', { name: /^Endringer siden/ }).waitFor();
    // The charts arrive with two queries: wait for the ones the test reads before printing.
    for (const chart of ['Vurdering per departement', 'Status over tid'])
      await page.getByRole('heading', { name: chart, exact: true }).waitFor();
    const overview = await printed(page);
    for (const part of ['Oversikt', 'Vurdering per departement', 'Status over tid', 'Endringer siden'])
      expect(overview).toContain(part);
    for (const screenOnly of ['Møtemodus', 'Innstillinger', 'Lagre som møtedato'])
      expect(overview).not.toContain(screenOnly);

    await page.goto(`${app.web.url}#/tiltak/16`);
    // Each section arrives with its own query: wait for those the test reads before printing.
    for (const section of ['Historikk', 'Budsjett', 'Koblinger til andre planer'])
      await page.getByRole('heading', { name: section }).waitFor();
    const measure = await printed(page);
    for (const part of ['Tiltak 16', 'Historikk', 'Budsjett', 'Koblinger til andre planer'])
      expect(measure).toContain(part);
    expect(measure).not.toContain('Ctrl+Z angrer');
  });
});
