// The review's notes on a change of an input round's answer: what the old → new table cannot show (a newer status,
// a closed period, a formula read as text, an unlikely pair, a year far after the plan's period). A note is kept as
// what it is (its kind and values), and its sentence is written for where the change stands: in review it says what
// accepting will do; on a decided answer what was done (accepted) or only the facts (rejected). A decided change
// stores its notes (round_answer_items.notes, migration 0015); changes decided before notes had kinds stored the
// review's sentences, read back here.
import { formatDate } from '../format/nb.ts';
import { correctionSentence } from './corrections.ts';
import { measureYearWarning, type PlanPeriod } from './measure-years.ts';
import { unlikelyPairWarning } from './status-rules.ts';
import type { AssessmentCode, StatusCode } from './vocabulary.ts';

/** What a note is, as stored with a decided change. */
export type NoteFacts =
  /** The measure had a status dated after the update's `date`: `status` («Pågår Gul») from `newerDate`. */
  | { kind: 'newer-status'; status: string; newerDate: string; date: string }
  /** The update's `date` lay in closed periods (their labels, «T2 2026»), or set the status at the end of the closed
   * periods `later`, which start after it (shared/domain/corrections.ts). */
  | { kind: 'closed-period'; date: string; periods: string[]; later?: string[] }
  /** A cell of the answer held a formula; its value was read as text. */
  | { kind: 'formula'; field: string; value: string }
  /** Allowed, but rarely meant (avbrutt with a colour, fullført with gul or rød). */
  | { kind: 'unlikely-pair'; status: StatusCode; assessment: AssessmentCode }
  /** A Startår or Sluttår far after the plan's period (`plan`), or, for a plan without an end, after `thisYear`. */
  | { kind: 'far-year'; field: 'startYear' | 'endYear'; year: number; plan: PlanPeriod; thisYear: number }
  /** A sentence stored before notes had kinds, not recognised as one of them: shown as it was. */
  | { kind: 'stored-text'; stored: string };

/** A note as the review shows it: what it is, and its sentence for the change's state. */
export type ReviewNote = NoteFacts & { text: string };

/** Where the change stands: in review (null), or as decided. */
export type NoteState = 'accepted' | 'rejected' | null;

export function noteText(n: NoteFacts, state: NoteState): string {
  switch (n.kind) {
    case 'newer-status': {
      const newer = `(${n.status}, ${formatDate(n.newerDate)})`;
      if (state === 'accepted')
        return (
          `Tiltaket hadde en nyere status ${newer}, så oppdateringen ble registrert per ${formatDate(n.date)} ` +
          'uten å endre tiltakets status.'
        );
      if (state === 'rejected')
        return `Tiltaket hadde en nyere status ${newer} enn oppdateringen, som var datert ${formatDate(n.date)}.`;
      return (
        `Tiltaket har en nyere status ${newer}. Oppdateringen registreres per ${formatDate(n.date)} og endrer ` +
        'ikke status nå.'
      );
    }
    case 'closed-period': {
      const why = correctionSentence(formatDate(n.date), n.periods, n.later ?? []);
      // A decided change says what was so when it was decided: «var i», «endret».
      const past = correctionSentence(formatDate(n.date), n.periods, n.later ?? [], 'past');
      if (state === 'accepted')
        return (
          `${past} da svaret ble avgjort: oppdateringen ble registrert med denne datoen, ` +
          'som korrigert etter lukking.'
        );
      if (state === 'rejected') return `${past} da svaret ble avgjort.`;
      return `${why}: godtar du, registreres oppdateringen som korrigert etter lukking.`;
    }
    case 'formula':
      return `«${n.field}» inneholdt en formel; verdien ${state ? 'ble' : 'er'} lest som tekst: «${n.value}».`;
    case 'unlikely-pair':
      return unlikelyPairWarning(n.status, n.assessment) ?? '';
    case 'far-year':
      // The measure page's question, without its «Lagre likevel?».
      return measureYearWarning(n.field, n.year, n.plan, n.thisYear)?.text ?? '';
    case 'stored-text':
      return n.stored;
  }
}

export const reviewNote = (n: NoteFacts, state: NoteState): ReviewNote => ({ ...n, text: noteText(n, state) });

/** A note's facts without its sentence: what a decided change stores. */
export function noteFacts(n: ReviewNote): NoteFacts {
  const { text: _text, ...facts } = n;
  return facts as NoteFacts;
}

const DATE = String.raw`(\d{2})\.(\d{2})\.(\d{4})`;
const iso = (d: string, m: string, y: string) => `${y}-${m}-${d}`;

/** The sentences the review stored before notes had kinds (migration 0015 until this change), in review's words. */
const OLD_SENTENCES: [RegExp, (m: string[]) => NoteFacts][] = [
  [
    new RegExp(
      String.raw`^Tiltaket har en nyere status \((.*), ${DATE}\)\. ` +
        String.raw`Oppdateringen registreres per ${DATE} og endrer ikke status nå\.$`,
      's',
    ),
    (m) => ({ kind: 'newer-status', status: m[1], newerDate: iso(m[2], m[3], m[4]), date: iso(m[5], m[6], m[7]) }),
  ],
  [
    new RegExp(
      String.raw`^${DATE} er i en lukket periode \((.+)\): ` +
        String.raw`godtar du, registreres oppdateringen som korrigert etter lukking\.$`,
      's',
    ),
    (m) => ({ kind: 'closed-period', date: iso(m[1], m[2], m[3]), periods: m[4].split(' og ') }),
  ],
  [
    /^«(.+?)» inneholdt en formel; verdien er lest som tekst: «(.*)»\.$/s,
    (m) => ({ kind: 'formula', field: m[1], value: m[2] }),
  ],
];

const KINDS = new Set<NoteFacts['kind']>([
  'newer-status',
  'closed-period',
  'formula',
  'unlikely-pair',
  'far-year',
  'stored-text',
]);

/**
 * A note as a decided change stored it: its facts, or (stored before notes had kinds) the review's sentence, read
 * back as its kind where it is one, so it is worded for the decision like the others; another sentence stays as is.
 */
export function storedNote(x: unknown): NoteFacts {
  if (typeof x === 'object' && x !== null && KINDS.has((x as NoteFacts).kind)) return x as NoteFacts;
  const text = typeof x === 'string' ? x : JSON.stringify(x);
  for (const [re, facts] of OLD_SENTENCES) {
    const m = re.exec(text);
    if (m) return facts(m);
  }
  return { kind: 'stored-text', stored: text };
}
