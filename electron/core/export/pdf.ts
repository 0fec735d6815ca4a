// PDF = the report's HTML printed by Chromium. The printing engine is injected, because it differs by
// where the core runs:
//   - the Electron app passes one built on `webContents.printToPDF` (electron/main/pdf.ts: a hidden window with
//     JavaScript off loads each HTML page, then printToPDF with generateTaggedPDF);
//   - the CLI uses `chromiumPdfRenderer()` and the browser preview `keptChromiumPdfRenderer()` (pdf-chromium.ts),
//     which drive a headless Chromium through playwright-core (page.pdf with tagged: true); the preview's is kept
//     between files.
// Contract: yield one PDF per job, in the order of the jobs: complete, tagged (a structure tree for screen readers)
// unless `tagged: false`, for exactly that HTML, with `footerTemplate` at the foot of every page when given (Chromium
// fills in the page number and count); or throw; never write files. A page prints one job at a time and a few at
// most, then is closed, so Chromium's memory stays bounded; at most two pages print at once.
// Jobs are taken from their source only as they are printed, and every PDF printed is handed on without waiting for
// the next job, so a later job may depend on the PDFs before it (the footer sheet below needs the page count).
//
// Chromium keeps every page of one print job in memory: 828 pages of status table took 3 GB. So a long document
// is printed in parts of at most `rowsPerPart` table rows (the HTML writers cut it, see pdf-parts.ts), joined
// into one tagged PDF (pdf-join.ts), and its footers are printed on a sheet of as many empty pages and laid on top,
// so «Side n av N» counts the whole document: the sheet is the renderer's last job, so one browser prints it all. A
// document of one part is printed as it always was.
import { PAGE_MM } from '../../../shared/report/layout.ts';
import type { ReportModel } from '../../../shared/report/model.ts';
import { AppError } from '../errors.ts';
import { HeapBudget } from './heap.ts';
import { layFooters } from './pdf-footers.ts';
import { PdfJoiner, saveJoined } from './pdf-join.ts';
import { filledFooter, printPageCss } from './pdf-parts.ts';
import { reportFooterTemplate, reportHtmlParts } from './report-html.ts';

export interface PdfJob {
  html: string;
  landscape: boolean;
  /** Chromium's footer template: HTML with inline styles; `pageNumber` and `totalPages` spans are filled in. */
  footerTemplate?: string;
  /** Default true. */
  tagged?: boolean;
}

/**
 * One PDF per job, in order, each handed on as soon as it is printed; later jobs may be printing meanwhile (never
 * more than two pages open at a time). The jobs are read as they are needed (see the contract above).
 */
export type PdfRenderer = (jobs: Iterable<PdfJob> | AsyncIterable<PdfJob>) => AsyncIterable<Uint8Array>;

/** The PDF of a single job. */
export async function printOne(renderer: PdfRenderer, job: PdfJob): Promise<Uint8Array> {
  for await (const pdf of renderer([job])) return pdf;
  throw new Error('the PDF renderer gave no PDF');
}

/** Table rows per printed part: Chromium's renderer stays near 500 MB at this size (see the README's benchmarks). */
export const ROWS_PER_PART = 400;

/**
 * Heap growth (MB) allowed while joining before a collection is asked for (heap.ts). Measured on the 2025 pack at
 * 10 000 measures under load 8: after every part 410 MB peak and +6.6 s of CPU; 48 MB: 448 MB, +2.2 s; 96 MB: 483 MB.
 */
const PART_HEAP_BUDGET_MB = 48;

/** The footer sheet is printed in two pieces (a document in parts has two pages or more, a part at least one). */
const FOOTER_SHEET_PIECES = 2;

export interface PrintableDocument {
  /** Whole HTML pages, each the next part of the document (pdf-parts.ts). */
  parts: string[];
  landscape: boolean;
  footerTemplate: string;
}

export function requireRenderer(renderer: PdfRenderer | undefined): PdfRenderer {
  if (!renderer)
    throw new AppError('internal', 'PDF kan ikke lages her fordi utskriftsmotoren mangler. Velg et annet format.');
  return renderer;
}

/**
 * Pages `from`–`to` of the footer sheet of a document of `total` pages: each an empty page with the document's footer
 * at its foot, its number and the count written in. Laid out as Chromium lays out a footer template (a box as wide as
 * the page, its content 15 pt above the page's edge), so the footers are the ones a document of one part gets from the
 * template (the same to the pixel landscape; portrait, the right-hand text within 0.02 pt). Written out, not given as a
 * template: Chromium renders a template as a document of its own for every page, and 670 pages took 1.7–2.6 s against
 * 0.7–1.2 s written out.
 */
function footerSheetHtml(doc: PrintableDocument, from: number, to: number, total: number): string {
  const [width, height] = doc.landscape ? [PAGE_MM.long, PAGE_MM.short] : [PAGE_MM.short, PAGE_MM.long];
  const footers: string[] = [];
  for (let n = from; n <= to; n++) {
    footers.push(`<section><footer>${filledFooter(doc.footerTemplate, n, total)}</footer></section>`);
  }
  return (
    '<!doctype html><html><head><meta charset="utf-8"><style>' +
    `${printPageCss(doc.landscape, 0)} body { margin: 0; } ` +
    `section { height: ${height}mm; display: flex; flex-direction: column; justify-content: flex-end; } ` +
    `section + section { break-before: page; } footer { display: flex; width: ${width}mm; padding-bottom: 15pt; }` +
    `</style></head><body>${footers.join('')}</body></html>`
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
/** The page's <title> and language, which Chromium gives a PDF of one part itself. */
const titleOf = (html: string) => unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'nb';
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** The footer sheet of a document of `pages` pages as jobs for its pieces, each numbered as in the whole sheet. */
function footerSheetJobs(pages: number, doc: PrintableDocument): PdfJob[] {
  const per = Math.ceil(pages / FOOTER_SHEET_PIECES);
  return Array.from({ length: FOOTER_SHEET_PIECES }, (_, k) => ({
    html: footerSheetHtml(doc, k * per + 1, Math.min(pages, (k + 1) * per), pages),
    landscape: doc.landscape,
    tagged: false,
  }));
}

/** Prints the document: in one job when it is one part, else part by part, joined, with the footers laid on. */
export async function printDocument(renderer: PdfRenderer, doc: PrintableDocument): Promise<Uint8Array> {
  const { landscape, footerTemplate } = doc;
  if (doc.parts.length === 1) return printOne(renderer, { html: doc.parts[0], landscape, footerTemplate });
  // The footer sheet is the last job, given once every part is joined (its page count is the document's): the same
  // renderer, so the same browser, prints it, in pieces printed at once (pdf-chromium.ts; 670 pages take about 2 s).
  const sheetJobs = Promise.withResolvers<PdfJob[]>();
  async function* jobs(): AsyncGenerator<PdfJob> {
    for (const html of doc.parts) yield { html, landscape };
    yield* await sheetJobs.promise;
  }
  const printed = renderer(jobs())[Symbol.asyncIterator]();
  const next = async (): Promise<Uint8Array> => {
    const r = await printed.next();
    if (r.done) throw new Error('the PDF renderer gave fewer PDFs than jobs');
    return r.value;
  };
  try {
    const joiner = await PdfJoiner.create(doc.parts.length);
    // A part parsed is 40–60 MB of pdf-lib objects: collected after about every part or two.
    const heap = new HeapBudget(PART_HEAP_BUDGET_MB);
    for (const html of doc.parts) {
      await joiner.add({ bytes: await next(), headingLevels: headingLevels(html) });
      void heap.check();
    }
    const joined = joiner.finish({ title: titleOf(doc.parts[0]), lang: langOf(doc.parts[0]) });
    const sheet = footerSheetJobs(joined.doc.getPageCount(), doc);
    sheetJobs.resolve(sheet);
    const footers: Uint8Array[] = [];
    for (let k = 0; k < sheet.length; k++) footers.push(await next());
    await layFooters(joined, footers);
    return saveJoined(joined);
  } finally {
    // The renderer's own clean-up (its browser or window) runs when it is told no more is wanted.
    await printed.return?.();
  }
}

export async function reportPdf(
  model: ReportModel,
  renderer: PdfRenderer | undefined,
  rowsPerPart = ROWS_PER_PART,
): Promise<Uint8Array> {
  return printDocument(requireRenderer(renderer), {
    parts: reportHtmlParts(model, rowsPerPart),
    landscape: model.landscape,
    footerTemplate: reportFooterTemplate(model),
  });
}
