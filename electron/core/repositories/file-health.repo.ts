// SQLite's own checks and counters, used by the file lifecycle (open, backups, change polling).
import type { Database } from 'better-sqlite3';

/** SQLite's answer rows; ['ok'] when the file is sound. */
export function quickCheck(db: Database): string[] {
  return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
}

export function integrityCheck(db: Database): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
}

export function isSound(result: string[]): boolean {
  return result.length === 1 && result[0] === 'ok';
}

/** Changes when another connection commits to the file. */
export function dataVersion(db: Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** Rows changed by this connection since it opened. */
export function totalChanges(db: Database): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** The schema as SQLite stores it (our objects only), one line per object, sorted: to compare files. */
export function schemaFingerprint(db: Database): string[] {
  return (
    db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as Record<string, unknown>[]
  ).map((r) => JSON.stringify(r));
}
