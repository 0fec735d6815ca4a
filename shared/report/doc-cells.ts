// Cells of the report documents in either language: a measure's status for a period (marked when it was corrected
// after closing), its assessment, its title; each with the tone that gives it a pattern and a shade.
import type { PeriodStatus } from '../api/periods.contract.ts';
import {
  assessmentLabel,
  formatDateIn,
  formatDateTimeIn,
  labels,
  measureTitleIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import type { AssessmentCode, StatusCode } from '../domain/vocabulary.ts';
import type { CellTone, DocCell, DocColumn } from './document.ts';

export function statusTone(s: StatusCode | null): CellTone {
  return s ?? 'ingen-status';
}

/** «Pågår», «Ingen status registrert»; «Pågår (korrigert etter lukking)» for a correction after closing. */
export function statusCell(state: PeriodStatus, lang: Lang): DocCell {
  const mark = state.correctionReason !== null ? ` (${labels(lang).correctedMark})` : '';
  return { text: statusLabel(state.status, lang) + mark, tone: statusTone(state.status) };
}

export function assessmentCell(a: AssessmentCode | null, lang: Lang, short = false): DocCell {
  return a === null ? { text: '' } : { text: assessmentLabel(a, lang, short), tone: a };
}

/** «Pågår · Gul» (a grid cell, a compared state): the assessment's tone, since it carries the colour. */
export function stateCell(state: Pick<PeriodStatus, 'status' | 'assessment'> & { corrected?: boolean }, lang: Lang) {
  const text =
    state.status === null
      ? statusLabel(null, lang)
      : `${statusLabel(state.status, lang)} · ${assessmentLabel(state.assessment, lang, true)}`;
  const mark = state.corrected ? ` (${labels(lang).correctedMark})` : '';
  return { text: text + mark, tone: state.assessment ?? 'ingen-status' } satisfies DocCell;
}

/** A calendar day as the document writes it, and as a date in the workbook. */
export function dateCell(iso: string | null, lang: Lang): DocCell {
  return iso ? { text: formatDateIn(iso, lang, true), date: iso.slice(0, 10) } : text('');
}

/**
 * A status for a period and its date, «Pågår · Gul (korrigert etter lukking) (01.10.2025)», or `missing` without one;
 * in the workbook the date is a date in a column of its own (the column's `sheetColumns`: the status, its date).
 */
export function withDate(state: PeriodStatus | null, lang: Lang, missing: string): DocCell {
  if (!state) return text(missing);
  const cell = stateCell({ ...state, corrected: state.correctionReason !== null }, lang);
  if (!state.effectiveDate) return cell;
  const date = dateCell(state.effectiveDate, lang);
  return { ...cell, text: `${cell.text} (${date.text})`, split: [cell, date] };
}

/** A measure's number: a number in the workbook when it is one, so the list sorts 2 before 10. */
export function numberCell(n: string): DocCell {
  return /^\d+$/.test(n) ? { text: n, value: Number(n) } : text(n);
}

/** The workbook's columns for `withDate`'s cells: the status, and its date. */
export function statusAndDate(status: string, date: string): DocColumn[] {
  return [
    { label: status, kind: 'text' },
    { label: date, kind: 'code' },
  ];
}

export function titleText(m: { title: string; titlePending: boolean }, lang: Lang): string {
  return measureTitleIn(m, lang);
}

export const text = (t: string): DocCell => ({ text: t });

/** The closing a reported status is from («Lukket»), as a date-time. */
export const closedCell = (at: string, lang: Lang): DocCell => ({ text: formatDateTimeIn(at, lang), dateTime: at });

/** The reasons of the marked statuses in a row of reported beside corrected: the corrected one's, and the reported
 * one's if it has its own (the pack's corrections and «som rapportert og som korrigert» alike). */
export function correctionReasons(r: { reported: PeriodStatus | null; corrected: PeriodStatus }, lang: Lang): string {
  const L = labels(lang);
  const reported = r.reported?.correctionReason ?? null;
  const corrected = r.corrected.correctionReason;
  if (reported === null || reported === corrected) return corrected ?? '';
  return [`${L.colReported}: ${reported}`, ...(corrected === null ? [] : [`${L.colCorrected}: ${corrected}`])].join(
    '\n',
  );
}
