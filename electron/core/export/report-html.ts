// The report as one self-contained HTML page, for printing to PDF: the same content as the DOCX.
// Every stored text is escaped, so a title like <img src=x onerror=…> prints as those characters.
// No script, no external resource: the page is complete as it stands.
import { formatDate, formatDateTime } from '../../../shared/format/nb.ts';
import { cellText, datasetText, groupByText } from '../../../shared/report/cells.ts';
import { COLUMN_WEIGHT, columnLabel } from '../../../shared/report/columns.ts';
import { escapeXml as esc } from '../../../shared/report/escape.ts';
import type { ReportModel } from '../../../shared/report/model.ts';
import { statusChartSvg } from '../../../shared/report/status-chart.ts';

const ASSESSMENT_CLASS: Record<string, string> = { gronn: 'a-gronn', gul: 'a-gul', rod: 'a-rod' };

/** ` class="a-rod"` and the like on an assessment cell with a colour; nothing on any other cell. */
const cellClass = (column: string, assessment: string): string =>
  column === 'assessment' && ASSESSMENT_CLASS[assessment] ? ` class="${ASSESSMENT_CLASS[assessment]}"` : '';

function css(landscape: boolean): string {
  return `
@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 18mm 16mm 18mm 16mm; }
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
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #8C9AA8; padding: 2.5pt 4pt; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; white-space: pre-wrap; }
th { background: #E8EEF4; }
td.a-gronn { background: #D9F2DF; } td.a-gul { background: #FFF2C2; } td.a-rod { background: #F9D6D5; }
.chart { margin: 4pt 0 8pt; max-width: 100%; }
.chart svg { max-width: 100%; height: auto; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;
}

export function reportHtml(model: ReportModel): string {
  const weights = model.columns.map((c) => COLUMN_WEIGHT[c]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const cols = weights.map((w) => `<col style="width:${((w / sum) * 100).toFixed(2)}%">`).join('');
  const colgroup = `<colgroup>${cols}</colgroup>`;
  const headCells = model.columns
    .map((c) => `<th scope="col">${esc(columnLabel(c, model.budgetYear, model.partHeading))}</th>`)
    .join('');
  const head = `<thead><tr>${headCells}</tr></thead>`;
  const body: string[] = [];
  model.plans.forEach((plan, i) => {
    body.push(`<h2${i > 0 ? ' class="next-plan"' : ''}>${esc(plan.title)}</h2>`);
    if (model.includeCharts) body.push(`<div class="chart">${statusChartSvg(plan).svg}</div>`);
    if (plan.groups.length === 0) body.push('<p class="note">Ingen tiltak registrert.</p>');
    for (const g of plan.groups) {
      body.push(`<h3>${esc(g.heading)}</h3>`);
      const rows = g.rows
        .map((r) => {
          const cells = model.columns.map((c) => `<td${cellClass(c, r.assessment)}>${esc(cellText(r, c))}</td>`);
          return `<tr>${cells.join('')}</tr>`;
        })
        .join('');
      body.push(`<table>${colgroup}${head}<tbody>${rows}</tbody></table>`);
    }
  });
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${model.title} per ${formatDate(model.asOf)}`)}</title>
<style>${css(model.landscape)}</style></head>
<body>
<h1>${esc(model.title)}</h1>
<dl class="meta">
<dt>Per dato</dt><dd>${formatDate(model.asOf)}</dd>
<dt>Datagrunnlag</dt><dd${model.dataset === 'example' ? ' class="example"' : ''}>${esc(datasetText(model.dataset))}</dd>
<dt>Gruppert etter</dt><dd>${esc(groupByText(model.groupBy, model.partHeading))}</dd>
<dt>Laget</dt><dd>${esc(formatDateTime(model.generatedAt))}</dd>
</dl>
<p class="note">Hvert tiltak vises slik det var registrert per ${formatDate(model.asOf)}.</p>
${body.join('\n')}
</body></html>
`;
}
