// "Fyll inn titler": pasted text → titles for some or all of a plan's measures, and the preview shown before saving.
// Shared so the page's preview and the core's rules say the same thing in the same words.
import { MAX_TITLE_LENGTH } from '../api/schemas.ts';
import { placeholderTitle } from './vocabulary.ts';

export interface TitleLine {
  /** The line as pasted (trimmed). */
  raw: string;
  /** What will be saved: the line without a numbering prefix that matches its position. */
  title: string;
}

/** A measure's number before its title: "3. ", "3) ", "3: ", "3 - ", "3<TAB>", "Tiltak 3: ", "Tiltak 3 – ". */
const NUMBERED = /^(?:tiltak\s+)?(\d{1,4})(?:\s*[.:)]\s*|\s+[-–—]\s+|\t+)(.*)$/iu;

/** The line without its numbering, when the number is measure `number`'s. */
function stripNumbering(line: string, number: string): string {
  const m = NUMBERED.exec(line);
  return m && m[1] === number && m[2].trim() !== '' ? m[2].trim() : line;
}

/** Lines of pasted text; a spreadsheet's quoted cell (a line break or tab inside it) stays one cell. */
function splitRows(text: string, cells: boolean): string[][] {
  if (!cells) return text.split(/\r\n|\r|\n/).map((l) => [l]);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim()));
}

/** Pasted text as rows of cells: spreadsheet rows (tabs between cells) are split into their cells. */
export interface PastedRows {
  rows: string[][];
  /** Cells per row (the widest row); 1 for plain lines. */
  columns: number;
}

export function pastedRows(text: string): PastedRows {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  // Rows from a spreadsheet: the first line and most others have tabs (a quoted cell's own line breaks may not).
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  const cells = lines.length > 0 && lines[0].includes('\t') && tabbed * 2 >= lines.length;
  const rows = splitRows(text, cells);
  while (rows.length > 0 && rows[0].every((c) => c === '')) rows.shift();
  while (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop();
  return { rows, columns: Math.max(1, ...rows.map((r) => r.length)) };
}

/** The column that holds titles: the one with the longest texts that are not just numbers (a «Nr.» column). */
export function guessTitleColumn(p: PastedRows): number {
  let best = 0;
  let bestScore = -1;
  for (let c = 0; c < p.columns; c++) {
    const texts = p.rows.map((r) => r[c] ?? '').filter((t) => t !== '' && !/^\d+[.)]?$/.test(t));
    const score = texts.reduce((n, t) => n + t.length, 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * One line per measure. Blank lines before the first and after the last title are ignored; a blank line in
 * between keeps that measure's title. `numbers` are the plan's measure numbers in order. Rows pasted from a
 * spreadsheet give the cell of `column` (default: the column that looks like titles).
 */
export function parseTitleLines(text: string, numbers: readonly string[] = [], column?: number): TitleLine[] {
  const p = pastedRows(text);
  return linesOf(p, titleColumnOf(p, column), numbers);
}

/** Every pasted row in order, row i as the line of the i-th measure. */
function linesOf(p: PastedRows, column: number, numbers: readonly string[]): TitleLine[] {
  return p.rows.map((r, i) => lineOf(p, column, r, numbers[i] ?? String(i + 1)));
}

/** The column holding the titles: the one chosen, else the likeliest; 0 for plain lines. */
function titleColumnOf(p: PastedRows, column?: number): number {
  return p.columns > 1 ? (column ?? guessTitleColumn(p)) : 0;
}

/** A pasted row as the title line of measure `number`. */
function lineOf(p: PastedRows, column: number, row: string[], number: string): TitleLine {
  const raw = p.columns > 1 ? (row[column] ?? '') : row[0].trim();
  return { raw, title: stripNumbering(raw, number) };
}

/**
 * The pasted rows by the measure number each names, when every row names one of the plan's measures, each once: by a
 * numbering prefix on a plain line («16. …»), or, for spreadsheet rows, by a column of numbers beside the titles (a
 * «Nr.» column; a heading row above it is left out). Then a few titles can be pasted for the measures they belong
 * to. Null otherwise: the rows go to the measures in order.
 */
function rowsByNumber(p: PastedRows, titleColumn: number, numbers: readonly string[]): Map<string, string[]> | null {
  const known = new Set(numbers);
  const filled = p.rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  const byCells = (cells: string[], rows: string[][]) => {
    if (cells.length === 0 || !cells.every((n) => known.has(n)) || new Set(cells).size !== cells.length) return null;
    // Numbered 1, 2, 3 … from the first measure is the order by position anyway.
    if (rows.length === filled.length && cells.every((n, i) => n === numbers[i])) return null;
    return new Map(cells.map((n, i) => [n, rows[i]]));
  };
  if (p.columns === 1)
    return byCells(
      filled.map((r) => NUMBERED.exec(r[0].trim())?.[1] ?? ''),
      filled,
    );
  for (let c = 0; c < p.columns; c++) {
    if (c === titleColumn) continue;
    const numberOf = (r: string[]) => (r[c] ?? '').replace(/[.)]$/, '');
    const rows = filled.length > 1 && !/^\d+$/.test(numberOf(filled[0])) ? filled.slice(1) : filled;
    if (rows.every((r) => /^\d{1,4}$/.test(numberOf(r)))) return byCells(rows.map(numberOf), rows);
  }
  return null;
}

export function lineCountMessage(lines: number, measures: number): string | null {
  if (lines <= measures) return null;
  return (
    `Du har limt inn ${lines} linjer, men planen har ${measures} tiltak. ` +
    'Skriv én tittel per linje, i nummerrekkefølge.'
  );
}

export function titleProblem(title: string): string | null {
  const t = title.trim();
  if (t === '') return 'Tittelen kan ikke være tom.';
  if (t.length > MAX_TITLE_LENGTH)
    return `Tittelen kan ikke være lengre enn ${MAX_TITLE_LENGTH} tegn (den har ${t.length}).`;
  return null;
}

export interface TitleTarget {
  id: number;
  number: string;
  title: string;
  titlePending: boolean;
  version: number;
}

export interface TitlePreviewRow {
  measureId: number;
  number: string;
  oldTitle: string;
  oldPending: boolean;
  /** Null when there is no line (or a blank one) for this measure: it keeps its title. */
  newTitle: string | null;
  /** The measure already has a real title and this line would replace it with another. */
  overwrites: boolean;
  unchanged: boolean;
  /** The line is the placeholder «Tiltak N»: the title stays (or becomes) «ikke fylt inn». */
  stillPending: boolean;
  problem: string | null;
}

export interface TitlePreview {
  rows: TitlePreviewRow[];
  /** Lines beyond the plan's measures. */
  extraLines: TitleLine[];
  /** The rows were placed by the measure number each one names, not by their order. */
  byNumber: boolean;
  /** Measures that get a line (the others keep their titles). */
  given: number;
  countMessage: string | null;
  /** True when saving would be accepted (as far as the preview knows). */
  ok: boolean;
}

export function buildTitlePreview(measures: readonly TitleTarget[], text: string, column?: number): TitlePreview {
  const numbers = measures.map((m) => m.number);
  const p = pastedRows(text);
  const c = titleColumnOf(p, column);
  const byNumber = rowsByNumber(p, c, numbers);
  let lines: (TitleLine | null)[];
  let extraLines: TitleLine[] = [];
  if (byNumber) {
    lines = measures.map((m) => {
      const r = byNumber.get(m.number);
      return r ? lineOf(p, c, r, m.number) : null;
    });
  } else {
    const parsed = linesOf(p, c, numbers);
    lines = parsed.slice(0, measures.length);
    extraLines = parsed.slice(measures.length);
  }
  const rows = measures.map((m, i): TitlePreviewRow => {
    // No line, or a blank one: the measure keeps the title it has.
    const newTitle = lines[i]?.title || null;
    // «Tiltak N» left as it is fills nothing in (as in the measure's own edit): the measure stays unfilled.
    const placeholder = newTitle === placeholderTitle(m.number);
    const unchanged = newTitle !== null && newTitle === m.title && (!m.titlePending || placeholder);
    return {
      measureId: m.id,
      number: m.number,
      oldTitle: m.title,
      oldPending: m.titlePending,
      newTitle,
      overwrites: newTitle !== null && !m.titlePending && newTitle !== m.title,
      unchanged,
      stillPending: placeholder,
      problem: newTitle === null ? null : titleProblem(newTitle),
    };
  });
  const given = rows.filter((r) => r.newTitle !== null).length;
  const countMessage = byNumber ? null : lineCountMessage(lines.length + extraLines.length, measures.length);
  return {
    rows,
    extraLines,
    byNumber: byNumber !== null,
    given,
    countMessage,
    ok: given > 0 && countMessage === null && rows.every((r) => r.problem === null),
  };
}
