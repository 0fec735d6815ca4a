// The preview's PDF renderer keeps its Chromium between files (as the desktop app prints with the Chromium it runs
// in): a second file must not start another, a Chromium that has gone (crashed, closed) must be replaced rather than
// fail every later file, and the kept one must be closed after the idle time or when the preview stops.
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptChromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { printOne, type PdfJob } from '../../electron/core/export/pdf.ts';
import { pdfText } from '../support/read-exports.ts';

const job = (word: string): PdfJob => ({
  html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${word}</title></head><body><p>${word}</p>`,
  landscape: false,
});

const launches = () => vi.spyOn(chromium, 'launch');
/** The browsers the renderer has started, in order. */
const browsersOf = (spy: ReturnType<typeof launches>) =>
  Promise.all(spy.mock.results.map((r) => r.value as Promise<Browser>));

afterEach(() => vi.restoreAllMocks());

describe('a PDF renderer kept between files', () => {
  it(
    'prints the next file with the Chromium it already has, and closes it when told',
    { timeout: 120_000 },
    async () => {
      const spy = launches();
      const pdf = keptChromiumPdfRenderer();
      try {
        const [a, b] = await Promise.all([printOne(pdf, job('Første')), printOne(pdf, job('Andre'))]);
        expect(pdfText(await printOne(pdf, job('Tredje'))).trim()).toBe('Tredje');
        expect([pdfText(a).trim(), pdfText(b).trim()]).toEqual(['Første', 'Andre']);
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        await pdf.close();
      }
      const [browser] = await browsersOf(spy);
      expect(browser.isConnected()).toBe(false);
    },
  );

  it('starts a new Chromium when the kept one has gone', { timeout: 120_000 }, async () => {
    const spy = launches();
    const pdf = keptChromiumPdfRenderer();
    try {
      await printOne(pdf, job('Første'));
      const [first] = await browsersOf(spy);
      await first.close();
      expect(pdfText(await printOne(pdf, job('Andre'))).trim()).toBe('Andre');
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      await pdf.close();
    }
  });

  it('closes its Chromium once nothing has been printed for the idle time', { timeout: 120_000 }, async () => {
    const spy = launches();
    const pdf = keptChromiumPdfRenderer(200);
    try {
      await printOne(pdf, job('Første'));
      const [browser] = await browsersOf(spy);
      await vi.waitFor(() => expect(browser.isConnected()).toBe(false), { timeout: 30_000, interval: 50 });
      // And the next file starts one again.
      expect(pdfText(await printOne(pdf, job('Andre'))).trim()).toBe('Andre');
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      await pdf.close();
    }
  });
});
