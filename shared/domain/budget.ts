// Budget rules shared by the core, the pages and the exports: an amount left empty is not 0 kr (it is left out of
// sums, and a sum of nothing given is empty too), and a second line for the same year and kap./post is most likely
// a duplicate, so the page asks before saving it, as it does for more spent than allocated and a year long after the
// measure's end. A line with nothing in it is refused, and amounts are read as Norwegians write them.
import { formatChapterPost, formatNok } from '../format/nb.ts';
import { CHAPTER_POST_MESSAGE, parseChapterPost } from './chapter-post.ts';
import type { BudgetLine } from './types.ts';

/** The sum of the amounts given; an empty amount is left out, and a sum of none is empty (null), not 0. */
export function sumGiven(amounts: readonly (number | null)[]): number | null {
  return amounts.reduce<number | null>((sum, a) => (a === null ? sum : (sum ?? 0) + a), null);
}

type LineKey = Pick<BudgetLine, 'year' | 'chapter' | 'post'>;

/** Another line of the measure with the same year and kap./post (both without kap./post counts as the same). */
export function sameYearAndChapter<L extends LineKey & { id: number }>(
  lines: readonly L[],
  candidate: LineKey,
  exceptId: number | null,
): L | null {
  return (
    lines.find(
      (l) =>
        l.id !== exceptId && l.year === candidate.year && l.chapter === candidate.chapter && l.post === candidate.post,
    ) ?? null
  );
}

/** The question asked before a second line for the same year and kap./post is saved. */
export function duplicateLineWarning(existing: BudgetLine): string {
  const cp = formatChapterPost(existing.chapter, existing.post);
  const amount = existing.allocatedNok === null ? 'uten beløp' : `${formatNok(existing.allocatedNok)} bevilget`;
  return (
    `Det finnes allerede en budsjettlinje for ${existing.year}${cp ? `, ${cp}` : ' uten kap./post'} (${amount}). ` +
    'To linjer for samme år og kap./post telles begge med i summene.'
  );
}

/**
 * The largest amount a budget line takes: 1 000 000 000 000 kr (1 000 milliarder, about half the whole state
 * budget). SQLite's integer column would hold far more, but the app adds amounts up in JavaScript, which is exact
 * only up to 2^53 (about 9 · 10^15): with this bound the sum of up to 9 000 lines is still exact.
 */
export const MAX_NOK = 1_000_000_000_000;

export const AMOUNT_TOO_LARGE_MESSAGE = `Beløpet er for stort: høyst ${formatNok(MAX_NOK)}.`;
export const AMOUNT_NEGATIVE_MESSAGE = 'Beløpet kan ikke være negativt.';
export const AMOUNT_WHOLE_MESSAGE = 'Beløpet må være hele kroner.';
const AMOUNT_GROUPS_MESSAGE = 'Skriv beløpet i hele kroner, for eksempel 1 000 000 eller 1.000.000.';
export const YEAR_DIGITS_MESSAGE = 'Skriv året med fire sifre, for eksempel 2025.';
/** The years the app takes anywhere (a budget line's, a measure's Startår and Sluttår): the API's `year` too. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
export const YEAR_TOO_EARLY_MESSAGE = `Året må være ${FIRST_YEAR} eller senere.`;
export const YEAR_TOO_LATE_MESSAGE = `Året må være ${LAST_YEAR} eller tidligere.`;
export const EMPTY_LINE_MESSAGE =
  'Linjen er tom. Fyll inn bevilget eller forbrukt beløp, kap./post, eller kryss av for «Innenfor gjeldende rammer».';

/**
 * An amount as typed: «1 200 000», «1.200.000» (dots between groups of three, as in «1.000.000 kr»), «1200000 kr»,
 * «1 200 000,-» and «1 200 000,00» (no øre, as an accountant writes whole kroner) → 1200000; empty → null (not
 * given); otherwise the message to show at the field. Input rounds read an answer's amounts with it too.
 */
export function parseNok(text: string): number | null | string {
  let s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr\.?$/i, '')
    .replace(/,(-|00)$/, '');
  if (s === '') return null;
  if (s.startsWith('-')) return AMOUNT_NEGATIVE_MESSAGE;
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (/^[\d.]+$/.test(s) && s.includes('.')) return AMOUNT_GROUPS_MESSAGE;
  if (!/^\d+$/.test(s)) return AMOUNT_WHOLE_MESSAGE;
  const n = Number(s);
  return n > MAX_NOK ? AMOUNT_TOO_LARGE_MESSAGE : n;
}

/** A budget line's values as `budget:add` takes them. */
export interface BudgetLineValues {
  year: number;
  allocatedNok: number | null;
  spentNok: number | null;
  chapterPost: string;
  withinExisting: boolean;
}

/** A budget line's form as typed. */
export interface BudgetLineText {
  year: string;
  allocated: string;
  spent: string;
  chapterPost: string;
  withinExisting: boolean;
}

/**
 * A line that says nothing: no amount, no kap./post and not «innenfor gjeldende rammer» (which alone says the year
 * is covered without new money, so it is not empty).
 */
export function isEmptyLine(v: {
  allocatedNok: number | null;
  spentNok: number | null;
  hasChapterPost: boolean;
  withinExisting: boolean;
}): boolean {
  return v.allocatedNok === null && v.spentNok === null && !v.hasChapterPost && !v.withinExisting;
}

/**
 * Every field of a typed line checked at once, with the core's words: either the values to save, or a message per
 * field (keys as the API names them). The page asks about a duplicate or an unusual line only once this is clean.
 */
export function readBudgetLine(
  f: BudgetLineText,
): { values: BudgetLineValues; errors?: undefined } | { values?: undefined; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const y = f.year.trim();
  const year = /^\d{4}$/.test(y) ? Number(y) : NaN;
  if (Number.isNaN(year)) errors.year = YEAR_DIGITS_MESSAGE;
  else if (year < FIRST_YEAR) errors.year = YEAR_TOO_EARLY_MESSAGE;
  else if (year > LAST_YEAR) errors.year = YEAR_TOO_LATE_MESSAGE;
  const allocated = parseNok(f.allocated);
  const spent = parseNok(f.spent);
  if (typeof allocated === 'string') errors.allocatedNok = allocated;
  if (typeof spent === 'string') errors.spentNok = spent;
  const cpText = f.chapterPost.trim();
  const cp = cpText === '' ? null : cpText.length > 40 ? null : parseChapterPost(cpText);
  if (cpText !== '' && cp === null) errors.chapterPost = CHAPTER_POST_MESSAGE;
  if (Object.keys(errors).length > 0) return { errors };
  const values: BudgetLineValues = {
    year,
    allocatedNok: allocated as number | null,
    spentNok: spent as number | null,
    chapterPost: f.chapterPost,
    withinExisting: f.withinExisting,
  };
  if (isEmptyLine({ ...values, hasChapterPost: cp !== null })) return { errors: { allocatedNok: EMPTY_LINE_MESSAGE } };
  return { values };
}

/** How many years after the measure's last year (Sluttår) a budget line's year makes the page ask. */
export const YEARS_AFTER_END_ASKED = 2;

export interface BudgetLineWarning {
  /** The field the warning is about (where focus goes when the user goes back to change the line). */
  field: 'year' | 'spentNok';
  title: string;
  text: string;
}

/**
 * What is allowed but unusual about a line, asked before it is saved: more spent than allocated, and a year well
 * after the measure's Sluttår (two years or more: spending in the year after the end is common). For a line being
 * changed (`before`), only what the change brings is asked about again.
 */
export function budgetLineWarnings(
  v: Pick<BudgetLineValues, 'year' | 'allocatedNok' | 'spentNok'>,
  measure: { endYear: number | null },
  before: Pick<BudgetLineValues, 'year' | 'allocatedNok' | 'spentNok'> | null = null,
): BudgetLineWarning[] {
  const out: BudgetLineWarning[] = [];
  const over = (x: typeof v) => x.allocatedNok !== null && x.spentNok !== null && x.spentNok > x.allocatedNok;
  if (over(v) && !(before && over(before) && before.allocatedNok === v.allocatedNok && before.spentNok === v.spentNok))
    out.push({
      field: 'spentNok',
      title: 'Mer forbrukt enn bevilget – lagre likevel?',
      text: `Forbrukt (${formatNok(v.spentNok)}) er mer enn bevilget (${formatNok(v.allocatedNok)}) for ${v.year}.`,
    });
  const { endYear } = measure;
  if (endYear !== null && v.year - endYear >= YEARS_AFTER_END_ASKED && !(before && before.year === v.year))
    out.push({
      field: 'year',
      title: 'Året er lenge etter tiltakets sluttår – lagre likevel?',
      text: `${v.year} er ${v.year - endYear} år etter tiltakets sluttår (${endYear}).`,
    });
  return out;
}
