// Budget rules shared by the core, the pages and the exports: an amount left empty is not 0 kr (it is left out of
// sums, and a sum of nothing given is empty too), and a second line for the same year and kap./post is most likely
// a duplicate, so the page asks before saving it.
import { formatChapterPost, formatNok } from '../format/nb.ts';
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
