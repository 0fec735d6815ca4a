// Corrections after closing: which closed reporting periods a status update corrects. The one rule, used by the core
// (status.service.ts, for the API, the CLI, bulk edits and round acceptance), the measure page's form and the round
// review's note. An update dated D is in force from D until the measure's next update: it changes the status of
// every period whose end lies on or after D and before the next update's date (any later end when there is none).
// A closed period it changes, or whose days include D, is corrected: the update must say why, and is marked.
import { formatDate } from '../format/nb.ts';

export interface DatedPeriod {
  label: string;
  /** First and last day (ISO). */
  start: string;
  end: string;
}

/** The closed periods an update corrects: `inside` holds its date, `later` starts after it but ends before the next. */
export interface CorrectedPeriods<P = DatedPeriod> {
  inside: P[];
  later: P[];
}

/** The date of the measure's first update dated after `date` (null when there is none). */
export function nextUpdateDate(date: string, updateDates: readonly string[]): string | null {
  let next: string | null = null;
  for (const d of updateDates) if (d > date && (next === null || d < next)) next = d;
  return next;
}

/** The periods whose status at their end an update dated `date` sets, given the measure's other updates' dates.
 * An update on the same date as an existing one supersedes it (it is recorded later), so only later dates count. */
export function periodsChangedBy<P extends DatedPeriod>(
  date: string,
  updateDates: readonly string[],
  periods: readonly P[],
): P[] {
  const next = nextUpdateDate(date, updateDates);
  return periods.filter((p) => p.end >= date && (next === null || p.end < next));
}

/** The closed periods (`closed`: closed now) that an update dated `date` corrects, oldest first. */
export function periodsCorrectedBy<P extends DatedPeriod>(
  date: string,
  updateDates: readonly string[],
  closed: readonly P[],
): CorrectedPeriods<P> {
  const sorted = [...closed].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  return {
    inside: sorted.filter((p) => p.start <= date && date <= p.end),
    later: periodsChangedBy(date, updateDates, sorted).filter((p) => p.start > date),
  };
}

/** The corrected periods by their labels («T2 2026»), as the sentences below name them. */
export function correctedLabels(c: CorrectedPeriods): CorrectedPeriods<string> {
  return { inside: c.inside.map((p) => p.label), later: c.later.map((p) => p.label) };
}

export const isCorrection = (c: CorrectedPeriods<unknown>): boolean => c.inside.length + c.later.length > 0;

/**
 * What makes the update a correction, for its reason field and the core's message: «Datoen er i en lukket periode
 * (T2 2026)», «01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026», or both. `subject` is
 * «Datoen» or the date written out; `past` for what was so when a round's answer was decided. Empty when the
 * update corrects nothing.
 */
export function correctionSentence(
  subject: string,
  inside: readonly string[],
  later: readonly string[],
  tense: 'present' | 'past' = 'present',
): string {
  const parts: string[] = [];
  const [is, changes] = tense === 'past' ? ['var', 'endret'] : ['er', 'endrer'];
  if (inside.length) parts.push(`${is} i en lukket periode (${inside.join(' og ')})`);
  if (later.length) {
    const what = later.length > 1 ? 'de lukkede periodene' : 'den lukkede perioden';
    parts.push(`${changes} statusen ved slutten av ${what} ${later.join(' og ')}`);
  }
  return parts.length ? `${subject} ${parts.join(' og ')}` : '';
}

/** The core's refusal of a correction without a reason, at «Begrunnelse for korrigering». */
export function correctionReasonMessage(date: string, inside: readonly string[], later: readonly string[]): string {
  return `${correctionSentence(formatDate(date), inside, later)}. Skriv hvorfor statusen korrigeres etter lukking.`;
}
