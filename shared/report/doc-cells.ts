// Cells of the report documents in either language: a measure's status for a period (marked when it was corrected
// after closing), its assessment, its title; each with the tone that gives it a pattern and a shade.
import type { PeriodStatus } from '../api/periods.contract.ts';
import { assessmentLabel, labels, statusLabel, type Lang } from '../i18n/index.ts';
import type { AssessmentCode, StatusCode } from '../domain/vocabulary.ts';
import type { CellTone, DocCell } from './document.ts';

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

export function titleText(m: { title: string; titlePending: boolean }, lang: Lang): string {
  return m.titlePending ? m.title + labels(lang).titlePending : m.title;
}

export const text = (t: string): DocCell => ({ text: t });
