// Cuts a document's blocks into parts of at most `maxRows` table rows, each printed as a page of its own (pdf.ts).
// A part ends only after table rows, so a heading always starts a part together with what follows it; a table cut
// in two continues in the next part as a table with the same head (Chromium repeats the head on every page anyway),
// and the part before ends its last page early.
import { labels, type Lang } from '../../../shared/i18n/index.ts';
import { escapeXml as esc } from '../../../shared/report/escape.ts';
import { PAGE_MM } from '../../../shared/report/layout.ts';

/**
 * The page box of every HTML page printed here, and nothing laid out on screen: these pages are only ever printed, and
 * the screen's layout of a part was thrown away each time (about 75 ms of the renderer's CPU for 400 table rows).
 * Printing lays the page out for print media anyway; the PDFs are the same to the pixel.
 */
export function printPageCss(landscape: boolean, marginMm = PAGE_MM.margin): string {
  return `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: ${marginMm}mm; }
@media screen { body { display: none; } }`;
}

const PAGE_NUMBER = '<span class="pageNumber"></span>';
const TOTAL_PAGES = '<span class="totalPages"></span>';

/**
 * The running footer of every printed document, as Chromium's footer template: `text` and the kind of data on the
 * left (example data in bold red), «Side n av N» on the right, where Chromium fills in the page number and count. It
 * carries its own styles: the page's do not reach a template.
 */
export function footerTemplate(text: string, dataset: { label: string; example: boolean }, lang: Lang): string {
  const L = labels(lang);
  const style = dataset.example ? 'color:#9C2B00;font-weight:bold;' : '';
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MM.margin}mm;display:flex;` +
    'justify-content:space-between;gap:8mm;font-family:Calibri,Carlito,Arial,Helvetica,sans-serif;font-size:8pt;' +
    'color:#333;-webkit-print-color-adjust:exact;print-color-adjust:exact;">' +
    `<span>${esc(text)} · <span style="${style}">${esc(dataset.label)}</span></span>` +
    `<span style="white-space:nowrap">${esc(L.page)} ${PAGE_NUMBER} ${esc(L.of)} ${TOTAL_PAGES}</span></div>`
  );
}

/** A footer template with page `n` of `total` written in, as Chromium would fill it (the footer sheet, pdf.ts). */
export function filledFooter(template: string, n: number, total: number): string {
  return template
    .replace(PAGE_NUMBER, `<span class="pageNumber">${n}</span>`)
    .replace(TOTAL_PAGES, `<span class="totalPages">${total}</span>`);
}

export interface RowSlicer<B> {
  /** Table rows in the block (0 for headings, paragraphs, figures). */
  rows(block: B): number;
  /** The block with only its rows [from, to). */
  slice(block: B, from: number, to: number): B;
}

export function cutIntoParts<B>(blocks: B[], maxRows: number, slicer: RowSlicer<B>): B[][] {
  const parts: B[][] = [];
  let part: B[] = [];
  let rows = 0;
  for (const block of blocks) {
    const total = slicer.rows(block);
    if (total === 0) part.push(block);
    for (let from = 0; from < total;) {
      const take = Math.min(total - from, maxRows - rows);
      part.push(take === total ? block : slicer.slice(block, from, from + take));
      from += take;
      rows += take;
      if (rows >= maxRows) {
        parts.push(part);
        part = [];
        rows = 0;
      }
    }
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/** A piece of an HTML page; a table carries its rows apart (`html` is the table up to its body), so it can be cut. */
export interface HtmlBlock {
  html: string;
  rows?: string[];
}

const htmlRows: RowSlicer<HtmlBlock> = {
  rows: (b) => b.rows?.length ?? 0,
  slice: (b, from, to) => ({ html: b.html, rows: b.rows!.slice(from, to) }),
};

const blockHtml = (b: HtmlBlock) => (b.rows ? `${b.html}<tbody>${b.rows.join('')}</tbody></table>` : b.html);

/** One HTML document per part, each opening with `top` (doctype, head and the body's start tag). */
export function htmlParts(top: string, blocks: HtmlBlock[], maxRows: number): string[] {
  return cutIntoParts(blocks, maxRows, htmlRows).map(
    (part) => `${top}${part.map(blockHtml).join('\n')}\n</body></html>\n`,
  );
}
