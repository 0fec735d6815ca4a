import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export interface AuditRow {
  id: number;
  at: string;
  author: string;
  entity: string;
  entity_id: number;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  /** The measure version the change produced (migration 0002); null for entries that do not bump it. */
  version: number | null;
  /** The undoable change this entry belongs to (migration 0008); null for older entries and plain edits. */
  change_set_id: number | null;
  /** Read with the entry: whether its change was made by «Angre» (undo) or «Gjør om» (redo), else 'do' or null. */
  change_kind?: string | null;
}

export type NewAudit = Omit<AuditRow, 'id' | 'version' | 'change_set_id' | 'change_kind'> & {
  version?: number | null;
  change_set_id?: number | null;
};

export function insertAudit(db: Database, a: NewAudit): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, author, entity, entity_id, action, field, old_value, new_value, version, change_set_id)
     VALUES (@at, @author, @entity, @entity_id, @action, @field, @old_value, @new_value, @version, @change_set_id)`,
  ).run({ ...a, version: a.version ?? null, change_set_id: a.change_set_id ?? null });
}

/** The entity's history, newest first, each entry with the kind of change that made it (do, undo or redo). */
export function listAudit(db: Database, entity: string, entityId: number): AuditRow[] {
  return stmt(
    db,
    `SELECT a.*, cs.kind AS change_kind FROM audit_log a LEFT JOIN change_sets cs ON cs.id = a.change_set_id
     WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.at DESC, a.id DESC`,
  ).all(entity, entityId) as AuditRow[];
}

/** Entries that moved a record past `version`: what changed since a stale read, oldest first. */
export function listAuditSinceVersion(db: Database, entity: string, entityId: number, version: number): AuditRow[] {
  return stmt(
    db,
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? AND version > ? ORDER BY version, id',
  ).all(entity, entityId, version) as AuditRow[];
}

/** Who deleted each measure last (for the recycle bin). */
export function lastDeleteAuthors(db: Database): Map<number, string> {
  const rows = stmt(
    db,
    `SELECT entity_id, author FROM audit_log a WHERE entity = 'measure' AND action = 'delete'
       AND id = (SELECT max(id) FROM audit_log b
                 WHERE b.entity = 'measure' AND b.action = 'delete' AND b.entity_id = a.entity_id)`,
  ).all() as { entity_id: number; author: string }[];
  return new Map(rows.map((r) => [r.entity_id, r.author]));
}
