import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { StatusUpdate } from '../../../shared/domain/types.ts';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';

export interface StatusUpdateRow {
  id: number;
  measure_id: number;
  status: StatusCode;
  assessment: AssessmentCode;
  comment: string;
  author: string;
  effective_date: string;
  recorded_at: string;
  /** Set on an update dated inside a period closed before it was recorded: why it corrects the period. */
  correction_reason: string | null;
}

export function toStatusUpdate(r: StatusUpdateRow): StatusUpdate {
  return {
    id: r.id,
    measureId: r.measure_id,
    status: r.status,
    assessment: r.assessment,
    comment: r.comment,
    author: r.author,
    effectiveDate: r.effective_date,
    recordedAt: r.recorded_at,
    correctionReason: r.correction_reason ?? null,
  };
}

export function insertStatusUpdate(
  db: Database,
  u: Omit<StatusUpdateRow, 'id' | 'correction_reason'> & { correction_reason?: string | null },
): StatusUpdateRow {
  const row = { ...u, correction_reason: u.correction_reason ?? null };
  const id = Number(
    stmt(
      db,
      `INSERT INTO status_updates (measure_id, status, assessment, comment, author, effective_date, recorded_at,
                                   correction_reason)
         VALUES (@measure_id, @status, @assessment, @comment, @author, @effective_date, @recorded_at,
                 @correction_reason)`,
    ).run(row).lastInsertRowid,
  );
  return { id, ...row };
}

/** Newest first: by effective date, then by when it was recorded. */
export function listStatusUpdates(db: Database, measureId: number): StatusUpdateRow[] {
  return stmt(
    db,
    'SELECT * FROM status_updates WHERE measure_id = ? ORDER BY effective_date DESC, recorded_at DESC, id DESC',
  ).all(measureId) as StatusUpdateRow[];
}

/** Every update of every live measure, oldest first per measure (for archival export). */
export function listAllStatusUpdates(db: Database): StatusUpdateRow[] {
  return stmt(
    db,
    'SELECT * FROM status_updates ORDER BY measure_id, effective_date, recorded_at, id',
  ).all() as StatusUpdateRow[];
}
