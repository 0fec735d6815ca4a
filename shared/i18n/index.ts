// The report documents in bokmål or English: labels, status and assessment names, dates («31.12.2025» or
// «31 December 2025») and amounts. One place for every edition, so every document that offers English (the report
// pack, the status grid, the obligations' coverage table) uses the same words. Stored text is never translated.
import {
  ASSESSMENT_LABELS,
  ASSESSMENT_SHORT,
  NO_STATUS,
  STATUS_LABELS,
  type AsOfStatus,
  type AssessmentCode,
} from '../domain/vocabulary.ts';
import { formatDate, formatInteger, formatNok } from '../format/nb.ts';
import { LABELS_EN } from './labels-en.ts';
import { LABELS_NB, type DocumentLabels } from './labels-nb.ts';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', en: 'Engelsk (English)' };

export type { DocumentLabels };

export function labels(lang: Lang): DocumentLabels {
  return lang === 'en' ? LABELS_EN : LABELS_NB;
}

const STATUS_EN: Record<AsOfStatus, string> = {
  'ingen-status': 'No status recorded',
  'ikke-startet': 'Not started',
  pagar: 'In progress',
  fullfort: 'Completed',
  avbrutt: 'Cancelled',
  viderefort: 'Continued',
};

const ASSESSMENT_EN: Record<AssessmentCode, string> = {
  'ikke-vurdert': 'Not assessed',
  gronn: 'Green (on track)',
  gul: 'Yellow (at risk)',
  rod: 'Red (seriously delayed)',
};

const ASSESSMENT_SHORT_EN: Record<AssessmentCode, string> = {
  'ikke-vurdert': 'Not assessed',
  gronn: 'Green',
  gul: 'Yellow',
  rod: 'Red',
};

/** A status as of a date in the document's language; null (no update in force) is «Ingen status registrert». */
export function statusLabel(s: AsOfStatus | null, lang: Lang): string {
  const code = s ?? NO_STATUS;
  return lang === 'en' ? STATUS_EN[code] : STATUS_LABELS[code];
}

export function assessmentLabel(a: AssessmentCode | null, lang: Lang, short = false): string {
  if (a === null) return '';
  if (lang === 'en') return (short ? ASSESSMENT_SHORT_EN : ASSESSMENT_EN)[a];
  return (short ? ASSESSMENT_SHORT : ASSESSMENT_LABELS)[a];
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * 31.12.2025 in bokmål, 31 December 2025 in English; `short` for a table's cell, where a column is as wide as its
 * longest date: 31 Dec 2025 (bokmål's is short already).
 */
export function formatDateIn(iso: string | null | undefined, lang: Lang, short = false): string {
  if (!iso) return '';
  if (lang === 'nb') return formatDate(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS_EN[Number(m[2]) - 1];
  return `${Number(m[3])} ${short ? month.slice(0, 3) : month} ${m[1]}`;
}

/** A report's title and its date: «Status for tiltak … per 31.12.2025», «… as of 31 December 2025». */
export function titleAsOf(r: { title: string; asOf: string; lang: Lang }): string {
  return `${r.title} ${labels(r.lang).perDate(formatDateIn(r.asOf, r.lang))}`;
}

/** A timestamp's local day and time: «27.11.2026 kl. 09:15», «27 November 2026, 09:15». */
export function formatDateTimeIn(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  return lang === 'en' ? `${formatDateIn(day, 'en')}, ${time}` : `${formatDate(day)} kl. ${time}`;
}

/** 1 234 567 kr in bokmål; NOK 1,234,567 in English. */
export function formatNokIn(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '';
  if (lang === 'nb') return formatNok(n);
  return `NOK ${Math.trunc(n).toLocaleString('en-GB')}`;
}

export function formatIntegerIn(n: number, lang: Lang): string {
  return lang === 'en' ? Math.trunc(n).toLocaleString('en-GB') : formatInteger(n);
}

/** The plans' own words for their parts in English; a word not known here is «part». */
const PART_WORDS_EN: Record<string, string> = { hoveddel: 'main part', innsatsområde: 'focus area', del: 'part' };

export function partWordIn(word: string, lang: Lang): string {
  return lang === 'en' ? (PART_WORDS_EN[word] ?? 'part') : word;
}

/**
 * The plans' short names as the app makes them (the seed's shortNameOf: «Handlingsplanen 2016», «Strategien
 * 2025–2030», and the status table's sheets «Handlingsplan 2016»), in English: «Action plan 2016», «Strategy
 * 2025–2030». A name the app did not make stays as it is.
 */
const PLAN_NAMES_EN: [RegExp, string][] = [
  [/^Handlingsplan(?:en)?(?= |$)/, 'Action plan'],
  [/^Strategi(?:en)?(?= |$)/, 'Strategy'],
];

export function planNameIn(shortName: string, lang: Lang): string {
  if (lang === 'nb') return shortName;
  const known = PLAN_NAMES_EN.find(([nb]) => nb.test(shortName));
  return known ? shortName.replace(known[0], known[1]) : shortName;
}

/**
 * A measure's title with the mark for a title not filled in. Such a title is the app's placeholder («Tiltak 5»,
 * placeholderTitle), so the English edition says «Measure 5»; a title someone wrote stays as written.
 */
export function measureTitleIn(m: { title: string; titlePending: boolean }, lang: Lang): string {
  if (!m.titlePending) return m.title;
  const title = lang === 'en' ? m.title.replace(/^Tiltak(?= \S+$)/, 'Measure') : m.title;
  return title + labels(lang).titlePending;
}
