// Runs in a worker_threads Worker with a heap cap and a time limit (answer-reader.ts): the returned file is checked
// (answer-zip.ts) and then read with exceljs' streaming reader, so a hostile file can exhaust only this worker.
// It hands back plain values: the meta sheet's rows and the form sheet's rows by column heading.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { FORM_SHEET, META_SHEET, type CellValue } from '../../../shared/domain/round-sheets.ts';
import { checkWorkbookFile, RefusedFile, worksheetParts } from './answer-zip.ts';
import { useUtf8SafeParser } from './parse-sax-utf8.ts';

// Only exceljs' streaming reader, not the whole library: the worker starts in about half the time. Its XML parser is
// replaced first by one that decodes UTF-8 across chunk boundaries (parse-sax-utf8.ts).
useUtf8SafeParser();
const WorkbookReader = createRequire(import.meta.url)(
  'exceljs/lib/stream/xlsx/workbook-reader.js',
) as typeof ExcelJS.stream.xlsx.WorkbookReader;

export interface ParsedRow {
  /** The spreadsheet's row number. */
  row: number;
  cells: Record<string, CellValue>;
  /** Headings of the cells that held a formula (their value is taken as text). */
  formulas: string[];
}

export interface ParsedWorkbook {
  sheetNames: string[];
  meta: CellValue[][] | null;
  headers: string[];
  rows: ParsedRow[];
}

export type WorkerAnswer = { ok: true; parsed: ParsedWorkbook } | { ok: false; message: string };

/** More rows than any form has: the rest is not read. */
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;
const MAX_TEXT = 100_000;

function plain(v: unknown): { value: CellValue; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'string') return { value: v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v, formula: false };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: false };
  if (v instanceof Date)
    return { value: Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) }, formula: false };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return { value: (o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''), formula: false };
  if ('formula' in o || 'sharedFormula' in o) {
    const r = plain(o.result);
    const text = r.value === null ? `=${String(o.formula ?? o.sharedFormula ?? '')}` : r.value;
    return { value: typeof text === 'object' ? text : String(text), formula: true };
  }
  if ('text' in o) return plain(o.text);
  if ('error' in o) return { value: String(o.error), formula: false };
  return { value: null, formula: false };
}

/** exceljs' reader ended before it had read every part the zip lists (see readWorkbook). */
class IncompleteRead extends Error {}

export async function parseWorkbook(buf: Buffer): Promise<ParsedWorkbook> {
  const names = new Set(checkWorkbookFile(buf).map((e) => e.name));
  const reader = new WorkbookReader(Readable.from([buf]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const partsRead = new Set<string>();
  // The reader is an EventEmitter; exceljs' types leave that out.
  (reader as unknown as NodeJS.EventEmitter).on('entry', (e: { type: string }) => partsRead.add(e.type));
  const out: ParsedWorkbook = { sheetNames: [], meta: null, headers: [], rows: [] };
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? '';
    out.sheetNames.push(name);
    const isForm = name === FORM_SHEET;
    const isMeta = name === META_SHEET;
    if (isMeta) out.meta = [];
    let count = 0;
    for await (const row of sheet) {
      if (++count > MAX_ROWS)
        throw new RefusedFile(`Arket «${name}» har over ${MAX_ROWS} rader; skjemaet har én rad per tiltak.`);
      if (!isForm && !isMeta) continue;
      const values = (row.values as unknown[]).slice(1, MAX_COLUMNS + 1);
      if (isMeta) {
        out.meta!.push(values.map((v) => plain(v).value));
        continue;
      }
      if (row.number === 1) {
        out.headers = values.map((v) => String(plain(v).value ?? '').trim());
        continue;
      }
      const cells: Record<string, CellValue> = {};
      const formulas: string[] = [];
      out.headers.forEach((h, i) => {
        if (!h) return;
        const p = plain(values[i]);
        cells[h] = p.value;
        if (p.formula) formulas.push(h);
      });
      out.rows.push({ row: row.number, cells, formulas });
    }
  }
  if (
    !partsRead.has('workbook') ||
    (names.has('xl/sharedStrings.xml') && !partsRead.has('shared-strings')) ||
    out.sheetNames.length !== worksheetParts(names).length
  )
    throw new IncompleteRead();
  return out;
}

// exceljs' streaming unzip now and then ends the list of a zip's parts early on a busy machine (seen in about 1 of
// 60–90 reads of the same good form at load 5–7: the parts after the theme never came, so the workbook part was
// missing and the form read as damaged). The same bytes read the same way every time they are read whole, so a file
// is called damaged only when a second read fails too.
async function readWorkbook(buf: Buffer): Promise<ParsedWorkbook> {
  try {
    return await parseWorkbook(buf);
  } catch (err) {
    if (err instanceof RefusedFile) throw err;
    return parseWorkbook(buf);
  }
}

function answer(port: NonNullable<typeof parentPort>, bytes: Uint8Array): void {
  readWorkbook(Buffer.from(bytes))
    .then((parsed) => port.postMessage({ ok: true, parsed } satisfies WorkerAnswer))
    .catch((err: unknown) =>
      port.postMessage({
        ok: false,
        message:
          err instanceof RefusedFile
            ? err.message
            : 'Filen kunne ikke leses som en Excel-arbeidsbok (den kan være skadet). ' +
              'Åpne den i Excel, lagre som .xlsx og prøv igjen.',
      } satisfies WorkerAnswer),
    );
}

// One file per worker: given with the worker's start, or (a worker started ahead, its reader already loaded) as the
// one message it takes.
if (parentPort && workerData?.kind === 'parse-answer') {
  const port = parentPort;
  if (workerData.bytes) answer(port, workerData.bytes as Uint8Array);
  else port.once('message', (bytes: Uint8Array) => answer(port, bytes));
}
