// Obligations (forpliktelser): what Norway must answer for, such as GRETA's recommendations, linked many-to-many to
// the measures that answer them, and how well each is covered by those measures' status on a date.
import { NO_STATUS, STATUS_LABELS, type AssessmentCode, type StatusCode } from './vocabulary.ts';

/** Where an obligation comes from: GRETA's evaluation rounds, a request from the Storting, or elsewhere. */
export const OBLIGATION_SOURCES = ['greta', 'storting', 'annet'] as const;
export type ObligationSource = (typeof OBLIGATION_SOURCES)[number];

export const OBLIGATION_SOURCE_LABELS: Record<ObligationSource, string> = {
  greta: 'GRETA',
  storting: 'Stortinget',
  annet: 'Annen kilde',
};

/** GRETA's strength words. The bokmål is the reference's own (`gretaStrengthWords` in reference.json). */
export const STRENGTH_CODES = ['urges', 'considers', 'invites'] as const;
export type StrengthCode = (typeof STRENGTH_CODES)[number];

export const STRENGTH_LABELS: Record<StrengthCode, string> = {
  urges: 'oppfordrer sterkt (urges)',
  considers: 'mener bør (considers … should)',
  invites: 'inviterer (invites)',
};

/** Shown where the source does not give GRETA's word. */
export const STRENGTH_UNKNOWN = 'ikke oppgitt i kilden';

/** An obligation as the API gives it. */
export interface Obligation {
  id: number;
  /** The source's own id («G3-01»); unique in the file, also among retired obligations. */
  code: string;
  source: ObligationSource;
  /** GRETA's evaluation round (2, 3, …); null for other sources. */
  round: number | null;
  year: number | null;
  /** A short bokmål text. */
  text: string;
  /** The text as the source gave it, for an obligation that came from the reference data; null when added here. */
  sourceText: string | null;
  /** Where it comes from, as a citation («NIM, anbefalingsdatabasen: …»); null when not known. */
  sourceRef: string | null;
  strength: StrengthCode | null;
  /** A caveat from the reference, shown as such («tekst ikke verifisert»). */
  verificationNote: string | null;
  /** When it was retired (no longer followed up), or null. */
  retiredAt: string | null;
  version: number;
}

/** «GRETA, runde 3 (2022)», «Stortinget (2024)». */
export function sourceLabel(o: Pick<Obligation, 'source' | 'round' | 'year'>): string {
  const round = o.source === 'greta' && o.round !== null ? `, runde ${o.round}` : '';
  const year = o.year !== null ? ` (${o.year})` : '';
  return `${OBLIGATION_SOURCE_LABELS[o.source]}${round}${year}`;
}

/** The text has been edited away from what the source said (shown beside it, never silently). */
export function editedFromSource(o: Pick<Obligation, 'text' | 'sourceText'>): boolean {
  return o.sourceText !== null && o.sourceText !== o.text;
}

/** One link seen from an obligation: the measure, its status on the date asked for, and the note on the link. */
export interface CoveredMeasure {
  linkId: number;
  linkVersion: number;
  note: string;
  measureId: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  /** The status in force on the date; null when none was registered by then («Ingen status registrert»). */
  status: StatusCode | null;
  assessment: AssessmentCode | null;
}

/** One link seen from a measure. */
export interface MeasureObligation {
  linkId: number;
  linkVersion: number;
  note: string;
  obligation: Obligation;
}

/**
 * How well an obligation is covered on a date, from the status of its live measures then. The classes are
 * checked in this order, so each obligation is in exactly one:
 *  - ingen-tiltak: no measure answers it;
 *  - ikke-i-gang: every measure is not started, cancelled or has no status registered;
 *  - gul-rod: some measure is assessed gul or rød;
 *  - godt-dekket: some measure is under way, completed or continued, and none is gul or rød.
 */
export const COVERAGE_CLASSES = ['ingen-tiltak', 'ikke-i-gang', 'gul-rod', 'godt-dekket'] as const;
export type CoverageClass = (typeof COVERAGE_CLASSES)[number];

export const COVERAGE_LABELS: Record<CoverageClass, string> = {
  'ingen-tiltak': 'Ingen tiltak',
  'ikke-i-gang': 'Bare tiltak som ikke er startet eller er avbrutt',
  'gul-rod': 'Tiltak med gul eller rød vurdering',
  'godt-dekket': 'Godt dekket',
};

/** Short labels for tags, chart legends and narrow cells. */
export const COVERAGE_SHORT: Record<CoverageClass, string> = {
  'ingen-tiltak': 'Ingen tiltak',
  'ikke-i-gang': 'Ikke i gang',
  'gul-rod': 'Gul eller rød',
  'godt-dekket': 'Godt dekket',
};

export const COVERAGE_DESCRIPTIONS: Record<CoverageClass, string> = {
  'ingen-tiltak': 'Ingen tiltak er koblet til forpliktelsen.',
  'ikke-i-gang': 'Alle koblede tiltak er ikke startet, avbrutt eller uten registrert status.',
  'gul-rod': 'Minst ett koblet tiltak er vurdert gul (risiko) eller rød (alvorlig forsinket).',
  'godt-dekket': 'Minst ett koblet tiltak pågår, er fullført eller videreført, og ingen er gul eller rød.',
};

/** The register's column and filter of the obligations a measure answers. */
export const OBLIGATIONS_COLUMN = 'Forpliktelser';

/** A measure with no status update on the date: not the same as «Ikke startet» (see the glossary). */
export const UNREPORTED_LABEL = STATUS_LABELS[NO_STATUS];

const NOT_GOING: readonly (StatusCode | null)[] = [null, 'ikke-startet', 'avbrutt'];

export function coverageClass(measures: readonly Pick<CoveredMeasure, 'status' | 'assessment'>[]): CoverageClass {
  if (measures.length === 0) return 'ingen-tiltak';
  if (measures.every((m) => NOT_GOING.includes(m.status))) return 'ikke-i-gang';
  if (measures.some((m) => m.assessment === 'gul' || m.assessment === 'rod')) return 'gul-rod';
  return 'godt-dekket';
}

/**
 * Obligation ids are the source's own: short codes (G3-01, S-2024-7) or the Storting's numbering («Vedtak 512
 * (2025–2026)»): letters, digits, spaces, parentheses and . / - – between them. No commas, so a list of them fits a URL
 * parameter (`/tiltak?obligation=G3-01,G3-02`).
 */
export const OBLIGATION_CODE_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N} ./()–-]{0,28}[\p{L}\p{N})])?$/u;
export const OBLIGATION_CODE_MESSAGE =
  'Id-en kan ha bokstaver, tall, mellomrom, parenteser, punktum, skråstrek og bindestrek (for eksempel G4-01 eller ' +
  'Vedtak 512 (2025–2026)), men ikke komma; høyst 30 tegn.';
