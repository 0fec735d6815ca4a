import type { Database } from 'better-sqlite3';

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
}

export function insertAudit(db: Database, a: Omit<AuditRow, 'id'>): void {
  db.prepare(
    `INSERT INTO audit_log (at, author, entity, entity_id, action, field, old_value, new_value)
     VALUES (@at, @author, @entity, @entity_id, @action, @field, @old_value, @new_value)`,
  ).run(a);
}

export function listAudit(db: Database, entity: string, entityId: number): AuditRow[] {
  return db.prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC').all(entity, entityId) as AuditRow[];
}
