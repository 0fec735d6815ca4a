// A measure's Startår and Sluttår far after its plan's period are almost always typos (2099 for 2029). The core
// accepts them (a plan may be extended, a measure may run on); the page asks before saving one, as it does for a
// budget line long after the measure's end, and an input round's review says it as a note on such a change.
import type { Plan } from './types.ts';

/** How many years after the plan's last year a measure's year makes the page ask. */
export const YEARS_AFTER_PLAN_ASKED = 5;
/** For a plan without an end year (the 2016 plan): how many years after this year a measure's year makes it ask. */
export const YEARS_AFTER_NOW_ASKED = 10;

export interface PlanPeriod {
  first: number | null;
  /** Null when the plan has no end year: the reference gives none for the 2016 plan. */
  last: number | null;
}

/**
 * A plan's years, from its title or short name («Nasjonal strategi mot menneskehandel (2025–2030)» → 2025–2030);
 * a plan whose title names no span starts the year it was published and has no end year.
 */
export function planPeriod(plan: Pick<Plan, 'title' | 'shortName' | 'startDate' | 'published'>): PlanPeriod {
  for (const s of [plan.title, plan.shortName]) {
    const m = /\b(\d{4})\s*[–-]\s*(\d{4})\b/.exec(s);
    if (m && Number(m[2]) >= Number(m[1])) return { first: Number(m[1]), last: Number(m[2]) };
  }
  const start = (plan.startDate ?? plan.published)?.slice(0, 4);
  return { first: start && /^\d{4}$/.test(start) ? Number(start) : null, last: null };
}

export interface MeasureYearWarning {
  /** The field the question is about: where focus goes when the user chooses to change the year. */
  field: 'startYear' | 'endYear';
  title: string;
  /** Why it asks; the page adds «Lagre likevel?» once after all of them. */
  text: string;
}

const LABELS = { startYear: 'Startår', endYear: 'Sluttår' } as const;

/**
 * The years about to be saved (only those changed; null clears one) that lie far after the plan: more than
 * YEARS_AFTER_PLAN_ASKED years after its last year, or, for a plan without an end year, more than
 * YEARS_AFTER_NOW_ASKED years after `thisYear`.
 */
export function measureYearWarnings(
  changes: { startYear?: number | null; endYear?: number | null },
  plan: Pick<Plan, 'title' | 'shortName' | 'startDate' | 'published'> | undefined,
  thisYear: number,
): MeasureYearWarning[] {
  const period = plan ? planPeriod(plan) : { first: null, last: null };
  return (['startYear', 'endYear'] as const)
    .map((field) => {
      const year = changes[field];
      return year === undefined || year === null ? null : measureYearWarning(field, year, period, thisYear);
    })
    .filter((w) => w !== null);
}

/** One year's warning against its plan's period (see measureYearWarnings), or null when it is not far after it. */
export function measureYearWarning(
  field: MeasureYearWarning['field'],
  year: number,
  period: PlanPeriod,
  thisYear: number,
): MeasureYearWarning | null {
  const label = LABELS[field];
  if (period.last !== null) {
    if (year - period.last <= YEARS_AFTER_PLAN_ASKED) return null;
    const span = period.first !== null ? `${period.first}–${period.last}` : `til ${period.last}`;
    return {
      field,
      title: `${label} lenge etter planperioden`,
      text: `${label} ${year} er ${year - period.last} år etter planperioden (${span}).`,
    };
  }
  if (year - thisYear <= YEARS_AFTER_NOW_ASKED) return null;
  return {
    field,
    title: `${label} langt fram i tid`,
    text: `${label} ${year} er ${year - thisYear} år etter i år (${thisYear}), og planen har ikke noe sluttår.`,
  };
}

/** The page's one question for the warnings: its title, its text, and the field to go back to (the first). */
export function measureYearQuestion(
  warnings: readonly MeasureYearWarning[],
): { title: string; text: string; field: MeasureYearWarning['field'] } | null {
  if (warnings.length === 0) return null;
  const title = warnings.length === 1 ? warnings[0].title : warnings[0].title.replace(/^Startår/, 'Startår og sluttår');
  return { title, text: `${warnings.map((w) => w.text).join(' ')} Lagre likevel?`, field: warnings[0].field };
}
