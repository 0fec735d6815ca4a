// A report document as XLSX: a first sheet «Innhold» with the title, the facts (a day or a moment as an Excel date)
// and the sheets with what each holds, then the tables: each on the sheet the document gives it (a short name in the
// document's language, its full caption as the first row; the tables of one sheet as one list, each row led by its
// plan and part), or on one of its own named from its caption. Typed cells (numbers as numbers, dates as dates, months
// and amounts with a format that says them in words; a text that ends in a date, «Pågår · Gul (01.10.2025)», as the
// text and the date in two columns, where the document says so), a frozen header, an autofilter, and
// assessment cells with the same light fill and pattern as in Word and the PDF. Text is written as written; text
// that looks like a formula gets Excel's Text format and its quote prefix (xlsx-quote-prefix.ts), as the status
// table's XLSX does.
import ExcelJS from 'exceljs';
import type { PatternId } from '../../../shared/charts/palette.ts';
import { labels, type Lang } from '../../../shared/i18n/index.ts';
import {
  docTables,
  type DocCell,
  type DocColumn,
  type DocModel,
  type DocRow,
  type DocTable,
} from '../../../shared/report/document.ts';
import { TONE_STYLE } from '../../../shared/report/tones.ts';
import { excelDate, excelLocalDateTime } from './excel-dates.ts';
import { FORMULA_START, xmlSafe } from './neutralise.ts';
import { withQuotePrefix } from './xlsx-quote-prefix.ts';
import { xlsxTextWidth } from './xlsx-widths.ts';
import { sheetName } from './xlsx-sheet-names.ts';

const PATTERN_FILL: Record<PatternId, ExcelJS.FillPatterns> = {
  none: 'solid',
  stripes: 'lightUp',
  cross: 'lightTrellis',
  dots: 'gray125',
  grid: 'lightGrid',
  hatch: 'lightDown',
};

/** Tables that share a sheet (the pack's: every plan's deviations), in the document's order; others get one each. */
interface Sheet {
  name: string;
  /** The first row, when the sheet has a short name: what it holds, in full. */
  title?: string;
  tables: DocTable[];
}

/**
 * A table as the workbook writes it: a column with `sheetColumns` becomes those columns and each of its cells its
 * `split` («Pågår · Gul (01.10.2025)» is the status in one and the date as a date in the next), so the parts sort and
 * filter by their type. A cell without parts stays whole in the first.
 */
function forWorkbook(t: DocTable): DocTable {
  if (!t.columns.some((c) => c.sheetColumns)) return t;
  const parts = (c: DocCell, n: number): DocCell[] => {
    if (n === 1) return [c];
    const given = c.split ?? [c];
    return Array.from({ length: n }, (_, i) => given[i] ?? { text: '' });
  };
  return {
    ...t,
    columns: t.columns.flatMap((c) => c.sheetColumns ?? [c]),
    rows: t.rows.map((r) => ({
      ...r,
      cells: r.cells.flatMap((c, i) => parts(c, t.columns[i]?.sheetColumns?.length ?? 1)),
    })),
  };
}

function sheetsOf(doc: DocModel, taken: Set<string>): Sheet[] {
  const sheets: Sheet[] = [];
  const named = new Map<string, Sheet>();
  for (const t of docTables(doc).map(forWorkbook)) {
    const known = t.sheet && named.get(t.sheet.name);
    if (known) known.tables.push(t);
    else if (t.sheet) {
      const sheet = { name: sheetName(t.sheet.name, taken), title: t.sheet.title, tables: [t] };
      named.set(t.sheet.name, sheet);
      sheets.push(sheet);
    } else sheets.push({ name: sheetName(t.caption, taken), tables: [t] });
  }
  return sheets;
}

/** A column's header: its label, or each label it has in the sheet's tables («Hoveddel / Innsatsområde»). */
const joined = (labels: string[]) => [...new Set(labels)].join(' / ');

function valueOf(c: DocCell): ExcelJS.CellValue {
  if (c.date) return excelDate(c.date);
  if (c.dateTime) return excelLocalDateTime(new Date(c.dateTime));
  if (c.value !== undefined) return c.value;
  return xmlSafe(c.text) || null;
}

function formatOf(c: DocCell, lang: Lang): string | undefined {
  const S = labels(lang).sheets;
  if (c.date) return S.dateFormat;
  if (c.dateTime) return S.dateTimeFormat;
  if (c.value === undefined) return undefined;
  if (c.unit === 'nok') return S.nokFormat;
  if (c.unit === 'months') return S.monthsFormat;
  return undefined;
}

const longestLine = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

/**
 * A row's height from an estimate of its wrapped lines (as the status table's XLSX): LibreOffice does not grow rows
 * exceljs writes without one, and wrapped text would run over the next row. A column is at least as wide as its
 * longest line up to 60 characters, so a text wraps only when it is longer than its column.
 */
function rowHeight(texts: string[], widths: number[], wraps: boolean[]): number {
  const lines = texts.map((t, i) =>
    !wraps[i] ? 1 : t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (widths[i] - 1))), 0),
  );
  return 15 * Math.min(Math.max(1, ...lines), 20);
}

/**
 * A column that does not wrap (numbers, amounts, dates, codes): as wide as its widest cell, every row measured, so
 * no value is ever shown as «###». The header wraps between its words, so only its longest word counts.
 */
function oneLineWidth(column: DocColumn, i: number, rows: DocRow[]): number {
  const indent = column.kind === 'number';
  const headerWord = Math.max(0, ...column.label.split(/\s+/).map((w) => xlsxTextWidth(w, { bold: true })));
  return Math.max(8, headerWord, ...rows.map((r) => xlsxTextWidth(r.cells[i]?.text ?? '', { bold: r.total, indent })));
}

function tableSheet(wb: ExcelJS.Workbook, sheet: Sheet, lang: Lang, landscape: boolean): void {
  const first = sheet.tables[0];
  const leads = first.sheet?.lead?.length ?? 0;
  const columns: DocColumn[] = [
    ...Array.from({ length: leads }, (_, i): DocColumn => ({
      label: joined(sheet.tables.map((t) => t.sheet?.lead?.[i]?.label ?? '')),
      kind: 'text',
    })),
    ...first.columns.map((c, i) => ({ ...c, label: joined(sheet.tables.map((t) => t.columns[i]?.label ?? c.label)) })),
  ];
  const rows = sheet.tables.flatMap((t) =>
    t.rows.map((r): DocRow => ({ ...r, cells: [...(t.sheet?.lead ?? []).map((l) => l.cell), ...r.cells] })),
  );
  const head = sheet.title ? 2 : 1;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: head }],
    pageSetup: {
      orientation: landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${head}:${head}`,
    },
  });
  const wraps = columns.map((c) => c.kind === 'text');
  const widths = columns.map((c, i) =>
    wraps[i]
      ? Math.min(
          60,
          Math.max(
            8,
            longestLine(c.label) + 2,
            ...rows.slice(0, 500).map((r) => longestLine(r.cells[i]?.text ?? '') + 2),
          ),
        )
      : oneLineWidth(c, i, rows),
  );
  ws.columns = widths.map((width) => ({ width }));
  if (sheet.title) ws.addRow([xmlSafe(sheet.title)]).font = { bold: true, size: 12 };
  const header = ws.addRow(columns.map((c) => c.label));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = rowHeight(
    columns.map((c) => c.label),
    widths,
    columns.map(() => true),
  );
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of rows) {
    const row = ws.addRow(r.cells.map(valueOf));
    row.height = rowHeight(
      r.cells.map((c) => c.text),
      widths,
      wraps,
    );
    if (r.total) row.font = { bold: true };
    r.cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = {
        vertical: 'top',
        wrapText: wraps[i],
        horizontal: columns[i].kind === 'number' ? 'right' : 'left',
        indent: columns[i].kind === 'number' ? 1 : 0,
      };
      const numFmt = formatOf(c, lang);
      if (numFmt) cell.numFmt = numFmt;
      if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
      const tone = c.tone ? TONE_STYLE[c.tone] : undefined;
      if (tone)
        cell.fill = {
          type: 'pattern',
          pattern: PATTERN_FILL[tone.pattern],
          fgColor: { argb: `FF${tone.pattern === 'none' ? tone.fill : tone.mark}` },
          bgColor: { argb: `FF${tone.fill}` },
        };
    });
  }
  ws.autoFilter = {
    from: { row: head, column: 1 },
    to: { row: Math.max(head, ws.rowCount), column: columns.length },
  };
}

/** The first sheet's columns: a label or a sheet's name, then its text. */
const CONTENTS_WIDTHS = [30, 100];

export async function documentXlsx(doc: DocModel): Promise<Uint8Array> {
  const L = labels(doc.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiltaksporteføljen';
  wb.created = new Date(doc.generatedAt);
  wb.title = doc.title;
  const contents = wb.addWorksheet(L.sheets.contents, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  contents.columns = CONTENTS_WIDTHS.map((width) => ({ width }));
  const taken = new Set([contents.name.toLowerCase()]);
  for (const b of doc.blocks) {
    if (b.kind === 'title') {
      contents.addRow([b.text]).font = { bold: true, size: 14 };
      if (b.subtitle) contents.addRow([b.subtitle]);
      contents.addRow([]);
    } else if (b.kind === 'facts') {
      for (const f of b.rows) {
        const value = f.date
          ? excelDate(f.date)
          : f.dateTime
            ? excelLocalDateTime(new Date(f.dateTime))
            : xmlSafe(f.value);
        const r = contents.addRow([f.label, value]);
        r.getCell(1).font = { bold: true };
        r.getCell(2).alignment = { horizontal: 'left' };
        if (f.date) r.getCell(2).numFmt = L.sheets.longDateFormat;
        else if (f.dateTime) r.getCell(2).numFmt = L.sheets.dateTimeFormat;
        if (f.emphasis) r.getCell(2).font = { bold: true, color: { argb: 'FF9C2B00' } };
      }
    } else if (b.kind === 'paragraph') {
      const r = contents.addRow(['', xmlSafe(b.text)]);
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      r.height = rowHeight(['', b.text], CONTENTS_WIDTHS, [false, true]);
    }
  }
  contents.addRow([]);
  const sheets = sheetsOf(doc, taken);
  contents.addRow([L.sheets.contentsHeading, sheets.length ? '' : L.noMeasures]).getCell(1).font = { bold: true };
  // Each sheet by its name, with what it holds in full: its title, or its table's caption.
  for (const sheet of sheets) {
    contents.addRow([sheet.name, xmlSafe(sheet.title ?? sheet.tables[0].caption)]);
    tableSheet(wb, sheet, doc.lang, doc.landscape);
  }
  return withQuotePrefix(new Uint8Array(await wb.xlsx.writeBuffer()));
}
