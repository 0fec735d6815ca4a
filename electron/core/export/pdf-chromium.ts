// A PdfRenderer for the CLI and the browser preview: headless Chromium driven by playwright-core.
// playwright-core is a development dependency, so it is loaded only when a PDF is actually made, and
// this file is never imported by the Electron app (which prints with webContents.printToPDF instead).
import { existsSync } from 'node:fs';
import type { chromium as Chromium } from 'playwright-core';
import { AppError } from '../errors.ts';
import type { PdfJob, PdfRenderer } from './pdf.ts';

function findChromium(): string {
  const found = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((p) => p && existsSync(p));
  if (!found)
    throw new AppError(
      'internal',
      'Fant ikke Chromium, som trengs for å lage PDF. Installer den eller sett CHROMIUM_PATH.',
    );
  return found;
}

export function chromiumPdfRenderer(): PdfRenderer {
  return async function* (jobs) {
    const executablePath = findChromium();
    let chromium: typeof Chromium;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch {
      throw new AppError('internal', 'PDF krever playwright-core, som ikke er installert her.');
    }
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    try {
      // No script runs and nothing is fetched: the page is the report's own HTML and nothing else.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const print = async (job: PdfJob): Promise<Uint8Array> => {
        // A page (and so a renderer process) per job, closed before the next opens: its memory goes with it.
        const page = await context.newPage();
        try {
          await page.setContent(job.html, { waitUntil: 'load' });
          const pdf = await page.pdf({
            format: 'A4',
            landscape: job.landscape,
            printBackground: true,
            preferCSSPageSize: true,
            // A structure tree (headings, tables) for screen readers, and the headings as bookmarks.
            tagged: job.tagged ?? true,
            outline: job.tagged ?? true,
            displayHeaderFooter: job.footerTemplate !== undefined,
            headerTemplate: '<span></span>',
            footerTemplate: job.footerTemplate ?? '<span></span>',
          });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } finally {
          await page.close();
        }
      };
      // The next job is printed while the caller takes this one (a long PDF's parts are joined meanwhile, pdf.ts):
      // Chromium and Node work at the same time, and still only one page is open.
      let next = jobs.length > 0 ? print(jobs[0]) : undefined;
      for (let i = 0; next; i++) {
        const pdf = await next;
        next = i + 1 < jobs.length ? print(jobs[i + 1]) : undefined;
        // Seen when awaited; one left behind because the caller stopped must not be an unhandled rejection.
        next?.catch(() => undefined);
        yield pdf;
      }
    } finally {
      await browser.close();
    }
  };
}
