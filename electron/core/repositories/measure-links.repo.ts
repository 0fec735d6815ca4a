import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export interface MeasureLinkRow {
  id: number;
  from_id: number;
  to_id: number;
  kind: 'viderefort' | 'relatert';
  other_id: number;
  other_plan_code: string;
  other_plan_title: string;
  other_number: string;
  other_title: string;
  other_deleted_at: string | null;
  direction: 'to' | 'from';
}

/** Links touching a measure, each with the measure at the other end. */
export function listLinksOf(db: Database, measureId: number): MeasureLinkRow[] {
  return stmt(
    db,
    `SELECT l.id, l.from_id, l.to_id, l.kind, o.id AS other_id, p.code AS other_plan_code, p.title AS other_plan_title,
              o.number AS other_number, o.title AS other_title, o.deleted_at AS other_deleted_at,
              CASE WHEN l.from_id = @id THEN 'to' ELSE 'from' END AS direction
       FROM measure_links l
       JOIN measures o ON o.id = CASE WHEN l.from_id = @id THEN l.to_id ELSE l.from_id END
       JOIN plans p ON p.id = o.plan_id
       WHERE l.from_id = @id OR l.to_id = @id
       ORDER BY p.sort_order, o.sort_key`,
  ).all({ id: measureId }) as MeasureLinkRow[];
}

export function findLink(db: Database, a: number, b: number): { id: number } | undefined {
  return stmt(db, 'SELECT id FROM measure_links WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)').get(
    a,
    b,
    b,
    a,
  ) as { id: number } | undefined;
}

export function getLink(
  db: Database,
  id: number,
): { id: number; from_id: number; to_id: number; kind: string } | undefined {
  return stmt(db, 'SELECT id, from_id, to_id, kind FROM measure_links WHERE id = ?').get(id) as
    { id: number; from_id: number; to_id: number; kind: string } | undefined;
}

export function insertLink(
  db: Database,
  l: { from_id: number; to_id: number; kind: string; created_at: string; created_by: string },
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO measure_links (from_id, to_id, kind, created_at, created_by) ' +
        'VALUES (@from_id, @to_id, @kind, @created_at, @created_by)',
    ).run(l).lastInsertRowid,
  );
}

export function deleteLink(db: Database, id: number): void {
  stmt(db, 'DELETE FROM measure_links WHERE id = ?').run(id);
}
