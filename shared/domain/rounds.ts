// Input rounds: the form's columns (from the field registry where a column is a measure field), the labels a
// reporter picks from, and how a returned cell is read. The core writes and reads the XLSX; the rules are here.
import { AMOUNT_TOO_LARGE_MESSAGE, MAX_NOK, parseNok } from './budget.ts';
import { fieldDef, type MeasureFieldKey } from './measure-fields.ts';
import { periodContains, periodEnd, periodLabel, periodStart, type Period } from './periods.ts';
import {
  ASSESSMENT_CODES,
  ASSESSMENT_LABELS,
  ASSESSMENT_SHORT,
  STATUS_CODES,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
} from './vocabulary.ts';
import { formatDate } from '../format/nb.ts';

import type { CellValue } from './round-sheets.ts';

export { FORM_FORMAT, FORM_SHEET, HELP_SHEET, META_SHEET, type CellValue } from './round-sheets.ts';

/** Registry fields shown locked in the form, and registry fields the reporter may change (read with parseCell). */
export const LOCKED_FIELDS = ['title', 'part', 'owner'] as const satisfies MeasureFieldKey[];
export const OPEN_FIELDS = ['contactName', 'contactEmail', 'startYear', 'endYear'] as const satisfies MeasureFieldKey[];
export type OpenField = (typeof OPEN_FIELDS)[number];
/** The open year columns: a measure's Startår and Sluttår, prefilled like the contact person. */
export const YEAR_FIELDS = ['startYear', 'endYear'] as const satisfies OpenField[];
export type YearField = (typeof YEAR_FIELDS)[number];
/**
 * Columns added to the form after forms were first sent: an answer to a form made before has none of them, and is
 * read without them (nothing changed there).
 */
export const ADDED_COLUMNS: ReadonlySet<string> = new Set(YEAR_FIELDS.map((k) => `field:${k}`));

export interface FormColumn {
  /** What the column holds: «id», «plan», … «field:title», «newStatus», «budget:1», «spent:1». */
  key: string;
  header: string;
  locked: boolean;
  width: number;
  hidden?: boolean;
}

/**
 * The form's columns; `budgetLines` is the most lines of the year any of the recipient's measures has. `statusAsOf`:
 * the date the locked status columns show the status of (a past period's last day), or null for the newest («nå»).
 */
export function formColumns(budgetLines: number, year: number, statusAsOf: string | null = null): FormColumn[] {
  const at = statusAsOf ? ` per ${formatDate(statusAsOf)}` : '';
  const field = (k: MeasureFieldKey, locked: boolean, width: number): FormColumn => ({
    key: `field:${k}`,
    header: fieldDef(k).sheet!.header,
    locked,
    width,
  });
  const cols: FormColumn[] = [
    { key: 'id', header: 'Tiltaks-ID', locked: true, width: 8, hidden: true },
    { key: 'plan', header: 'Plan', locked: true, width: 18 },
    { key: 'number', header: 'Nr.', locked: true, width: 6 },
    field('title', true, 40),
    field('part', true, 22),
    field('owner', true, 12),
    { key: 'role', header: 'Rolle', locked: true, width: 14 },
    { key: 'status', header: statusAsOf ? `Status${at}` : 'Status nå', locked: true, width: 14 },
    { key: 'assessment', header: statusAsOf ? `Vurdering${at}` : 'Vurdering nå', locked: true, width: 14 },
    { key: 'comment', header: statusAsOf ? `Kommentar${at}` : 'Siste kommentar', locked: true, width: 40 },
    { key: 'date', header: statusAsOf ? `Statusdato${at}` : 'Dato for siste status', locked: true, width: 14 },
  ];
  for (let i = 1; i <= budgetLines; i++)
    cols.push({ key: `budget:${i}`, header: `Budsjett ${year}, linje ${i}`, locked: true, width: 30 });
  cols.push(
    { key: 'newStatus', header: 'Ny status', locked: false, width: 16 },
    { key: 'newAssessment', header: 'Ny vurdering', locked: false, width: 22 },
    { key: 'newComment', header: 'Kommentar', locked: false, width: 50 },
    { key: 'newDate', header: 'Dato (dd.mm.åååå)', locked: false, width: 14 },
    { key: 'reporter', header: 'Rapportert av', locked: false, width: 22 },
    ...OPEN_FIELDS.map((k) => field(k, false, fieldDef(k).kind === 'year' ? 10 : 26)),
  );
  for (let i = 1; i <= budgetLines; i++)
    cols.push({ key: `spent:${i}`, header: `Brukt ${year}, linje ${i} (kr)`, locked: false, width: 16 });
  return cols;
}

/** The labels offered in the drop-down lists. */
export const STATUS_CHOICES = STATUS_CODES.map((c) => STATUS_LABELS[c]);
export const ASSESSMENT_CHOICES = ASSESSMENT_CODES.map((c) => ASSESSMENT_LABELS[c]);

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A status from its label, short label or code; null when it is none of them. */
export function statusFromLabel(text: string): StatusCode | null {
  const t = norm(text);
  return STATUS_CODES.find((c) => c === t || norm(STATUS_LABELS[c]) === t) ?? null;
}

export function assessmentFromLabel(text: string): AssessmentCode | null {
  const t = norm(text);
  return (
    ASSESSMENT_CODES.find((c) => c === t || norm(ASSESSMENT_LABELS[c]) === t || norm(ASSESSMENT_SHORT[c]) === t) ?? null
  );
}

export const unknownStatusMessage = (text: string) =>
  `Ukjent status «${text}». Velg fra listen: ${STATUS_CHOICES.join(', ')}.`;
export const unknownAssessmentMessage = (text: string) =>
  `Ukjent vurdering «${text}». Velg fra listen: ${ASSESSMENT_CODES.map((c) => ASSESSMENT_SHORT[c]).join(', ')}.`;

export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return formatDate(v.date);
  return String(v).trim();
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A date cell: a real date, or text dd.mm.åååå (also d.m.åååå and ÅÅÅÅ-MM-DD). */
export function readDate(v: CellValue): Read<string | null> {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { ok: true, value: null };
  if (typeof v === 'object') return { ok: true, value: v.date };
  const t = String(v).trim();
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const iso = nb ? `${nb[3]}-${nb[2].padStart(2, '0')}-${nb[1].padStart(2, '0')}` : t;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !d || d.toISOString().slice(0, 10) !== iso)
    return { ok: false, message: `«${t}» er ikke en dato: skriv dd.mm.åååå.` };
  return { ok: true, value: iso };
}

/** The date rule of a round: inside the round's period and not after today. */
export function dateProblem(iso: string, period: Period, today: string): string | null {
  if (iso > today) return `Datoen ${formatDate(iso)} er frem i tid.`;
  if (!periodContains(period, iso))
    return (
      `Datoen ${formatDate(iso)} er utenfor perioden ${periodLabel(period)} ` +
      `(${formatDate(periodStart(period))}–${formatDate(periodEnd(period))}).`
    );
  return null;
}

/**
 * An amount cell: whole kroner, 0 or more and at most a budget line's bound (MAX_NOK). Text is read by the budget
 * form's parseNok, so the same text is the same amount in both places («1 234 567», «1234567 kr», «1.234.567»,
 * «1 234 567,-»); a number cell must be a whole number. What neither takes is said with the value it read, and an
 * amount over the bound with the budget form's message.
 */
export function readAmount(v: CellValue): Read<number | null> {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { ok: true, value: null };
  const t = typeof v === 'number' ? String(v) : cellText(v);
  const bad: Read<number | null> = { ok: false, message: amountMessage(t) };
  const n = typeof v === 'number' ? (Number.isSafeInteger(v) && v >= 0 ? v : null) : parseNok(t);
  if (n === AMOUNT_TOO_LARGE_MESSAGE || (typeof n === 'number' && n > MAX_NOK))
    return { ok: false, message: AMOUNT_TOO_LARGE_MESSAGE };
  return typeof n === 'number' ? { ok: true, value: n } : bad;
}

/** Why an answer's amount cannot be read: the round's message, naming the value as the cell has it. */
export const amountMessage = (text: string) => `Beløpet «${text}» er ikke et helt antall kroner (0 eller mer).`;

/** The status date used when the reporter gives none: today, or the period's last day once it is over. */
export function defaultReportDate(period: Period, today: string): string {
  const end = periodEnd(period);
  return today < end ? today : end;
}
