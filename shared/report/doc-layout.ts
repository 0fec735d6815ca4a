// Column widths for a report document's tables on the page (DOCX and PDF), measured from their content as the status
// tables are (layout.ts): a code, number, date or amount never breaks, free text wraps and gets a readable width.
// Every table of a document uses the same text size: the largest step at which they all fit.
import type { DocColumn, DocModel, DocTable } from './document.ts';
import { CELL_PAD_PT, contentWidthPt, fitWidths, TABLE_FONT_STEPS_PT } from './layout.ts';
import { textWidthPt } from './text-metrics.ts';

const READABLE_PT = 80;
const WIDE_READABLE_PT = 140;
const LONG_WORD_PT = 80;
const MAX_PROTECTED_CHARS = 24;
const EXTRA_PT = 2 * CELL_PAD_PT + 1;

interface ColumnText {
  unbreakable: number;
  word: number;
  line: number;
}

const tokens = (text: string) => text.split(/[ \t\r\n]+/).filter(Boolean);

function measure(table: DocTable): ColumnText[] {
  return table.columns.map((col, i) => {
    const out: ColumnText = { unbreakable: 0, word: 0, line: 0 };
    for (const t of tokens(col.label)) out.unbreakable = Math.max(out.unbreakable, textWidthPt(t, 1, true));
    out.line = out.unbreakable;
    for (const row of table.rows) {
      const text = row.cells[i]?.text ?? '';
      const bold = row.total === true;
      // A date, amount or duration is one piece, spaces and all («13 September 2025», «NOK 37,689,000»); names and
      // lists in a code column («JD, HOD», «Ikke startet») may break at their spaces.
      if (col.kind !== 'text')
        for (const line of text.split(/\r?\n/).map((l) => l.trim()))
          for (const piece of line.length <= MAX_PROTECTED_CHARS && /\d/.test(line) ? [line] : tokens(line))
            out.unbreakable = Math.max(out.unbreakable, textWidthPt(piece, 1, bold));
      else
        for (const t of tokens(text)) {
          const w = textWidthPt(t, 1, bold);
          if (/\d/.test(t) && t.length <= MAX_PROTECTED_CHARS) out.unbreakable = Math.max(out.unbreakable, w);
          else out.word = Math.max(out.word, w);
        }
      for (const line of text.split(/\r?\n/)) out.line = Math.max(out.line, textWidthPt(line.trim(), 1, bold));
    }
    return out;
  });
}

/**
 * How generous a pass is: titles and comments at their wide minimum; then every word whole, with the short text
 * columns (status, change) as narrow as their longest word; and only then a word longer than 80 pt may break.
 */
interface Pass {
  wide: boolean;
  longWordPt: number;
  /** Whether a text column that is not `wide` gets the readable minimum (else its longest word is enough). */
  narrowReadable: boolean;
}
const PASSES: Pass[] = [
  { wide: true, longWordPt: Infinity, narrowReadable: true },
  { wide: false, longWordPt: Infinity, narrowReadable: false },
  { wide: false, longWordPt: LONG_WORD_PT, narrowReadable: true },
];

function readableMinimum(col: DocColumn, pass: Pass): number {
  if (col.kind !== 'text') return 0;
  if (col.wide) return pass.wide ? WIDE_READABLE_PT : READABLE_PT;
  return pass.narrowReadable ? READABLE_PT : 0;
}

function needs(texts: ColumnText[], table: DocTable, fontPt: number, pass: Pass) {
  return texts.map((t, i) => {
    const max = t.line * fontPt + EXTRA_PT;
    const tokens = Math.max(t.unbreakable * fontPt, Math.min(t.word * fontPt, pass.longWordPt)) + EXTRA_PT;
    const col = table.columns[i];
    const readable = readableMinimum(col, pass);
    const min = Math.max(tokens, Math.min(readable, max));
    return { min, max: Math.max(min, max) };
  });
}

export interface DocLayout {
  /** The size of every table's text. */
  fontPt: number;
  /** Column widths in points for each table, in the order of `docTables`. */
  widthsPt: number[][];
  /** Whether every table fits without breaking a code, number or date. */
  fits: boolean;
}

/** The column widths and text size of a document's tables on its pages (and, with `landscape`, on the other). */
export function docLayout(doc: DocModel, landscape = doc.landscape): DocLayout {
  const tables = doc.blocks.filter((b): b is DocTable => b.kind === 'table');
  // Tables of one layout group are measured as one (their rows together), so they line up on the page.
  const groups = new Map<string, DocTable>();
  const groupOf = tables.map((t, i) => {
    const key = t.layoutGroup ? `g:${t.layoutGroup}:${t.columns.map((c) => c.label).join('|')}` : `t:${i}`;
    const g = groups.get(key);
    groups.set(key, g ? { ...g, rows: [...g.rows, ...t.rows] } : t);
    return key;
  });
  const keys = [...groups.keys()];
  const measured = new Map(keys.map((k) => [k, measure(groups.get(k)!)]));
  const available = contentWidthPt(landscape);
  let fitted = new Map<string, ReturnType<typeof fitWidths>>();
  const fit = (k: string, fontPt: number, pass: Pass) =>
    fitWidths(needs(measured.get(k)!, groups.get(k)!, fontPt, pass), available);
  // Each text size in turn, first giving titles and comments their wide minimum, then keeping every word whole (a
  // smaller text beats «opplæringsprogra-m» in a title), and only then letting a word longer than 80 pt break.
  // The size is the document's; the pass is each table's own: the most generous one it fits at that size, so one
  // crowded table does not break the words of every other.
  for (const [p, pass] of PASSES.entries())
    for (const fontPt of TABLE_FONT_STEPS_PT) {
      fitted = new Map(
        keys.map((k) => {
          const generous = PASSES.slice(0, p).map((q) => fit(k, fontPt, q));
          return [k, generous.find((f) => f.fits) ?? fit(k, fontPt, pass)];
        }),
      );
      if ([...fitted.values()].every((f) => f.fits))
        return { fontPt, widthsPt: groupOf.map((k) => fitted.get(k)!.widthsPt), fits: true };
    }
  return {
    fontPt: TABLE_FONT_STEPS_PT.at(-1)!,
    widthsPt: groupOf.map((k) => fitted.get(k)!.widthsPt),
    fits: false,
  };
}

/** The one sentence for tables too wide for the page: the way out is landscape pages or fewer columns. */
export function docTooWideMessage(doc: DocModel): string | null {
  if (docLayout(doc).fits) return null;
  return !doc.landscape && docLayout(doc, true).fits
    ? 'Tabellene får ikke plass på stående sider uten at tall eller ord deles: ' +
        'velg liggende sider eller færre kolonner.'
    : 'Tabellene får ikke plass på siden uten at tall eller ord deles: velg færre kolonner eller færre perioder.';
}
