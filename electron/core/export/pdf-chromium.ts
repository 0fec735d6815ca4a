// A PdfRenderer for the CLI and the browser preview: headless Chromium driven by playwright-core.
// playwright-core is a development dependency, so it is loaded only when a PDF is actually made, and
// this file is never imported by the Electron app (which prints with webContents.printToPDF instead).
import { existsSync } from 'node:fs';
import type { chromium as Chromium, Page } from 'playwright-core';
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

/**
 * Jobs one page prints before it is closed. A page per job cost a renderer process started cold for each (its fonts,
 * styles and code loaded again): at 10 000 measures a third of the time. A page kept for every job grows (Chromium's
 * PSS near 800 MB at 10 000); closed after a few, its memory goes with it (README's benchmarks).
 */
const JOBS_PER_PAGE = 6;

/**
 * Pages printing at once: a print keeps one core busy in its renderer process, and the machine has two. Two pages of
 * 400 table rows, kept for six parts each, peak near 710 MB of Chromium's PSS at 10 000 measures (limit 1 GB, README).
 */
const PRINTING_AT_ONCE = 2;

/** PDFs printed or printing that the caller has not taken yet: a print may run ahead of a slower one before it. */
const AHEAD = 4;

/**
 * `print` applied to each job, up to PRINTING_AT_ONCE at a time, the results handed on in the order of the jobs. The
 * next job starts as soon as any print is done (a short part need not wait for a longer one before it), and is taken
 * from `jobs` only then, so a job that waits for the caller (the footer sheet waits for the earlier PDFs to be
 * joined) never holds back a PDF already printed.
 */
async function* printInOrder(
  jobs: Iterable<PdfJob> | AsyncIterable<PdfJob>,
  print: (job: PdfJob) => Promise<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const source = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]();
  const queue: Promise<IteratorResult<Uint8Array, undefined>>[] = [];
  // Jobs are taken one after the other, each printed as soon as it is there.
  let taken: Promise<unknown> = Promise.resolve();
  let printing = 0;
  // False once the jobs are done or the caller has stopped.
  let more = true;
  const fill = () => {
    while (more && printing < PRINTING_AT_ONCE && queue.length < AHEAD) {
      printing += 1;
      const job = taken.then(() => source.next());
      taken = job.catch(() => undefined);
      const pdf = job.then(async (j) => {
        if (j.done) more = false;
        return j.done ? j : { done: false as const, value: await print(j.value) };
      });
      // Seen when awaited; one left behind because the caller stopped must not be an unhandled rejection.
      void pdf
        .catch(() => undefined)
        .finally(() => {
          printing -= 1;
          fill();
        });
      queue.push(pdf);
    }
  };
  try {
    fill();
    for (let next = await queue.shift()!; !next.done; next = await queue.shift()!) {
      fill();
      yield next.value;
    }
  } finally {
    more = false;
  }
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
      // Pages that have printed fewer than JOBS_PER_PAGE jobs and are free for the next.
      const free: { page: Page; printed: number }[] = [];
      const print = async (job: PdfJob): Promise<Uint8Array> => {
        const used = free.pop() ?? { page: await context.newPage(), printed: 0 };
        const { page } = used;
        let again = false;
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
            pageRanges: job.pageRanges ?? '',
          });
          again = ++used.printed < JOBS_PER_PAGE;
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } finally {
          // setContent replaces the whole document (head, styles, title): nothing of the last job is left in the next.
          if (again) free.push(used);
          else await page.close();
        }
      };
      yield* printInOrder(jobs, print);
    } finally {
      // Not waited for: every PDF is handed on, and Chromium's shutdown takes 0.1–0.2 s that nobody waits on (the
      // preview answers meanwhile; the CLI's process ends when Chromium has).
      void browser.close().catch(() => undefined);
    }
  };
}
