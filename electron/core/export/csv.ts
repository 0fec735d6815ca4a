// CSV for Norwegian Excel: UTF-8 with BOM, ';' between fields, CRLF, one row per measure. A plan left out because it
// had not started by the as-of date is said after the rows, after an empty line, one sentence per line.
import { labels } from '../../../shared/i18n/index.ts';
import { columnLabel } from '../../../shared/report/columns.ts';
import { cellText } from '../../../shared/report/cells.ts';
import { planRows, type ReportModel, type ReportRow } from '../../../shared/report/model.ts';
import type { ReportColumn } from '../../../shared/report/columns.ts';
import { neutraliseFormula } from './neutralise.ts';

function field(text: string): string {
  const safe = neutraliseFormula(text);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Plain values a spreadsheet parses: whole kroner without spaces, dates as 31.12.2024. */
function csvValue(row: ReportRow, c: ReportColumn, model: ReportModel): string {
  if (c === 'budget') return row.budget ? String(row.budget.allocatedNok) : '';
  return cellText(row, c, model.lang);
}

export function reportCsv(model: ReportModel): string {
  const L = labels(model.lang);
  const header = [
    L.colPlan,
    ...model.columns.map((c) => columnLabel(c, model.budgetYear, model.partHeading, model.lang)),
  ];
  const lines = [header.map(field).join(';')];
  for (const plan of model.plans) {
    for (const row of planRows(plan))
      lines.push([plan.title, ...model.columns.map((c) => csvValue(row, c, model))].map(field).join(';'));
  }
  if (model.notStarted.length > 0) lines.push('', ...model.notStarted.map((p) => field(p.note)));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
