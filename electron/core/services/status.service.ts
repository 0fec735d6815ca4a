// Recording a status update: append-only, dated within its plan's life (never before the plan's start, never in
// the future), signed; gul and rød must say why.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { recordStatusInput } from '../../../shared/api/status.contract.ts';
import type { StatusUpdate } from '../../../shared/domain/types.ts';
import {
  ASSESSMENT_SHORT,
  assessmentNeedsComment,
  COMMENT_REQUIRED_MESSAGE,
  DEFAULT_ASSESSMENT,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
} from '../../../shared/domain/vocabulary.ts';
import { FUTURE_DATE_MESSAGE, statusDateProblem } from '../../../shared/domain/status-rules.ts';
import { correctionReasonMessage, isCorrection } from '../../../shared/domain/corrections.ts';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { getMeasureWithStatus } from '../repositories/measures.repo.ts';
import { insertStatusUpdate, listStatusUpdates, toStatusUpdate } from '../repositories/statusUpdates.repo.ts';

export type RecordStatusInput = z.output<typeof recordStatusInput>;

import { recordChange, type Actor } from './change-log.service.ts';
import { correctedPeriodLabels } from './periods.service.ts';

export type { Actor };

export function recordStatus(db: Database, input: RecordStatusInput, actor: Actor): StatusUpdate {
  const comment = input.comment.trim();
  if (assessmentNeedsComment(input.assessment) && comment.length === 0) {
    throw fieldError('comment', COMMENT_REQUIRED_MESSAGE);
  }
  const today = todayIso(actor.now);
  const effectiveDate = input.effectiveDate ?? today;
  if (effectiveDate > today) throw fieldError('effectiveDate', FUTURE_DATE_MESSAGE);
  return writeTx(db, () => {
    const measure = getMeasureWithStatus(db, input.measureId, effectiveDate);
    if (!measure) throw notFound('Finner ikke tiltaket.');
    if (measure.deleted_at)
      throw new AppError('invalid', 'Tiltaket er slettet. Gjenopprett det før du registrerer status.');
    // An undo or redo restores what an earlier update said, on that update's date (an older file may hold one
    // dated before the plan's start); anything new is dated within the plan's life.
    const dateProblem = actor.replay
      ? null
      : statusDateProblem(effectiveDate, { startDate: measure.plan_start_date }, today);
    if (dateProblem) throw fieldError('effectiveDate', dateProblem);
    // Dated inside a closed period, or setting the status at the end of one (dated before it, with no newer update
    // by its end): a correction after closing, which must say why (an undo says what it undoes).
    const corrected = correctedPeriodLabels(db, input.measureId, effectiveDate);
    const correcting = isCorrection(corrected);
    // An undo says what it undoes (its comment); a redo carries the reason the undone update had (older undo
    // records carry none, and a redo of a status without a comment then says what it is).
    const reason =
      input.correctionReason?.trim() ||
      (actor.replay ? comment || `Gjør om en angret statusoppdatering datert ${formatDate(effectiveDate)}.` : '');
    if (correcting && reason === '')
      throw fieldError('correctionReason', correctionReasonMessage(effectiveDate, corrected.inside, corrected.later));
    // Undoing a measure's first update cannot bring back «no status» (history is append-only, and «ingen status»
    // is never recorded): the correction says «ikke startet», which is what an unreported measure was taken as.
    const previous: { status: StatusCode; assessment: AssessmentCode } = {
      status: measure.su_status ?? 'ikke-startet',
      assessment: measure.su_assessment ?? DEFAULT_ASSESSMENT,
    };
    const row = insertStatusUpdate(db, {
      measure_id: input.measureId,
      status: input.status,
      assessment: input.assessment,
      comment,
      author: input.author ?? actor.user,
      effective_date: effectiveDate,
      recorded_at: actor.now.toISOString(),
      correction_reason: correcting ? reason : null,
    });
    const saved = toStatusUpdate(row);
    // Append-only history: undoing a status is a new, visible correction dated as the update it undoes, and
    // redoing it records the status again, with the comment it had (a gul or rød measure keeps its reason).
    // Refused if someone recorded a status for the measure meanwhile.
    const comment_ =
      actor.replay?.kind === 'undo'
        ? (measure.su_comment ?? '')
        : `Korrigering: angrer statusoppdateringen registrert ${formatDateTime(saved.recordedAt)} ` +
          `(${STATUS_LABELS[saved.status]}, ${ASSESSMENT_SHORT[saved.assessment]}).`;
    // The redo of an undo brings back the undone update with its own reason, should it still correct a period.
    const redoReason = actor.replay?.kind === 'undo' ? (measure.su_correction_reason ?? undefined) : undefined;
    recordChange(db, actor, { kind: 'measure', id: input.measureId }, 'statusregistrering', {
      op: 'status:record',
      input: {
        measureId: input.measureId,
        ...previous,
        comment: comment_,
        effectiveDate,
        author: input.author,
        ...(redoReason ? { correctionReason: redoReason } : {}),
      },
      record: { key: `status:${input.measureId}`, version: saved.id, field: 'latestStatusId' },
    });
    return saved;
  });
}

export function statusHistory(db: Database, measureId: number): StatusUpdate[] {
  return listStatusUpdates(db, measureId).map(toStatusUpdate);
}
