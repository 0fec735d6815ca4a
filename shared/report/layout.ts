// Column widths for the page formats (DOCX, PDF), from the content: no number, date or amount may ever break
// inside itself. Each column gets at least the width of its longest unbreakable token (a heading word, a code,
// anything with a digit in it), text columns at least a readable width, and short columns their whole text on
// one line when the page allows; long text wraps. When even the minimums do not fit the page, the report does not
// fit: the user chooses landscape or fewer columns (never broken numbers).
import { cellText } from './cells.ts';
import { columnChoiceLabel, columnLabel, REPORT_COLUMNS, type ReportColumn } from './columns.ts';
import { isFieldKey } from '../domain/measure-fields.ts';
import { groupingColumn, tableColumns, type ReportModel } from './model.ts';
import { textWidthPt } from './text-metrics.ts';

/** A4 with 2 cm margins on every side, as DOCX and PDF print it. */
export const PAGE_MM = { short: 210, long: 297, margin: 20 };
/** Table text sizes tried in turn: the largest at which every table fits is used. */
export const TABLE_FONT_STEPS_PT = [9, 8.5, 8];
/** Cell padding left and right (DOCX cell margins, PDF padding). */
export const CELL_PAD_PT = 4;
/** Room for the border and rounding. */
const CELL_SLACK_PT = 1;
const MM_PT = 72 / 25.4;

/** Columns whose values are codes or labels: none of their words may break. */
const WHOLE_WORDS = new Set<ReportColumn>(['number', 'owner', 'status', 'assessment', 'lastUpdated', 'budget']);
/** Free text gets at least this much room (but never more than its longest line needs). */
const READABLE_PT: Partial<Record<ReportColumn, number>> = { title: 80, comment: 80, part: 60 };
/** A word in free text longer than this may break (a web address, say); a token with a digit never does. */
const LONG_WORD_PT = 80;
/** A token with a digit in it is a number, date, amount or code, unbreakable, up to this many characters. */
const MAX_PROTECTED_CHARS = 24;

export function contentWidthPt(landscape: boolean): number {
  return ((landscape ? PAGE_MM.long : PAGE_MM.short) - 2 * PAGE_MM.margin) * MM_PT;
}

export interface TableLayout {
  columns: ReportColumn[];
  /** Width of each column in points; they add up to the page's content width. */
  widthsPt: number[];
  fits: boolean;
}

export interface ReportLayout extends TableLayout {
  /** The size of the tables' text, the same in every table of the report. */
  fontPt: number;
}

/** A column's widest texts at 1 pt: unbreakable tokens, words that may break if very long, whole lines. */
interface ColumnText {
  unbreakable: number;
  word: number;
  line: number;
}

/** Breaks happen only at spaces, tabs and line ends: no-break and narrow no-break spaces keep a token whole. */
const tokens = (text: string) => text.split(/[ \t\r\n]+/).filter(Boolean);

function columnText(model: ReportModel, column: ReportColumn): ColumnText {
  const out: ColumnText = { unbreakable: 0, word: 0, line: 0 };
  const take = (text: string, heading: boolean) => {
    for (const t of tokens(text)) {
      const w = textWidthPt(t, 1, heading);
      const whole = heading || WHOLE_WORDS.has(column) || (/\d/.test(t) && t.length <= MAX_PROTECTED_CHARS);
      if (whole) out.unbreakable = Math.max(out.unbreakable, w);
      else out.word = Math.max(out.word, w);
    }
    // A heading may wrap between its words («Ansvarlig / departement»): only the cells' lines ask for more room.
    if (heading) out.line = Math.max(out.line, out.unbreakable);
    else for (const line of text.split(/\r?\n/)) out.line = Math.max(out.line, textWidthPt(line.trim(), 1, false));
  };
  take(columnLabel(column, model.budgetYear, model.partHeading, model.lang), true);
  for (const plan of model.plans)
    for (const g of plan.groups) for (const r of g.rows) take(cellText(r, column, model.lang), false);
  return out;
}

/** Measures each column's text once per report; widths at any size follow by scaling. */
class Measured {
  private cache = new Map<ReportColumn, ColumnText>();
  private model: ReportModel;
  constructor(model: ReportModel) {
    this.model = model;
  }

  need(column: ReportColumn, fontPt: number): { min: number; max: number } {
    let t = this.cache.get(column);
    if (!t) this.cache.set(column, (t = columnText(this.model, column)));
    const extra = 2 * CELL_PAD_PT + CELL_SLACK_PT;
    const max = t.line * fontPt + extra;
    const tokens = Math.max(t.unbreakable * fontPt, Math.min(t.word * fontPt, LONG_WORD_PT)) + extra;
    const min = Math.max(tokens, Math.min(READABLE_PT[column] ?? 0, max));
    return { min, max: Math.max(min, max) };
  }
}

/**
 * Widths for columns that need at least `min` and at most `max` points each: every column its minimum; then room is
 * shared out like water poured over the columns, so short columns get their whole line and the long ones share what
 * is left equally; any room beyond every column's whole line goes to the columns in proportion to their text. When
 * even the minimums do not fit, the widths are proportional to them and `fits` is false.
 */
export function fitWidths(needs: readonly { min: number; max: number }[], available: number) {
  const sumMin = needs.reduce((a, n) => a + n.min, 0);
  const sumMax = needs.reduce((a, n) => a + n.max, 0);
  if (sumMin > available) return { widthsPt: needs.map((n) => (n.min / sumMin) * available), fits: false };
  if (sumMax <= available) {
    const extra = available - sumMax;
    return { widthsPt: needs.map((n) => n.max + (n.max / sumMax) * extra), fits: true };
  }
  const fill = (level: number) => needs.map((n) => Math.min(n.max, Math.max(n.min, level)));
  let lo = 0;
  let hi = Math.max(...needs.map((n) => n.max));
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (fill(mid).reduce((a, b) => a + b, 0) > available) hi = mid;
    else lo = mid;
  }
  const widths = fill(lo);
  // What the search leaves (a fraction of a point) goes to the last column, so the table spans the page.
  widths[widths.length - 1] += available - widths.reduce((a, b) => a + b, 0);
  return { widthsPt: widths, fits: true };
}

function layoutTable(m: Measured, columns: ReportColumn[], available: number, fontPt: number): TableLayout {
  return {
    columns,
    ...fitWidths(
      columns.map((c) => m.need(c, fontPt)),
      available,
    ),
  };
}

function layoutWith(m: Measured, model: ReportModel, landscape: boolean): ReportLayout {
  const available = contentWidthPt(landscape);
  const columns = tableColumns(model);
  let table: TableLayout | undefined;
  for (const fontPt of TABLE_FONT_STEPS_PT) {
    table = layoutTable(m, columns, available, fontPt);
    if (table.fits) return { ...table, fontPt };
  }
  return { ...table!, fontPt: TABLE_FONT_STEPS_PT.at(-1)! };
}

/** The column widths and text size of the report's tables, for its chosen orientation (or the other). */
export function reportLayout(model: ReportModel, landscape = model.landscape): ReportLayout {
  return layoutWith(new Measured(model), model, landscape);
}

export interface PageFit {
  fits: boolean;
  /** Whether the same columns would fit on landscape pages. */
  landscapeFits: boolean;
  /** Columns to leave out so that it fits in the chosen orientation (empty when it fits). */
  drop: ReportColumn[];
}

/** The columns a status table can best do without, first to last; the number and the title are never left out. */
const DROP_ORDER: ReportColumn[] = [
  // Columns the field registry adds (e.g. the contact person) go first.
  ...REPORT_COLUMNS.filter(
    (c) => !['number', 'title', 'part', 'owner', 'coOwners', 'agencies'].includes(c) && isFieldKey(c),
  ),
  'coOwners',
  'budget',
  'agencies',
  'part',
  'owner',
  'lastUpdated',
  'assessment',
  'comment',
  'status',
];

/** Whether the tables fit the chosen page, and if not, what would make them fit. */
export function pageFit(model: ReportModel): PageFit {
  const m = new Measured(model);
  if (layoutWith(m, model, model.landscape).fits) return { fits: true, landscapeFits: true, drop: [] };
  const landscapeFits = !model.landscape && layoutWith(m, model, true).fits;
  const shown = tableColumns(model).filter((c) => c !== groupingColumn(model.groupBy));
  const drop: ReportColumn[] = [];
  for (const c of DROP_ORDER.filter((d) => shown.includes(d))) {
    drop.push(c);
    if (layoutWith(m, { ...model, columns: model.columns.filter((k) => !drop.includes(k)) }, model.landscape).fits)
      break;
  }
  return { fits: false, landscapeFits, drop };
}

/** «Etat og Medansvarlig»: column names for a sentence. */
export function columnList(columns: ReportColumn[]): string {
  const names = columns.map((c) => columnChoiceLabel(c).replace(/ \(.*\)$/, ''));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** The one sentence that explains a table too wide for portrait pages, and the two ways out. */
export function tooWideMessage(model: ReportModel, fit: PageFit): string {
  const fewer = fit.drop.length > 0 ? `færre kolonner (for eksempel uten ${columnList(fit.drop)})` : 'færre kolonner';
  return fit.landscapeFits && !model.landscape
    ? `Kolonnene får ikke plass på stående sider uten at tall eller datoer deles: velg liggende sider eller ${fewer}.`
    : `Kolonnene får ikke plass på siden uten at tall eller datoer deles: velg ${fewer}.`;
}
