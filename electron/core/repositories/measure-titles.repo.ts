import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export interface MeasureTitleRow {
  id: number;
  number: string;
  title: string;
  title_pending: number;
  version: number;
}

/** The plan's live measures in number order. */
export function listPlanMeasureTitles(db: Database, planId: number): MeasureTitleRow[] {
  return stmt(
    db,
    'SELECT id, number, title, title_pending, version FROM measures ' +
      'WHERE plan_id = ? AND deleted_at IS NULL ORDER BY sort_key, id',
  ).all(planId) as MeasureTitleRow[];
}

/** Optimistic update: false (nothing changed) when the measure is not at `expectedVersion`. */
export function setMeasureTitle(
  db: Database,
  id: number,
  expectedVersion: number,
  title: string,
  pending: 0 | 1,
  updatedAt: string,
): boolean {
  return (
    stmt(
      db,
      'UPDATE measures SET title = ?, title_pending = ?, version = version + 1, updated_at = ? ' +
        'WHERE id = ? AND version = ? AND deleted_at IS NULL',
    ).run(title, pending, updatedAt, id, expectedVersion).changes === 1
  );
}

export function countPendingTitlesInPlan(db: Database, planId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM measures WHERE plan_id = ? AND title_pending = 1 AND deleted_at IS NULL').get(
      planId,
    ) as { n: number }
  ).n;
}
