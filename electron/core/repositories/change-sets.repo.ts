// The undo log (migration 0008): one append-only row per undoable change, undo and redo.
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export interface ChangeSetRow {
  id: number;
  at: string;
  author: string;
  scope: string;
  label: string;
  kind: 'do' | 'undo' | 'redo';
  target_id: number | null;
  /** JSON: the operation that undoes this change set, and its input. */
  inverse: string;
}

export function insertChangeSet(db: Database, c: Omit<ChangeSetRow, 'id'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO change_sets (at, author, scope, label, kind, target_id, inverse)
       VALUES (@at, @author, @scope, @label, @kind, @target_id, @inverse)`,
    ).run(c).lastInsertRowid,
  );
}

export function getChangeSet(db: Database, id: number): ChangeSetRow | undefined {
  return stmt(db, 'SELECT * FROM change_sets WHERE id = ?').get(id) as ChangeSetRow | undefined;
}

/** The newest change sets of one author in one scope, oldest first (enough to derive both stacks). */
export function listChangeSets(db: Database, scope: string, author: string, limit: number): ChangeSetRow[] {
  return (
    stmt(db, 'SELECT * FROM change_sets WHERE scope = ? AND author = ? ORDER BY id DESC LIMIT ?').all(
      scope,
      author,
      limit,
    ) as ChangeSetRow[]
  ).reverse();
}

/** The newest status update recorded for a measure (by recording order): a status undo's staleness check. */
export function latestRecordedStatusId(db: Database, measureId: number): number | null {
  const r = stmt(db, 'SELECT max(id) AS id FROM status_updates WHERE measure_id = ?').get(measureId) as {
    id: number | null;
  };
  return r.id;
}
