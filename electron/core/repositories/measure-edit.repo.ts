// Writes to one measure. Every UPDATE is guarded by the version read by the caller (optimistic concurrency).
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export interface MeasureFieldsRow {
  title: string;
  description: string;
  title_pending: number;
  part_id: number | null;
  owner_id: number | null;
  start_year: number | null;
  end_year: number | null;
}

/** Returns false when the stored version is no longer `version` (nothing written). */
export function updateMeasureFields(
  db: Database,
  id: number,
  version: number,
  f: MeasureFieldsRow,
  updatedAt: string,
): boolean {
  const r = stmt(
    db,
    `UPDATE measures SET title = @title, description = @description, title_pending = @title_pending,
         part_id = @part_id, owner_id = @owner_id, start_year = @start_year, end_year = @end_year,
         version = version + 1, updated_at = @updatedAt
       WHERE id = @id AND version = @version`,
  ).run({ ...f, id, version, updatedAt });
  return r.changes === 1;
}

export function setDeletedAt(
  db: Database,
  id: number,
  version: number,
  deletedAt: string | null,
  updatedAt: string,
): boolean {
  return (
    stmt(
      db,
      'UPDATE measures SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
    ).run(deletedAt, updatedAt, id, version).changes === 1
  );
}

export function replaceOrgLinks(
  db: Database,
  table: 'measure_co_owners' | 'measure_agencies',
  measureId: number,
  orgIds: number[],
): void {
  stmt(db, `DELETE FROM ${table} WHERE measure_id = ?`).run(measureId);
  const insert = stmt(db, `INSERT OR IGNORE INTO ${table} (measure_id, org_id) VALUES (?, ?)`);
  for (const orgId of orgIds) insert.run(measureId, orgId);
}

export function partPlanId(db: Database, partId: number): number | null {
  const r = stmt(db, 'SELECT plan_id FROM parts WHERE id = ?').get(partId) as { plan_id: number } | undefined;
  return r?.plan_id ?? null;
}

export function partLabel(db: Database, partId: number | null): string | null {
  if (partId === null) return null;
  const r = stmt(db, 'SELECT number, title FROM parts WHERE id = ?').get(partId) as
    { number: number; title: string } | undefined;
  return r ? `${r.number}. ${r.title}` : null;
}

export interface TrashRow {
  id: number;
  plan_code: string;
  number: string;
  title: string;
  title_pending: number;
  deleted_at: string;
  version: number;
}

export function listDeletedMeasures(db: Database): TrashRow[] {
  return stmt(
    db,
    `SELECT m.id, p.code AS plan_code, m.number, m.title, m.title_pending, m.deleted_at, m.version
       FROM measures m JOIN plans p ON p.id = m.plan_id
       WHERE m.deleted_at IS NOT NULL ORDER BY m.deleted_at DESC, m.id`,
  ).all() as TrashRow[];
}
