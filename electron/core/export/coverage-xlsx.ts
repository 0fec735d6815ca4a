// The coverage table as XLSX: a sheet saying what the file is and the count per coverage class, then one row per
// obligation and measure (an obligation without measures gets one row), with a frozen header row and an autofilter.
// Text is written as written: a cell that looks like a formula gets Excel's Text format and quote prefix (as the
// register's XLSX), so it stays text.
import ExcelJS from 'exceljs';
import { COVERAGE_TINT } from '../../../shared/charts/palette.ts';
import { labels } from '../../../shared/i18n/index.ts';
import {
  coverageText,
  datasetLabel,
  explanation,
  FLAT_COLUMNS,
  flatRows,
  plansText,
  summaryRows,
  whenText,
  type CoverageReport,
  type FlatColumn,
} from '../../../shared/report/coverage.ts';
import { excelDate } from './excel-dates.ts';
import { FORMULA_START, xmlSafe } from './neutralise.ts';
import { withQuotePrefix } from './xlsx-quote-prefix.ts';

/** Column widths by column, wide enough for either edition's heading. */
const WIDTHS: Record<FlatColumn, number> = {
  code: 9,
  text: 50,
  textNote: 24,
  source: 20,
  sourceRef: 40,
  strength: 24,
  coverage: 26,
  plan: 22,
  number: 11,
  measure: 40,
  status: 22,
  assessment: 24,
  linkNote: 40,
};
const WRAPPED = new Set<FlatColumn>([
  'text',
  'textNote',
  'source',
  'sourceRef',
  'strength',
  'coverage',
  'measure',
  'linkNote',
]);

/** Wrapped rows get a height from their line count: LibreOffice does not grow rows exceljs writes without one. */
function rowHeight(texts: string[]): number {
  const lines = Math.max(
    1,
    ...texts.map((t, i) => {
      const col = FLAT_COLUMNS[i];
      return WRAPPED.has(col) ? Math.ceil((t.length * 1.1) / (WIDTHS[col] - 1)) : 1;
    }),
  );
  return 15 * Math.min(lines, 20);
}

function aboutSheet(wb: ExcelJS.Workbook, r: CoverageReport): void {
  const L = labels(r.lang);
  const C = L.coverage;
  const ws = wb.addWorksheet(C.aboutSheet);
  ws.columns = [{ width: 46 }, { width: 100 }];
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.addRow([`${r.title} ${whenText(r)}`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const facts: [string, ExcelJS.CellValue, string?][] = [
    [L.asOf, excelDate(r.asOf), C.excelDate],
    [L.dataset, datasetLabel(r)],
    [L.plans, plansText(r)],
    [C.tableShows, explanation(r)],
  ];
  for (const [label, value, numFmt] of facts) {
    const row = ws.addRow([label, value]);
    if (typeof value === 'string') row.height = 15 * Math.max(1, Math.ceil((value.length * 1.1) / 99));
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true, vertical: 'top' };
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
  if (r.dataset === 'example') ws.getCell('B4').font = { bold: true, color: { argb: 'FF9C2B00' } };
  ws.addRow([]);
  const head = ws.addRow([C.colCoverage, C.colObligations]);
  head.font = { bold: true };
  for (const [label, n] of summaryRows(r)) ws.addRow([label, n]).getCell(2).alignment = { horizontal: 'left' };
}

function tableSheet(wb: ExcelJS.Workbook, r: CoverageReport): void {
  const C = coverageText(r.lang);
  const ws = wb.addWorksheet(C.tableSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = FLAT_COLUMNS.map((c) => ({ key: c, width: WIDTHS[c] }));
  const header = ws.addRow([...C.flatColumns]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    c.border = { bottom: { style: 'thin' } };
  });
  const coverageColumn = FLAT_COLUMNS.indexOf('coverage') + 1;
  for (const { coverage, cells: texts } of flatRows(r)) {
    const row = ws.addRow(
      texts.map((t, i) => {
        const safe = xmlSafe(t);
        if (safe === '') return null;
        return FLAT_COLUMNS[i] === 'number' && /^\d+$/.test(safe) ? Number(safe) : safe;
      }),
    );
    row.height = rowHeight(texts);
    row.eachCell((c, col) => {
      c.alignment = { vertical: 'top', wrapText: WRAPPED.has(FLAT_COLUMNS[col - 1]), horizontal: 'left' };
      if (typeof c.value === 'string' && FORMULA_START.test(c.value)) c.numFmt = '@';
    });
    row.getCell(coverageColumn).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${COVERAGE_TINT[coverage].slice(1)}` },
    };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: FLAT_COLUMNS.length } };
}

export async function coverageXlsx(r: CoverageReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiltaksporteføljen';
  wb.created = new Date(r.generatedAt);
  wb.title = r.title;
  aboutSheet(wb, r);
  tableSheet(wb, r);
  return withQuotePrefix(new Uint8Array(await wb.xlsx.writeBuffer()));
}
