// A report document as one self-contained HTML page for printing to PDF: the same blocks as the DOCX, headings as
// bookmarks, tables with the measured column widths and a repeating header, figures inline as SVG with numbered
// captions. Every stored text is escaped; no script, nothing fetched.
import { docLayout } from '../../../shared/report/doc-layout.ts';
import { figureLabel, type DocBlock, type DocModel, type DocTable } from '../../../shared/report/document.ts';
import { escapeXml as esc } from '../../../shared/report/escape.ts';
import { CELL_PAD_PT } from '../../../shared/report/layout.ts';
import { TILE_PX, TONE_STYLE } from '../../../shared/report/tones.ts';
import type { CellTone } from '../../../shared/report/document.ts';
import { footerTemplate, htmlParts, printPageCss, type HtmlBlock } from './pdf-parts.ts';
import type { ToneTiles } from './tone-tiles.ts';

/** One rule per shaded tone: its fill, and its pattern as a repeated PNG tile when there is one. */
function toneRules(tiles: ToneTiles): string {
  return (Object.entries(TONE_STYLE) as [CellTone, { fill: string }][])
    .map(([tone, s]) => {
      const tile = tiles[tone];
      const image = tile ? ` url("data:image/png;base64,${tile}") 0 0 / ${TILE_PX}px ${TILE_PX}px repeat` : '';
      return `td.tone-${tone} { background: #${s.fill}${image}; }`;
    })
    .join('\n');
}

function css(doc: DocModel, fontPt: number, tiles: ToneTiles): string {
  return `
${printPageCss(doc.landscape)}
body { font-family: Calibri, Carlito, Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; margin: 0; }
h1.title { font-size: 24pt; color: #1F3864; margin: 0 0 6pt; font-weight: normal; }
p.subtitle { font-size: 15pt; color: #44546A; margin: 0 0 18pt; }
h1 { font-size: 16pt; color: #1F3864; margin: 12pt 0 6pt; break-after: avoid; }
h2 { font-size: 13pt; color: #1F3864; margin: 12pt 0 4pt; break-after: avoid; }
h3 { font-size: 11pt; color: #1F3864; margin: 10pt 0 3pt; break-after: avoid; }
.break { break-before: page; }
p.fact { margin: 0 0 4pt; }
p.fact b { font-weight: bold; }
.warning { color: #9C2B00; font-weight: bold; }
p.note { font-style: italic; }
table { border-collapse: collapse; table-layout: fixed; font-size: ${fontPt}pt; margin: 0 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #8C9AA8; padding: 2pt ${CELL_PAD_PT}pt; text-align: left; vertical-align: top;
  overflow-wrap: break-word; white-space: pre-wrap; box-sizing: border-box; }
th { background: #E8EEF4; font-weight: bold; }
td.code { overflow-wrap: normal; }
td.num { text-align: right; white-space: pre; }
th.num { text-align: right; }
tr.total td { font-weight: bold; }
figure { margin: 6pt 0 10pt; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-style: italic; font-size: 9pt; color: #1F3864; margin-top: 3pt; }
figcaption + p { font-style: italic; font-size: 9pt; margin: 2pt 0 10pt; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${toneRules(tiles)}
`;
}

const KIND_CLASS: Record<string, string> = { number: 'num', code: 'code' };

function table(t: DocTable, widths: number[]): HtmlBlock {
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => `<col style="width:${w.toFixed(2)}pt">`).join('');
  const head = t.columns.map((c) => `<th scope="col"${c.kind === 'number' ? ' class="num"' : ''}>${esc(c.label)}</th>`);
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((cell, i) => {
      // A shaded cell names its tone: the stylesheet draws the fill and pattern once for every such cell.
      const tone = cell.tone && TONE_STYLE[cell.tone] ? `tone-${cell.tone}` : '';
      const classes = [KIND_CLASS[t.columns[i].kind] ?? '', tone].filter(Boolean).join(' ');
      return `<td${classes ? ` class="${classes}"` : ''}>${esc(cell.text)}</td>`;
    });
    return `<tr${r.total ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  return {
    html:
      `<table style="width:${total.toFixed(2)}pt"><colgroup>${cols}</colgroup>` +
      `<thead><tr>${head.join('')}</tr></thead>`,
    rows,
  };
}

function block(b: DocBlock, doc: DocModel, next: () => number[]): HtmlBlock {
  if (b.kind === 'table') return table(b, next());
  return { html: blockText(b, doc) };
}

function blockText(b: Exclude<DocBlock, DocTable>, doc: DocModel): string {
  switch (b.kind) {
    case 'title':
      return `<h1 class="title">${esc(b.text)}</h1>${b.subtitle ? `<p class="subtitle">${esc(b.subtitle)}</p>` : ''}`;
    case 'facts':
      return b.rows
        .map(
          (r) =>
            `<p class="fact"><b>${esc(r.label)}:</b> ` +
            `<span${r.emphasis ? ' class="warning"' : ''}>${esc(r.value)}</span></p>`,
        )
        .join('');
    case 'heading':
      return `<h${b.level}${b.pageBreakBefore ? ' class="break"' : ''}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${esc(b.text)}</p>`;
    case 'figure':
      return (
        `<figure>${b.svg}<figcaption>${esc(`${figureLabel(doc.lang, b.number)}: ${b.caption}`)}</figcaption>` +
        `<p>${esc(b.description)}.</p></figure>`
      );
  }
}

/** The footer Chromium prints on every page: the document, the kind of data, «Side n av N». */
export function documentFooterTemplate(doc: DocModel): string {
  return footerTemplate(doc.footer, { label: doc.datasetLabel, example: doc.dataset === 'example' }, doc.lang);
}

/**
 * The document as whole HTML pages for printing, of at most `rowsPerPart` table rows each (one page when it is short
 * enough; pdf.ts prints them part by part); `tiles` are the assessment patterns (tone-tiles.ts), fills only without.
 */
export function documentHtmlParts(doc: DocModel, tiles: ToneTiles = {}, rowsPerPart = Infinity): string[] {
  const layout = docLayout(doc);
  let t = 0;
  const next = () => layout.widthsPt[t++];
  const top = `<!doctype html>
<html lang="${doc.lang === 'en' ? 'en' : 'nb'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(doc.title)}</title>
<style>${css(doc, layout.fontPt, tiles)}</style></head>
<body>
`;
  const blocks = doc.blocks.map((b) => block(b, doc, next));
  return htmlParts(top, blocks, rowsPerPart);
}

/** The whole document as one HTML page. */
export function documentHtml(doc: DocModel, tiles: ToneTiles = {}): string {
  return documentHtmlParts(doc, tiles)[0];
}
