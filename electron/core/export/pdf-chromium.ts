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
 * Jobs one page prints before it is closed. A page per job started its renderer cold for each (its fonts, styles and
 * code loaded again): at 10 000 measures a third of the time. A page kept for every job grows (Chromium's PSS near
 * 800 MB at 10 000 while the pages were also laid out on screen). Printed only (printPageCss), in one process, the
 * report pack at 10 000 (35 jobs on two pages) peaks near 510 MB. Closed after twenty all the same, so a longer
 * document's memory is given back now and then.
 */
const JOBS_PER_PAGE = 20;

/**
 * Pages printing at once: a print keeps one core busy with its renderer, and the machine has two (Chromium's
 * memory with two: see JOBS_PER_PAGE; limit 1 GB, README).
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

/** A Chromium with a context for printing, and pages that have printed fewer than JOBS_PER_PAGE jobs. */
interface Printer {
  print(job: PdfJob): Promise<Uint8Array>;
  /** True once Chromium has gone (closed, or crashed): a new one is needed. */
  gone(): boolean;
  close(): Promise<void>;
}

async function launchPrinter(): Promise<Printer> {
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
      // Browser, renderers and print compositor in one process. Otherwise every print job starts a compositor process
      // of its own and hands each page to it, and the report pack at 10 000 measures took 68–77 s of CPU in all, a
      // third of it in the kernel (page faults, process starts); in one process 52 s, and 29 s instead of 37–41 s
      // (README). Chromium leaves this mode unsupported for browsing the web; here it only prints the report's own
      // HTML, with no script and nothing fetched (below), and the sandbox is off either way.
      '--single-process',
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
    const free: { page: Page; printed: number }[] = [];
    return {
      async print(job) {
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
          });
          again = ++used.printed < JOBS_PER_PAGE;
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } finally {
          // setContent replaces the whole document (head, styles, title): nothing of the last job is left in the next.
          if (again) free.push(used);
          else await page.close();
        }
      },
      gone: () => !browser.isConnected(),
      close: () => browser.close().catch(() => undefined),
    };
  } catch (err) {
    void browser.close().catch(() => undefined);
    throw err;
  }
}

/** A renderer that starts Chromium for each call and closes it after (the CLI, which makes one file and ends). */
export function chromiumPdfRenderer(): PdfRenderer {
  return async function* (jobs) {
    const printer = await launchPrinter();
    try {
      yield* printInOrder(jobs, (job) => printer.print(job));
    } finally {
      // Not waited for: every PDF is handed on, and Chromium's shutdown takes 0.1–0.2 s that nobody waits on (the
      // CLI's process ends when Chromium has).
      void printer.close();
    }
  };
}

/** How long a kept Chromium waits for the next PDF before it is closed (and its memory given back). */
export const KEPT_IDLE_MS = 60_000;

/** A renderer that keeps its Chromium between calls, until closed. */
export type KeptPdfRenderer = PdfRenderer & { close(): Promise<void> };

/**
 * A renderer for a process that lives on (the browser preview): Chromium and its free pages are kept between calls,
 * as the desktop app's own Chromium always runs, and closed after `idleMs` with nothing to print, or by `close()`.
 * Starting Chromium and a page for it cost about 1.3 s on the bench's machine, more than a whole PDF at 44 measures;
 * only the first PDF after a pause pays it.
 */
export function keptChromiumPdfRenderer(idleMs = KEPT_IDLE_MS): KeptPdfRenderer {
  let printer: Promise<Printer> | null = null;
  let printing = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const close = async () => {
    clearTimeout(idle);
    const closing = printer;
    printer = null;
    await (await closing?.catch(() => null))?.close();
  };
  /** The kept printer, or a new one if there is none or its Chromium has gone (calls at once share one launch). */
  const current = async (): Promise<Printer> => {
    const was = printer;
    const kept = await was?.catch(() => null);
    if (kept && !kept.gone()) return kept;
    if (printer === was) printer = launchPrinter();
    return printer!;
  };
  const renderer = async function* (jobs: Parameters<PdfRenderer>[0]) {
    clearTimeout(idle);
    printing += 1;
    try {
      const kept = await current();
      yield* printInOrder(jobs, (job) => kept.print(job));
    } finally {
      printing -= 1;
      // Chromium's pipe keeps the process alive until then: a process that ends sooner calls close().
      if (printing === 0) idle = setTimeout(() => void close(), idleMs);
    }
  };
  return Object.assign(renderer, { close });
}
