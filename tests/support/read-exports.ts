// Independent readers for exported files: jszip + the raw WordprocessingML for DOCX, exceljs for XLSX,
// a small RFC 4180 parser for CSV, and poppler's pdftotext for PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Text of one XML fragment: every <w:t>, paragraphs joined by newlines. */
function wordText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(''))
    .filter((_, i, all) => i < all.length - 1 || all.length === 1)
    .join('\n');
}

export interface DocxContent {
  xml: string;
  /** Each table as rows of cell texts; header rows included. */
  tables: { headerRows: number; rows: string[][] }[];
  /** Paragraph texts outside tables, in order. */
  paragraphs: string[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)];
    return {
      headerRows: rows.filter((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/.test(r[1])).length,
      rows: rows.map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => wordText(c[1]))),
    };
  });
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => wordText(p[0]))
    .filter((t) => t !== '');
  return { xml, tables, paragraphs };
}

/** The images a DOCX carries (word/media/…), by file name. */
export async function readDocxMedia(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files).filter((f) => f.name.startsWith('word/media/')))
    out.set(f.name.slice('word/media/'.length), await f.async('uint8array'));
  return out;
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

/** RFC 4180 with ';' as separator. Returns rows of fields. */
/** A worksheet's rows from column 1 to its last column: each cell's value (null when empty) and number format. */
export function sheetRows(ws: ExcelJS.Worksheet): { values: unknown[]; formats: (string | undefined)[] }[] {
  const out: { values: unknown[]; formats: (string | undefined)[] }[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const n = ws.columnCount;
    out.push({
      values: Array.from({ length: n }, (_, i) => row.getCell(i + 1).value ?? null),
      formats: Array.from({ length: n }, (_, i) => row.getCell(i + 1).numFmt),
    });
  });
  return out;
}

/** A workbook date (a calendar day stored at UTC midnight) as the bokmål documents write it, «31.08.2025». */
export const ddmmyyyy = (d: Date) =>
  [d.getUTCDate(), d.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${d.getUTCFullYear()}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The same as the English documents write it, «31 Aug 2025». */
export const dMmmYyyy = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

export function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** `read` given the PDF as a file in a folder of its own, which is removed after (poppler reads files). */
function withPdfFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields (Pages, Tagged, …) and each page's text (pdftotext -layout, one page at a time). */
export function pdfPages(bytes: Uint8Array): { info: Record<string, string>; pages: string[] } {
  return withPdfFile(bytes, (file) => {
    const info = Object.fromEntries(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' })
        .split('\n')
        .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [m[1], m[2].trim()]),
    );
    const pages = Array.from({ length: Number(info.Pages) }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
    );
    return { info, pages };
  });
}

export function pdfText(bytes: Uint8Array): string {
  return withPdfFile(bytes, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

/** The words at the foot of a PDF page (the lowest 40 pt) with their boxes in points, from pdftotext -bbox. */
export function pdfFooterWords(bytes: Uint8Array, page: number): PdfWord[] {
  const p = String(page);
  const xml = withPdfFile(bytes, (file) =>
    execFileSync('pdftotext', ['-bbox', '-f', p, '-l', p, file, '-'], { encoding: 'utf8' }),
  );
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xml)![1]);
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)];
  return words
    .map((m) => ({ text: m[4], xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) }))
    .filter((w) => w.yMin > height - 40);
}
