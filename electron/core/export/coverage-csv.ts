// The coverage table as CSV for Norwegian Excel: UTF-8 with BOM, ';' between fields, CRLF; one row per obligation and
// measure, as the XLSX's table sheet. Text that a spreadsheet would run as a formula is prefixed with '.
import { coverageText, flatRows, type CoverageReport } from '../../../shared/report/coverage.ts';
import { neutraliseFormula } from './neutralise.ts';

function field(text: string): string {
  const safe = neutraliseFormula(text);
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function coverageCsv(r: CoverageReport): string {
  const lines = [coverageText(r.lang).flatColumns, ...flatRows(r).map((row) => row.cells)].map((row) =>
    row.map(field).join(';'),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
