// A report document as XLSX: a first sheet with the title and facts, then one sheet per table with typed cells
// (numbers as numbers), a frozen header, an autofilter, and assessment cells with the same light fill and pattern as
// in Word and the PDF. Text is written as written; text that looks like a formula gets Excel's Text format and its
// quote prefix (xlsx-quote-prefix.ts), as the status table's XLSX does.
import ExcelJS from 'exceljs';
import type { PatternId } from '../../../shared/charts/palette.ts';
import { labels } from '../../../shared/i18n/index.ts';
import { docTables, type DocModel, type DocTable } from '../../../shared/report/document.ts';
import { TONE_STYLE } from '../../../shared/report/tones.ts';
import { FORMULA_START, xmlSafe } from './neutralise.ts';
import { withQuotePrefix } from './xlsx-quote-prefix.ts';

const PATTERN_FILL: Record<PatternId, ExcelJS.FillPatterns> = {
  none: 'solid',
  stripes: 'lightUp',
  cross: 'lightTrellis',
  dots: 'gray125',
  grid: 'lightGrid',
  hatch: 'lightDown',
};

/** `text` in at most `n` characters, cut at a word where one is near, never ending in a space. */
function cutAtWord(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).trim();
}

/** A sheet name from a caption: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(caption: string, taken: Set<string>): string {
  const clean = caption
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const base = cutAtWord(clean, 31) || 'Tabell';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${cutAtWord(clean, 26)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

function widthOf(t: DocTable, i: number): number {
  const longest = Math.max(
    t.columns[i].label.length,
    ...t.rows.slice(0, 500).map((r) => Math.max(...(r.cells[i]?.text ?? '').split('\n').map((l) => l.length))),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

function tableSheet(wb: ExcelJS.Workbook, t: DocTable, name: string, landscape: boolean): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  ws.columns = t.columns.map((_, i) => ({ width: widthOf(t, i) }));
  const header = ws.addRow(t.columns.map((c) => c.label));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of t.rows) {
    const row = ws.addRow(r.cells.map((c) => (c.value !== undefined ? c.value : xmlSafe(c.text) || null)));
    if (r.total) row.font = { bold: true };
    r.cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const wraps = t.columns[i].kind === 'text';
      cell.alignment = {
        vertical: 'top',
        wrapText: wraps,
        horizontal: t.columns[i].kind === 'number' ? 'right' : 'left',
      };
      // An amount as the edition writes it: «1 234 kr» in bokmål, «NOK 1,234» in English.
      if (typeof cell.value === 'number' && /kr|NOK/.test(c.text))
        cell.numFmt = c.text.startsWith('NOK') ? '"NOK" #,##0' : '#,##0 "kr"';
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
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: t.columns.length } };
}

export async function documentXlsx(doc: DocModel): Promise<Uint8Array> {
  const L = labels(doc.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiltaksporteføljen';
  wb.created = new Date(doc.generatedAt);
  wb.title = doc.title;
  const about = wb.addWorksheet(doc.lang === 'en' ? 'About' : 'Om rapporten');
  about.columns = [{ width: 22 }, { width: 100 }];
  const taken = new Set([about.name.toLowerCase()]);
  for (const b of doc.blocks) {
    if (b.kind === 'title') {
      about.addRow([b.text]).font = { bold: true, size: 14 };
      if (b.subtitle) about.addRow([b.subtitle]);
      about.addRow([]);
    } else if (b.kind === 'facts') {
      for (const f of b.rows) {
        const r = about.addRow([f.label, f.value]);
        r.getCell(1).font = { bold: true };
        if (f.emphasis) r.getCell(2).font = { bold: true, color: { argb: 'FF9C2B00' } };
      }
    } else if (b.kind === 'paragraph') about.addRow(['', xmlSafe(b.text)]).getCell(2).alignment = { wrapText: true };
  }
  about.addRow([]);
  about.addRow([L.table, docTables(doc).length ? '' : L.noMeasures]).getCell(1).font = { bold: true };
  for (const t of docTables(doc)) {
    const name = sheetName(t.caption, taken);
    about.addRow(['', `${name}: ${t.caption}`]);
    tableSheet(wb, t, name, doc.landscape);
  }
  return withQuotePrefix(new Uint8Array(await wb.xlsx.writeBuffer()));
}
