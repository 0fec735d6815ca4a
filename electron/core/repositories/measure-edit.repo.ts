// Writes to one measure. Every UPDATE is guarded by the version read by the caller (optimistic concurrency).
import type { Database } from 'better-sqlite3';
import { fieldDef, SCALAR_KEYS } from '../../../shared/domain/measure-fields.ts';
import { stmt } from '../db/statements.ts';

/** What an edit writes: every scalar field's column (from the field registry) and the relations kept on the row. */
export type MeasureFieldsRow = Record<string, string | number | null> & {
  title_pending: number;
  part_id: number | null;
  owner_id: number | null;
};

const SCALAR_COLUMNS = SCALAR_KEYS.map((k) => fieldDef(k).column!);
const UPDATE_FIELDS_SQL =
  `UPDATE measures SET ${SCALAR_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, ` +
  'title_pending = @title_pending, part_id = @part_id, owner_id = @owner_id, ' +
  'version = version + 1, updated_at = @updatedAt WHERE id = @id AND version = @version';

/** Returns false when the stored version is no longer `version` (nothing written). */
export function updateMeasureFields(
  db: Database,
  id: number,
  version: number,
  f: MeasureFieldsRow,
  updatedAt: string,
): boolean {
  const values = Object.fromEntries(SCALAR_COLUMNS.map((c) => [c, f[c] ?? null]));
  const r = stmt(db, UPDATE_FIELDS_SQL).run({
    ...values,
    title_pending: f.title_pending,
    part_id: f.part_id,
    owner_id: f.owner_id,
    id,
    version,
    updatedAt,
  });
  return r.changes === 1;
}

/** The scalar field values of live measures (report columns, export keys), by measure id. */
export function listScalarValues(db: Database): Map<number, Record<string, unknown>> {
  const rows = stmt(
    db,
    `SELECT id, ${SCALAR_COLUMNS.join(', ')} FROM measures WHERE deleted_at IS NULL`,
  ).all() as Record<string, unknown>[];
  return new Map(rows.map((r) => [r.id as number, r]));
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
