// What an answer file says, once identified: the form it was made from (round, recipient, each measure's versions
// and the values its open cells were filled with) and each row's open cells by column key. Identification never
// looks at the file's name: the hidden «Skjemadata» sheet names the round and the recipient, and the checksum of the
// locked cells must match.
import { parsePeriod, periodEnd } from '../../../shared/domain/periods.ts';
import { ADDED_COLUMNS, FORM_FORMAT, formColumns, cellText, type CellValue } from '../../../shared/domain/rounds.ts';
import { formChecksum, type LockedRow } from './checksum.ts';
import type { ParsedWorkbook } from './answer-worker.ts';
import { RefusedFile } from './answer-zip.ts';

export interface FormMeasure {
  id: number;
  version: number;
  statusId: number | null;
  /** Budget lines at form time: id, version, spent (null: none given). */
  budget: [number, number, number | null][];
  contactName: string;
  contactEmail: string;
  /** The years the open cells were filled with ('' when none, and in a form made before the form had them). */
  startYear: string;
  endYear: string;
}

export interface AnswerRowContent {
  measureId: number;
  /** Spreadsheet row number. */
  row: number;
  /** Open cells by column key; locked ones as they were when the form was made (for a conflict). */
  cells: Record<string, CellValue>;
  formulas: string[];
}

export interface AnswerContent {
  roundUid: string;
  recipientId: number;
  madeAt: string;
  budgetYear: number;
  reporter: string | null;
  measures: FormMeasure[];
  rows: AnswerRowContent[];
}

export const NOT_OUR_FORM =
  'Filen er ikke et skjema fra en innspillsrunde i Tiltaksporteføljen. Bruk skjemaet du fikk tilsendt.';

/** The meta sheet's values; refuses a workbook that is not our form. */
export function readMeta(p: ParsedWorkbook): {
  uid: string;
  recipientId: number;
  recipientAbbrev: string;
  period: string;
  madeAt: string;
  budgetYear: number;
  budgetLines: number;
  checksum: string;
  measures: FormMeasure[];
} {
  const rows = p.meta ?? [];
  const get = (k: string) => cellText(rows.find((r) => r[0] === k)?.[1] ?? null);
  if (!p.meta || get('format') !== FORM_FORMAT) throw new RefusedFile(NOT_OUR_FORM);
  const measures: FormMeasure[] = [];
  for (const r of rows.filter((x) => x[0] === 'measure')) {
    let budget: [number, number, number | null][];
    try {
      budget = JSON.parse(cellText(r[4] ?? null) || '[]') as [number, number, number | null][];
    } catch {
      throw new RefusedFile(NOT_OUR_FORM);
    }
    measures.push({
      id: Number(r[1]),
      version: Number(r[2]),
      statusId: cellText(r[3] ?? null) === '' ? null : Number(r[3]),
      budget,
      contactName: cellText(r[5] ?? null),
      contactEmail: cellText(r[6] ?? null),
      startYear: cellText(r[7] ?? null),
      endYear: cellText(r[8] ?? null),
    });
  }
  return {
    uid: get('round'),
    recipientId: Number(get('recipient')),
    recipientAbbrev: get('recipientAbbrev'),
    period: get('period'),
    madeAt: get('madeAt'),
    budgetYear: Number(get('budgetYear')),
    budgetLines: Number(get('budgetLines')),
    checksum: get('checksum'),
    measures,
  };
}

/** The answer's rows by column key, after the checksum of the locked cells is verified with the round's secret. */
export function answerContent(p: ParsedWorkbook, meta: ReturnType<typeof readMeta>, secret: string): AnswerContent {
  // A past period's form names its status columns by the period's last day («Status per 31.08.2026»).
  const period = parsePeriod(meta.period);
  const atEnd = period ? formColumns(meta.budgetLines, meta.budgetYear, periodEnd(period)) : null;
  const cols =
    atEnd && p.headers.includes(atEnd.find((c) => c.key === 'status')!.header)
      ? atEnd
      : formColumns(meta.budgetLines, meta.budgetYear);
  const keyOf = new Map(cols.map((c) => [c.header, c]));
  const missing = cols
    .filter((c) => !p.headers.includes(c.header) && !ADDED_COLUMNS.has(c.key))
    .map((c) => `«${c.header}»`);
  const changed =
    'Skjemaet er endret, så svaret kan ikke leses inn: ' +
    'be om at svarene skrives inn i et nytt, uendret skjema fra runden.';
  if (missing.length) throw new RefusedFile(`Kolonnene ${missing.join(', ')} mangler i skjemaet. ${changed}`);
  const rows: AnswerRowContent[] = [];
  const locked: LockedRow[] = [];
  const seen = new Set<number>();
  for (const r of p.rows) {
    const cells: Record<string, CellValue> = {};
    const lockedCells: Record<string, string> = {};
    for (const [header, value] of Object.entries(r.cells)) {
      const col = keyOf.get(header);
      if (!col) continue;
      if (col.locked) lockedCells[col.key] = cellText(value);
      cells[col.key] = value;
    }
    const empty = Object.values(cells).every((v) => cellText(v) === '');
    if (empty) continue;
    const id = Number(lockedCells.id);
    if (!Number.isInteger(id) || !meta.measures.some((m) => m.id === id) || seen.has(id))
      throw new RefusedFile(`Rad ${r.row} er lagt til eller endret i de låste kolonnene. ${changed}`);
    seen.add(id);
    for (const c of cols) if (c.locked) lockedCells[c.key] ??= '';
    locked.push({ measureId: id, locked: lockedCells });
    rows.push({
      measureId: id,
      row: r.row,
      cells,
      formulas: r.formulas.map((h) => keyOf.get(h)?.key ?? h),
    });
  }
  if (seen.size !== meta.measures.length)
    throw new RefusedFile(`Rader er slettet fra skjemaet (${meta.measures.length - seen.size}). ${changed}`);
  if (formChecksum(secret, { uid: meta.uid, recipientId: meta.recipientId }, locked) !== meta.checksum)
    throw new RefusedFile(
      'Låste celler i skjemaet er endret (for eksempel tittel eller nåværende status), så svaret kan ikke leses ' +
        'inn. Be om at svarene skrives inn i et nytt, uendret skjema fra runden.',
    );
  const reporter = rows.map((r) => cellText(r.cells.reporter ?? null)).find((t) => t !== '') ?? null;
  return {
    roundUid: meta.uid,
    recipientId: meta.recipientId,
    madeAt: meta.madeAt,
    budgetYear: meta.budgetYear,
    reporter,
    measures: meta.measures,
    rows,
  };
}
