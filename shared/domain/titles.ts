// "Fyll inn titler": pasted text → one title per measure, and the preview shown before saving.
// Shared so the page's preview and the core's rules say the same thing in the same words.
import { MAX_TITLE_LENGTH } from '../api/schemas.ts';

export interface TitleLine {
  /** The line as pasted (trimmed). */
  raw: string;
  /** What will be saved: the line without a numbering prefix that matches its position. */
  title: string;
}

/** "3. ", "3) ", "3: ", "3 - ", "3<TAB>", "Tiltak 3: ", "Tiltak 3 – " at the start of the line for measure 3. */
function stripNumbering(line: string, number: string): string {
  const m = /^(?:tiltak\s+)?(\d{1,4})(?:\s*[.:)]\s*|\s+[-–—]\s+|\t+)(.*)$/iu.exec(line);
  return m && m[1] === number && m[2].trim() !== '' ? m[2].trim() : line;
}

/**
 * One line per measure. Blank lines before the first and after the last title are ignored; a blank line in
 * between stays (and is refused as an empty title). `numbers` are the plan's measure numbers in order.
 */
export function parseTitleLines(text: string, numbers: readonly string[] = []): TitleLine[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.map((raw, i) => ({ raw, title: stripNumbering(raw, numbers[i] ?? String(i + 1)) }));
}

export function lineCountMessage(lines: number, measures: number): string | null {
  if (lines === measures) return null;
  const l = lines === 1 ? '1 linje' : `${lines} linjer`;
  return `Du har limt inn ${l}, men planen har ${measures} tiltak. Skriv én tittel per linje, i nummerrekkefølge.`;
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
  /** Null when there is no line for this measure. */
  newTitle: string | null;
  /** The measure already has a real title and this line would replace it with another. */
  overwrites: boolean;
  unchanged: boolean;
  problem: string | null;
}

export interface TitlePreview {
  rows: TitlePreviewRow[];
  /** Lines beyond the plan's measures. */
  extraLines: TitleLine[];
  countMessage: string | null;
  /** True when saving would be accepted (as far as the preview knows). */
  ok: boolean;
}

export function buildTitlePreview(measures: readonly TitleTarget[], text: string): TitlePreview {
  const lines = parseTitleLines(
    text,
    measures.map((m) => m.number),
  );
  const rows = measures.map((m, i): TitlePreviewRow => {
    const newTitle = lines[i]?.title ?? null;
    const unchanged = newTitle !== null && newTitle === m.title && !m.titlePending;
    return {
      measureId: m.id,
      number: m.number,
      oldTitle: m.title,
      oldPending: m.titlePending,
      newTitle,
      overwrites: newTitle !== null && !m.titlePending && newTitle !== m.title,
      unchanged,
      problem: newTitle === null ? null : titleProblem(newTitle),
    };
  });
  const countMessage = lines.length === 0 ? null : lineCountMessage(lines.length, measures.length);
  return {
    rows,
    extraLines: lines.slice(measures.length),
    countMessage,
    ok: lines.length > 0 && countMessage === null && rows.every((r) => r.problem === null),
  };
}
