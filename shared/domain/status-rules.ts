// The rules that keep published figures honest, shared by the core (which enforces them), the pages (which say
// them at the field before asking the core) and the CLI (which prints them): a measure exists from its plan's
// start; a status update is dated within its plan's life and not in the future; some status/assessment pairs are
// unlikely enough to ask for a second look; an as-of date far outside the plans' lives deserves a warning.
import { formatDate } from '../format/nb.ts';
import type { Plan } from './types.ts';
import { ASSESSMENT_SHORT, STATUS_LABELS, type AssessmentCode, type StatusCode } from './vocabulary.ts';

type PlanStart = Pick<Plan, 'startDate'>;

/** A plan's measures exist (are counted, listed, charted and reported) on `asOf` only from its start. */
export function planStartedBy(plan: PlanStart, asOf: string): boolean {
  return plan.startDate === null || plan.startDate <= asOf;
}

/** Why a report as of `asOf` leaves a plan out: one sentence, the same in every format. */
export function planNotStartedNote(plan: Pick<Plan, 'title' | 'startDate'>, asOf: string): string {
  return (
    `${plan.title} er ikke med: planen startet ${formatDate(plan.startDate)}, ` +
    `etter datoen rapporten gjelder for (${formatDate(asOf)}).`
  );
}

export const FUTURE_DATE_MESSAGE = 'Datoen kan ikke være frem i tid.';

/** What is wrong with a status update's date, or null: never before the plan's start, never after today. */
export function statusDateProblem(date: string, plan: PlanStart, today: string): string | null {
  if (plan.startDate !== null && date < plan.startDate)
    return `Datoen kan ikke være før planen startet (${formatDate(plan.startDate)}).`;
  if (date > today) return FUTURE_DATE_MESSAGE;
  return null;
}

/**
 * A status and an assessment that rarely belong together: a measure stopped (avbrutt) is no longer on track, at
 * risk or late, and one completed (fullført) is no longer at risk or late. Allowed, but the user confirms in the
 * app and the CLI prints this warning. Null for a usual pair.
 */
export function unlikelyPairWarning(status: StatusCode, assessment: AssessmentCode): string | null {
  const pair = `«${STATUS_LABELS[status]}» med vurderingen «${ASSESSMENT_SHORT[assessment]}»`;
  if (status === 'avbrutt' && assessment !== 'ikke-vurdert')
    return `${pair} er uvanlig: et avbrutt tiltak er verken på sporet, i risiko eller forsinket.`;
  if (status === 'fullfort' && (assessment === 'gul' || assessment === 'rod'))
    return `${pair} er uvanlig: gul og rød betyr risiko eller forsinkelse, og tiltaket er fullført.`;
  return null;
}

/** The date a year after `today` (ISO): as-of dates beyond it are most likely a typing error. */
function aYearAfter(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
}

/**
 * A warning for an as-of date that is allowed but unlikely to be meant: before the first plan's start (the report
 * would be empty), or more than a year ahead (it would only show today's status). Null otherwise.
 */
export function asOfWarning(asOf: string, plans: readonly PlanStart[], today: string): string | null {
  const starts = plans.map((p) => p.startDate).filter((d): d is string => d !== null);
  const first = starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : null;
  if (first !== null && asOf < first)
    return (
      `Datoen ${formatDate(asOf)} er før den første planen startet (${formatDate(first)}): ` +
      'ingen tiltak fantes da, så tabellene blir tomme.'
    );
  if (asOf > aYearAfter(today))
    return (
      `Datoen ${formatDate(asOf)} er mer enn ett år frem i tid: ` + 'tabellene viser bare det som er registrert til nå.'
    );
  return null;
}
