// Recording a status update: append-only, dated, signed; gul and rød must say why.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { recordStatusInput } from '../../../shared/api/status.contract.ts';
import type { StatusUpdate } from '../../../shared/domain/types.ts';
import { assessmentNeedsComment, COMMENT_REQUIRED_MESSAGE } from '../../../shared/domain/vocabulary.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { getMeasureWithStatus } from '../repositories/measures.repo.ts';
import { insertStatusUpdate, listStatusUpdates, toStatusUpdate } from '../repositories/statusUpdates.repo.ts';

export type RecordStatusInput = z.output<typeof recordStatusInput>;

export interface Actor {
  now: Date;
  user: string;
}

export function recordStatus(db: Database, input: RecordStatusInput, actor: Actor): StatusUpdate {
  const comment = input.comment.trim();
  if (assessmentNeedsComment(input.assessment) && comment.length === 0) {
    throw fieldError('comment', COMMENT_REQUIRED_MESSAGE);
  }
  const today = todayIso(actor.now);
  const effectiveDate = input.effectiveDate ?? today;
  if (effectiveDate > today) throw fieldError('effectiveDate', 'Datoen kan ikke være frem i tid.');
  return writeTx(db, () => {
    const measure = getMeasureWithStatus(db, input.measureId, effectiveDate);
    if (!measure) throw notFound('Finner ikke tiltaket.');
    if (measure.deleted_at)
      throw new AppError('invalid', 'Tiltaket er slettet. Gjenopprett det før du registrerer status.');
    const row = insertStatusUpdate(db, {
      measure_id: input.measureId,
      status: input.status,
      assessment: input.assessment,
      comment,
      author: input.author ?? actor.user,
      effective_date: effectiveDate,
      recorded_at: actor.now.toISOString(),
    });
    return toStatusUpdate(row);
  });
}

export function statusHistory(db: Database, measureId: number): StatusUpdate[] {
  return listStatusUpdates(db, measureId).map(toStatusUpdate);
}
