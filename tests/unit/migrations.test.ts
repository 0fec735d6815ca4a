import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, loadMigrations, schemaVersion } from '../../electron/core/db/migrate.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { RESOURCES, tempDir } from '../support/portfolio.ts';

describe('migrations', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('are numbered 0001.. without gaps and bring an empty file to the latest schema', () => {
    const migrations = loadMigrations(RESOURCES);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = openPortfolioDb(join(tmp.dir, 'ny.tilt'), { resourcesDir: RESOURCES, create: true });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'plans',
        'parts',
        'organisations',
        'measures',
        'status_updates',
        'budget_lines',
        'audit_log',
        'meta',
      ]),
    );
    db.close();
  });

  it('uses a rollback journal with full sync and foreign keys on', () => {
    const db = openPortfolioDb(join(tmp.dir, 'p.tilt'), { resourcesDir: RESOURCES, create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file whose schema is newer than the app, and leaves it untouched', () => {
    const path = join(tmp.dir, 'fremtid.tilt');
    openPortfolioDb(path, { resourcesDir: RESOURCES, create: true }).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("UPDATE meta SET value = '999' WHERE key = 'schema_version'").run();
    raw.close();
    const before = readFileSync(path);
    expect(() => openPortfolioDb(path, { resourcesDir: RESOURCES })).toThrow(/nyere versjon av Tiltaksporteføljen/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a portfolio, and leaves it untouched', () => {
    const text = join(tmp.dir, 'notat.tilt');
    writeFileSync(text, 'Dette er ikke en database');
    expect(() => openPortfolioDb(text, { resourcesDir: RESOURCES })).toThrow(/er ikke en tiltaksportefølje/);
    expect(readFileSync(text, 'utf8')).toBe('Dette er ikke en database');

    const other = join(tmp.dir, 'annen.sqlite');
    const raw = new BetterSqlite3(other);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const before = readFileSync(other);
    expect(() => openPortfolioDb(other, { resourcesDir: RESOURCES })).toThrow(/er ikke en tiltaksportefølje/);
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('keeps status history append-only at the database level', () => {
    const db = openPortfolioDb(':memory:', { resourcesDir: RESOURCES, create: true });
    db.exec(`INSERT INTO plans (code, title, kind, measure_count) VALUES ('p', 'P', 'strategi', 1);
             INSERT INTO measures (plan_id, number, sort_key, title, created_at, updated_at)
               VALUES (1, '1', 1, 'T', 'x', 'x');
             INSERT INTO status_updates (measure_id, status, assessment, author, effective_date, recorded_at)
               VALUES (1, 'pagar', 'gronn', 'a', '2024-01-01', 'x');`);
    expect(() => db.exec("UPDATE status_updates SET status = 'fullfort'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM status_updates')).toThrow(/append-only/);
    expect(() =>
      db.exec(
        'INSERT INTO status_updates (measure_id, status, assessment, author, effective_date, recorded_at) ' +
          "VALUES (1, 'pagar', 'rod', 'a', '2024-01-01', 'x')",
      ),
    ).toThrow(/CHECK/);
  });
});
