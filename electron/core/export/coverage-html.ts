// The coverage table as one self-contained HTML page, printed to PDF (landscape A4) by the injected PdfRenderer, with
// the same content as the DOCX. Every stored text is escaped; no script, no external resource.
import { COVERAGE_TINT } from '../../../shared/charts/palette.ts';
import { formatDateIn, formatDateTimeIn, labels, titleAsOf } from '../../../shared/i18n/index.ts';
import {
  coverageCells,
  coverageWidthsPt,
  datasetLabel,
  explanation,
  plansText,
  summaryRows,
  whenText,
  type CoverageReport,
} from '../../../shared/report/coverage.ts';
import { escapeXml as esc } from '../../../shared/report/escape.ts';
import { CELL_PAD_PT } from '../../../shared/report/layout.ts';
import { footerTemplate, printPageCss } from './pdf-parts.ts';
import { printDocument, requireRenderer, type PdfRenderer } from './pdf.ts';

function css(fontPt: number): string {
  return `
${printPageCss(true)}
body { font-family: Calibri, Carlito, Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 8pt; }
h2 { font-size: 15pt; margin: 14pt 0 6pt; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.example { color: #9C2B00; font-weight: bold; }
.note { font-style: italic; margin: 0 0 10pt; }
table { border-collapse: collapse; table-layout: fixed; font-size: ${fontPt}pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #8C9AA8; padding: 2pt ${CELL_PAD_PT}pt; text-align: left; vertical-align: top;
  overflow-wrap: break-word; white-space: pre-wrap; box-sizing: border-box; }
th { background: #E8EEF4; }
td.id { font-weight: bold; white-space: pre; }
table.summary td.n { text-align: right; }
table.summary tr.total td { font-weight: bold; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;
}

/** The printed footer on every page: the title and date, the data, «Side 1 av 3» (or «Page 1 of 3»). */
export function coverageFooterTemplate(r: CoverageReport): string {
  return footerTemplate(titleAsOf(r), { label: datasetLabel(r), example: r.dataset === 'example' }, r.lang);
}

export function coverageHtml(r: CoverageReport): string {
  const L = labels(r.lang);
  const C = L.coverage;
  const when = whenText(r);
  const { widthsPt, fontPt } = coverageWidthsPt(r);
  const total = widthsPt.reduce((a, b) => a + b, 0);
  const cols = widthsPt.map((w) => `<col style="width:${w.toFixed(2)}pt">`).join('');
  const head = `<thead><tr>${C.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
  const rows = r.obligations
    .map((o) => {
      const cells = coverageCells(o, r).map((lines, i) => {
        const attrs = i === 0 ? ' class="id"' : i === 4 ? ` style="background:${COVERAGE_TINT[o.coverage]}"` : '';
        return `<td${attrs}>${esc(lines.join('\n'))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const summary = summaryRows(r)
    .map(([label, n], i, all) => {
      const cls = i === all.length - 1 ? ' class="total"' : '';
      return `<tr${cls}><td>${esc(label)}</td><td class="n">${n}</td></tr>`;
    })
    .join('');
  const table =
    r.obligations.length === 0
      ? `<p class="note">${esc(C.noObligations)}</p>`
      : `<table style="width:${total.toFixed(2)}pt"><colgroup>${cols}</colgroup>${head}<tbody>${rows}</tbody></table>`;
  return `<!doctype html>
<html lang="${r.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${r.title} ${when}`)}</title>
<style>${css(fontPt)}</style></head>
<body>
<h1>${esc(`${r.title} ${when}`)}</h1>
<dl class="meta">
<dt>${esc(L.asOf)}</dt><dd>${esc(formatDateIn(r.asOf, r.lang))}</dd>
<dt>${esc(L.dataset)}</dt><dd${r.dataset === 'example' ? ' class="example"' : ''}>${esc(datasetLabel(r))}</dd>
<dt>${esc(L.plans)}</dt><dd>${esc(plansText(r))}</dd>
<dt>${esc(L.madeAt)}</dt><dd>${esc(formatDateTimeIn(r.generatedAt, r.lang))}</dd>
</dl>
<p class="note">${esc(explanation(r))}</p>
<h2>${esc(C.summaryHeading)}</h2>
<table class="summary" style="width:340pt"><colgroup><col style="width:250pt"><col style="width:90pt"></colgroup>
<thead><tr><th scope="col">${esc(C.colCoverage)}</th>
<th scope="col">${esc(C.colObligations)}</th></tr></thead><tbody>${summary}</tbody></table>
<h2>${esc(C.byObligation)}</h2>
${table}
</body></html>
`;
}

export async function coveragePdf(r: CoverageReport, renderer: PdfRenderer | undefined): Promise<Uint8Array> {
  // A table per obligation, a few dozen rows: one part.
  return printDocument(requireRenderer(renderer), {
    parts: [coverageHtml(r)],
    landscape: true,
    footerTemplate: coverageFooterTemplate(r),
  });
}
