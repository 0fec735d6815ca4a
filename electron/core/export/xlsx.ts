// XLSX: a first sheet saying what the file is, then one sheet per plan with typed cells (numbers as
// numbers, dates as dates, no value where there is nothing), a frozen header row, an autofilter and widths that
// fit the content. Text is written as written: an XLSX string cell is never a formula, and text that looks like
// one (= + - @) gets the Text number format, so editing the cell in Excel keeps it text.
// Rows are streamed (exceljs' WorkbookWriter): each row is written out as it is made, so 10 000 measures take the
// memory of a few rows and the file's bytes, not of every cell's object at once.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { partWordTitle } from '../../../shared/domain/plans.ts';
import { assessmentLabel, formatDateIn, labels, planNameIn, type Lang } from '../../../shared/i18n/index.ts';
import { cellText, datasetText, groupByText } from '../../../shared/report/cells.ts';
import { columnLabel, type ReportColumn } from '../../../shared/report/columns.ts';
import { planRows, type ReportModel, type ReportRow } from '../../../shared/report/model.ts';
import { excelDate, excelLocalDateTime } from './excel-dates.ts';
import { FORMULA_START, xmlSafe } from './neutralise.ts';
import { withQuotePrefix } from './xlsx-quote-prefix.ts';
import { xlsxTextWidth } from './xlsx-widths.ts';
import { sheetName } from './xlsx-sheet-names.ts';

/** Column widths in characters; a column the field registry adds gets a middle width. */
const WIDTH: Partial<Record<ReportColumn, number>> = {
  number: 6,
  title: 50,
  part: 30,
  owner: 14,
  coOwners: 16,
  agencies: 24,
  status: 13,
  assessment: 24,
  comment: 50,
  lastUpdated: 14,
  budget: 18,
};
const widthOf = (c: ReportColumn) => WIDTH[c] ?? 24;
const WRAPPED = new Set<ReportColumn>(['title', 'part', 'coOwners', 'agencies', 'comment']);
/** Excel's Text format: what is typed into the cell stays text, even «=…». */
const TEXT_FORMAT = '@';
/** A light fill beside the words (colour is an extra, never the only cue). */
const ASSESSMENT_FILL: Partial<Record<string, string>> = { gronn: 'FFD9F2DF', gul: 'FFFFF2C2', rod: 'FFF9D6D5' };

/**
 * Wrapped rows get an explicit height from an estimate of their line count: LibreOffice does not grow
 * rows that exceljs writes without one, and text would overlap the next row.
 */
function rowHeight(texts: string[], cols: ReportColumn[], wrapAll = false): number {
  const lines = Math.max(
    1,
    ...texts.map((t, i) =>
      !wrapAll && !WRAPPED.has(cols[i])
        ? 1
        : t
            .split('\n')
            .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / (widthOf(cols[i]) - 1))), 0),
    ),
  );
  return 15 * Math.min(lines, 20);
}

/** A text cell's value: the text as written (less characters XML cannot hold), or no value when empty. */
function text(s: string): string | null {
  const safe = xmlSafe(s);
  return safe === '' ? null : safe;
}

function cellValue(row: ReportRow, c: ReportColumn, model: ReportModel): ExcelJS.CellValue {
  switch (c) {
    case 'number':
      return /^\d+$/.test(row.number) ? Number(row.number) : text(row.number);
    case 'lastUpdated':
      return row.lastUpdated ? excelDate(row.lastUpdated) : null;
    case 'budget':
      if (!row.budget) return null;
      return row.budget.allocatedNok === 0 && row.budget.withinExisting
        ? labels(model.lang).withinExisting
        : row.budget.allocatedNok;
    case 'status':
      return cellText(row, c, model.lang);
    case 'assessment':
      return assessmentLabel(row.assessment, model.lang);
    default:
      return text(cellText(row, c, model.lang));
  }
}

/** Columns whose values never wrap: amounts and dates are «###» in a column narrower than they are. */
const ONE_LINE = new Set<ReportColumn>(['lastUpdated', 'budget']);

/** A column's width on a plan's sheet: its usual width, or more when an amount or a date needs it. */
function widthIn(c: ReportColumn, plan: ReportModel['plans'][number], model: ReportModel): number {
  if (!ONE_LINE.has(c)) return widthOf(c);
  return Math.max(widthOf(c), ...planRows(plan).map((row) => xlsxTextWidth(cellText(row, c, model.lang))));
}

/** A plan's sheet, named from its code («Handlingsplan 2016»): at most 31 characters, cut at a word, unique. */
function planSheetName(planCode: string, taken: Set<string>, lang: Lang): string {
  const m = /^(.*?)-(\d{4}(?:-\d{4})?)$/.exec(planCode);
  const name = m ? `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)} ${m[2].replace('-', '–')}` : planCode;
  return sheetName(planNameIn(name, lang), taken);
}

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

function aboutSheet(wb: Writer, model: ReportModel): void {
  // Page setup at creation: the streaming writer derives «fit to page» from it there.
  const L = labels(model.lang);
  const T = L.statusTable;
  const S = L.sheets;
  const ws = wb.addWorksheet(T.aboutSheet, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 18 }, { width: 100 }];
  const title = ws.addRow([model.title]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  const rows: [string, ExcelJS.CellValue, string?][] = [
    [L.asOf, excelDate(model.asOf), S.longDateFormat],
    [L.dataset, datasetText(model.dataset, model.lang)],
    [L.madeAt, excelLocalDateTime(new Date(model.generatedAt)), S.dateTimeFormat],
    [L.plans, model.plans.map((p) => p.title).join('; ') || T.none],
    [T.groupedBy, groupByText(model.groupBy, model.partHeading, model.lang)],
    [T.tablesShow, T.sheetShows(formatDateIn(model.asOf, model.lang))],
    // A plan that had not started by the as-of date has no sheet: said here.
    ...model.notStarted.map((p): [string, ExcelJS.CellValue] => [T.leftOut, p.note]),
  ];
  for (const [label, value, numFmt] of rows) {
    const r = ws.addRow([label, value]);
    r.getCell(1).font = { bold: true };
    r.getCell(2).alignment = { horizontal: 'left' };
    if (numFmt) r.getCell(2).numFmt = numFmt;
  }
  if (model.dataset === 'example') ws.getCell('B4').font = { bold: true, color: { argb: 'FF9C2B00' } };
  ws.commit();
}

function planSheet(wb: Writer, model: ReportModel, plan: ReportModel['plans'][number], name: string): void {
  const cols = model.columns;
  const L = labels(model.lang);
  const perDate = L.perDate(formatDateIn(model.asOf, model.lang));
  const heading = (c: ReportColumn) => columnLabel(c, model.budgetYear, partWordTitle(plan), model.lang);
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: model.landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `&L${plan.title.replaceAll('&', '&&')} – ${perDate}&R${datasetText(model.dataset, model.lang)}`,
      oddFooter: `&R${L.page} &P ${L.of} &N`,
    },
  });
  ws.columns = cols.map((c) => ({ key: c, width: widthIn(c, plan, model) }));
  const header = ws.addRow(cols.map(heading));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = rowHeight(cols.map(heading), cols, true);
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  let rows = 1;
  for (const row of planRows(plan)) {
    const r = ws.addRow(cols.map((c) => cellValue(row, c, model)));
    r.height = rowHeight(
      cols.map((c) => cellText(row, c, model.lang)),
      cols,
    );
    cols.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      cell.alignment = { vertical: 'top', wrapText: WRAPPED.has(c), horizontal: c === 'number' ? 'left' : undefined };
      if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = TEXT_FORMAT;
      if (c === 'lastUpdated') cell.numFmt = L.sheets.dateFormat;
      if (c === 'budget') cell.numFmt = L.sheets.nokFormat;
      if (c === 'assessment' && ASSESSMENT_FILL[row.assessment]) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ASSESSMENT_FILL[row.assessment]! } };
      }
    });
    r.commit();
    rows++;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: cols.length } };
  ws.commit();
}

export async function reportXlsx(model: ReportModel): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Tiltaksporteføljen';
  wb.created = new Date(model.generatedAt);
  (wb as unknown as { title: string }).title = model.title;
  aboutSheet(wb, model);
  const taken = new Set<string>([labels(model.lang).statusTable.aboutSheet.toLowerCase()]);
  for (const plan of model.plans) planSheet(wb, model, plan, planSheetName(plan.code, taken, model.lang));
  await wb.commit();
  return withQuotePrefix(new Uint8Array(Buffer.concat(chunks)));
}
