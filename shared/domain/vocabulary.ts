// Status and assessment vocabulary from the glossary: codes in data, bokmål labels in the UI.

/** The codes a status update records (status_updates.status). */
export const STATUS_CODES = ['ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/**
 * A measure with no status update in force on the as-of date: «Ingen status registrert». Never stored (nobody
 * reported «ikke startet»); counted, filtered, charted and exported apart from every recorded status.
 */
export const NO_STATUS = 'ingen-status';
/** A measure's status as of a date: a recorded code, or NO_STATUS. */
export type AsOfStatus = StatusCode | typeof NO_STATUS;
/** Every status a measure can have on a date, in the order of its life: unreported first. */
export const AS_OF_STATUS_CODES = [NO_STATUS, ...STATUS_CODES] as const;

export const STATUS_LABELS: Record<AsOfStatus, string> = {
  'ingen-status': 'Ingen status registrert',
  'ikke-startet': 'Ikke startet',
  pagar: 'Pågår',
  fullfort: 'Fullført',
  avbrutt: 'Avbrutt',
  viderefort: 'Videreført',
};

export const ASSESSMENT_CODES = ['ikke-vurdert', 'gronn', 'gul', 'rod'] as const;
export type AssessmentCode = (typeof ASSESSMENT_CODES)[number];

export const ASSESSMENT_LABELS: Record<AssessmentCode, string> = {
  'ikke-vurdert': 'Ikke vurdert',
  gronn: 'Grønn (på sporet)',
  gul: 'Gul (risiko)',
  rod: 'Rød (alvorlig forsinket)',
};

/** Short labels for tables and charts. */
export const ASSESSMENT_SHORT: Record<AssessmentCode, string> = {
  'ikke-vurdert': 'Ikke vurdert',
  gronn: 'Grønn',
  gul: 'Gul',
  rod: 'Rød',
};

/** Gul and rød must explain themselves. */
export function assessmentNeedsComment(a: AssessmentCode): boolean {
  return a === 'gul' || a === 'rod';
}

export const COMMENT_REQUIRED_MESSAGE = 'Gul og rød vurdering må begrunnes: skriv en kommentar.';

/** A measure with no status update in force has not been assessed either. */
export const DEFAULT_ASSESSMENT: AssessmentCode = 'ikke-vurdert';

export type DatasetKind = 'real' | 'example';
export const EXAMPLE_DATA_LABEL = 'Eksempeldata – ikke reelle tall';

/**
 * The title a measure has until a coordinator fills it in (the reference gives most measures no title).
 * A measure whose title is this text is shown as «Tittel ikke fylt inn», however it got there.
 */
export function placeholderTitle(number: number | string): string {
  return `Tiltak ${number}`;
}
