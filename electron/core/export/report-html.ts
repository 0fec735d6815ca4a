// The report as one self-contained HTML page, for printing to PDF: the same content as the DOCX.
// Every stored text is escaped, so a title like <img src=x onerror=…> prints as those characters.
// No script, no external resource: the page is complete as it stands.
import { formatDateIn, formatDateTimeIn, labels, titleAsOf } from '../../../shared/i18n/index.ts';
import { cellText, datasetText, groupByText } from '../../../shared/report/cells.ts';
import { columnLabel, type ReportColumn } from '../../../shared/report/columns.ts';
import { escapeXml as esc } from '../../../shared/report/escape.ts';
import { CELL_PAD_PT, reportLayout } from '../../../shared/report/layout.ts';
import type { ReportModel } from '../../../shared/report/model.ts';
import { statusChartSvg } from '../../../shared/report/status-chart.ts';
import { footerTemplate, htmlParts, printPageCss, type HtmlBlock } from './pdf-parts.ts';

const ASSESSMENT_CLASS: Record<string, string> = { gronn: 'a-gronn', gul: 'a-gul', rod: 'a-rod' };

/** Codes, dates and amounts: kept on one line, as the column widths are measured for. */
const ONE_LINE = new Set<ReportColumn>(['number', 'lastUpdated', 'budget']);

/** ` class="a-rod"` on an assessment cell with a colour, ` class="nw"` on a one-line cell; nothing on others. */
function cellClass(column: ReportColumn, assessment: string): string {
  if (column === 'assessment' && ASSESSMENT_CLASS[assessment]) return ` class="${ASSESSMENT_CLASS[assessment]}"`;
  return ONE_LINE.has(column) ? ' class="nw"' : '';
}

function css(landscape: boolean, fontPt: number): string {
  return `
${printPageCss(landscape)}
body { font-family: Calibri, Carlito, Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 8pt; }
h2 { font-size: 15pt; margin: 14pt 0 6pt; break-after: avoid; }
h2.next-plan { break-before: page; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.example { color: #9C2B00; font-weight: bold; }
.note { font-style: italic; margin: 0 0 10pt; }
.not-started { font-weight: bold; margin: 0 0 10pt; }
table { border-collapse: collapse; table-layout: fixed; font-size: ${fontPt}pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #8C9AA8; padding: 2pt ${CELL_PAD_PT}pt; text-align: left; vertical-align: top;
  overflow-wrap: break-word; white-space: pre-wrap; box-sizing: border-box; }
td.nw { white-space: pre; }
th { background: #E8EEF4; }
td.a-gronn { background: #D9F2DF; } td.a-gul { background: #FFF2C2; } td.a-rod { background: #F9D6D5; }
.chart { margin: 4pt 0 8pt; max-width: 100%; }
.chart svg { max-width: 100%; height: auto; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;
}

/**
 * The running footer on every page: the report, its date and the kind of data (in dark orange and bold for the
 * example data, «Eksempeldata – ikke reelle tall»), and «Side n av N». Chromium prints it in the bottom margin
 * from this template, which carries its own styles (the page's do not reach it).
 */
export function reportFooterTemplate(model: Pick<ReportModel, 'title' | 'asOf' | 'dataset' | 'lang'>): string {
  const dataset = { label: datasetText(model.dataset, model.lang), example: model.dataset === 'example' };
  return footerTemplate(titleAsOf(model), dataset, model.lang);
}

function bodyBlocks(model: ReportModel, layout: ReturnType<typeof reportLayout>): HtmlBlock[] {
  const L = labels(model.lang);
  const T = L.statusTable;
  const lang = model.lang;
  const columns = layout.columns;
  const total = layout.widthsPt.reduce((a, b) => a + b, 0);
  const cols = layout.widthsPt.map((w) => `<col style="width:${w.toFixed(2)}pt">`).join('');
  const colgroup = `<colgroup>${cols}</colgroup>`;
  const headCells = columns
    .map((c) => `<th scope="col">${esc(columnLabel(c, model.budgetYear, model.partHeading, lang))}</th>`)
    .join('');
  const head = `<thead><tr>${headCells}</tr></thead>`;
  const example = model.dataset === 'example' ? ' class="example"' : '';
  const blocks: HtmlBlock[] = [
    {
      html: `<h1>${esc(model.title)}</h1>
<dl class="meta">
<dt>${L.asOf}</dt><dd>${formatDateIn(model.asOf, lang)}</dd>
<dt>${L.dataset}</dt><dd${example}>${esc(datasetText(model.dataset, lang))}</dd>
<dt>${T.groupedBy}</dt><dd>${esc(groupByText(model.groupBy, model.partHeading, lang))}</dd>
<dt>${L.madeAt}</dt><dd>${esc(formatDateTimeIn(model.generatedAt, lang))}</dd>
</dl>
<p class="note">${esc(T.shows(formatDateIn(model.asOf, lang)))}</p>
${model.notStarted.map((p) => `<p class="not-started">${esc(p.note)}</p>`).join('\n')}`,
    },
  ];
  model.plans.forEach((plan, i) => {
    blocks.push({ html: `<h2${i > 0 ? ' class="next-plan"' : ''}>${esc(plan.title)}</h2>` });
    if (model.includeCharts) blocks.push({ html: `<div class="chart">${statusChartSvg(plan, lang).svg}</div>` });
    if (plan.groups.length === 0) blocks.push({ html: `<p class="note">${esc(T.noMeasures)}</p>` });
    for (const g of plan.groups) {
      blocks.push({ html: `<h3>${esc(g.heading)}</h3>` });
      const rows = g.rows.map((r) => {
        const cells = columns.map((c) => `<td${cellClass(c, r.assessment)}>${esc(cellText(r, c, lang))}</td>`);
        return `<tr>${cells.join('')}</tr>`;
      });
      blocks.push({ html: `<table style="width:${total.toFixed(2)}pt">${colgroup}${head}`, rows });
    }
  });
  return blocks;
}

/**
 * The report as whole HTML pages of at most `rowsPerPart` table rows each (one page when it is short enough), for
 * printing part by part (pdf.ts).
 */
export function reportHtmlParts(model: ReportModel, rowsPerPart = Infinity): string[] {
  // Column widths from the content (layout.ts): no number, date or amount breaks inside itself.
  const layout = reportLayout(model);
  const top = `<!doctype html>
<html lang="${labels(model.lang).locale.slice(0, 2)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(titleAsOf(model))}</title>
<style>${css(model.landscape, layout.fontPt)}</style></head>
<body>
`;
  return htmlParts(top, bodyBlocks(model, layout), rowsPerPart);
}

/** The whole report as one HTML page. */
export function reportHtml(model: ReportModel): string {
  return reportHtmlParts(model)[0];
}
