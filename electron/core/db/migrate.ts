// Numbered migrations from resources/migrations, one transaction each. A file newer than the app is refused.
import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** "Tiltaksporteføljen" marks its files in the SQLite header, so a foreign database is recognised. */
export const APPLICATION_ID = 0x54_49_4c_54; // "TILT"

export function tableCount(db: Database): number {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
}

/** A database with tables that does not carry our application id: someone else's file, never to be written. */
export function isForeignDatabase(db: Database): boolean {
  return tableCount(db) > 0 && db.pragma('application_id', { simple: true }) !== APPLICATION_ID;
}

export function loadMigrations(resourcesDir: string): Migration[] {
  const dir = join(resourcesDir, 'migrations');
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 0001.. without gaps; found ${m.name}`);
  });
  return migrations;
}

export function schemaVersion(db: Database): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return 0;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** Throws (and writes nothing) when the file is newer than this app knows. */
export function assertNotNewer(db: Database, migrations: Migration[]): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new AppError(
      'invalid',
      `Filen er laget med en nyere versjon av Tiltaksporteføljen (skjemaversjon ${current}, ` +
        `denne versjonen kjenner til ${migrations.length}). ` +
        'Oppdater programmet for å åpne den. Filen er ikke endret.',
    );
  }
  return current;
}

export function pendingMigrations(db: Database, migrations: Migration[]): Migration[] {
  return migrations.slice(assertNotNewer(db, migrations));
}

/**
 * A migration that rebuilds a table others reference (SQLite's 12-step ALTER) starts with this line: it runs
 * with foreign keys off, and the transaction is refused unless `foreign_key_check` finds nothing.
 */
export const REBUILDS_TABLES_MARKER = '-- migration: rebuilds-tables';

export function migrate(db: Database, migrations: Migration[]): number {
  for (const m of pendingMigrations(db, migrations)) {
    const rebuild = m.sql.startsWith(REBUILDS_TABLES_MARKER);
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
    if (rebuild) db.pragma('foreign_keys = OFF');
    try {
      migrateOne(db, m, rebuild);
    } finally {
      if (rebuild) db.pragma('foreign_keys = ON');
    }
  }
  return migrations.length;
}

function migrateOne(db: Database, m: Migration, rebuild: boolean): void {
  db.transaction(() => {
    db.exec(m.sql);
    if (rebuild && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new Error(`Migration ${m.name} left broken foreign keys; rolled back`);
    }
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('schema_version', ?) " +
        'ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(String(m.version));
    if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}
