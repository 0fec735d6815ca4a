// Issue 11 §3: damage quick_check cannot see is still found. Every coded column has a CHECK constraint (migration
// 0007 adds the missing ones, and a file made by the previous schema migrates with its content intact), and
// `check` also runs foreign_key_check, the full-text indexes against their texts, and the app's own invariants.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { loadMigrations, migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { cli } from '../support/cli.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';

const tmp = tempDir('tiltak-check-');
afterAll(() => tmp.cleanup());

/** Writes to a portfolio behind the app's back, as damage or a foreign tool would (append-only triggers off). */
function tamper(path: string, sql: string): void {
  const db = new BetterSqlite3(path);
  db.pragma('foreign_keys = OFF');
  db.pragma('ignore_check_constraints = ON');
  // No trigger fires (damage does not run them); they come back exactly as they were (the schema is checked).
  const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  db.exec(sql);
  for (const t of triggers) db.exec(t.sql);
  db.close();
}

/** A file as the app before 0007 made it: the migrations up to 0006 and the example data. */
function schema6File(name: string): string {
  const path = join(tmp.dir, name);
  const db = fileAtSchema(6, { path, example: { size: 40 } });
  expect(schemaVersion(db)).toBe(6);
  db.close();
  return path;
}

describe('migration 0007: CHECK constraints on every coded column', () => {
  it('migrates a file made by the previous schema with every row kept, and check then says ok', async () => {
    const path = schema6File('skjema6.tilt');
    const db = new BetterSqlite3(path);
    const before = snapshot(db);
    migrate(
      db,
      loadMigrations(RESOURCES).filter((m) => m.version <= 7),
    );
    expect(schemaVersion(db)).toBe(7);
    // Every row of every table as it was; only meta's schema_version moved on.
    const tables = (snap: string) =>
      new Map(
        (JSON.parse(snap) as [string, string[]][]).map(([t, rows]) => [
          t,
          JSON.stringify(rows.filter((r) => !r.includes('"schema_version"'))),
        ]),
      );
    const [was, is] = [tables(before), tables(snapshot(db))];
    expect([...is.keys()]).toEqual([...was.keys()]);
    for (const [t, rows] of was) expect(is.get(t), t).toBe(rows);
    db.close();
    // The app then takes it to the newest schema, and check finds nothing wrong.
    const o = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    o.close();
    expect(await cli('check', '--db', path)).toMatchObject({ code: 0, out: 'ok' });
  });

  it('refuses a code outside the vocabulary in the columns that had no CHECK before', () => {
    const db = openPortfolioDb(':memory:', { resourcesDir: RESOURCES, create: true });
    expect(() => db.exec("INSERT INTO organisations (abbrev, name, kind) VALUES ('XX', 'Noe', 'avdeling')")).toThrow(
      /CHECK/,
    );
    expect(() =>
      db.exec(
        'INSERT INTO measure_status_latest ' +
          '(measure_id, update_id, effective_date, recorded_at, status, assessment, comment, first_date) ' +
          "VALUES (1, 1, '2024-01-01', 'x', 'paagaar', 'gronn', '', '2024-01-01')",
      ),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('finds a garbage status code written to disk when the file is opened, and never writes to it', async () => {
    const path = portfolioFile(tmp.dir, 'kode.tilt', { size: 10 });
    tamper(path, "UPDATE measure_status_latest SET status = 'p@g@r' WHERE measure_id = 1");
    let err: unknown;
    try {
      await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details).toMatchObject({ damaged: true });
  });
});

describe('npm run cli -- check finds what SQLite alone does not', () => {
  it.each([
    [
      'a derived status that disagrees with the history',
      "UPDATE measure_status_latest SET status = CASE status WHEN 'pagar' THEN 'avbrutt' ELSE 'pagar' END " +
        'WHERE measure_id = 3',
      /Gjeldende status stemmer ikke med statushistorikken for 1 tiltak \(id 3\)/,
    ],
    [
      'a status comment changed on disk (the search index no longer matches it)',
      "UPDATE status_updates SET comment = 'Endret utenfor programmet' WHERE id = (SELECT max(id) FROM status_updates)",
      /Søkeindeksen for statuskommentarer stemmer ikke med teksten i filen/,
    ],
    [
      'a measure title changed on disk',
      "UPDATE measures SET title = 'Endret utenfor programmet' WHERE id = 2",
      /Søkeindeksen for titler og beskrivelser stemmer ikke/,
    ],
    [
      'a ministry as agency',
      "INSERT INTO measure_agencies (measure_id, org_id) SELECT 4, id FROM organisations WHERE abbrev = 'JD'",
      /tiltak \d+ har departementet JD som etat\./,
    ],
    [
      'an agency as owner',
      "UPDATE measures SET owner_id = (SELECT id FROM organisations WHERE kind = 'direktorat' LIMIT 1) WHERE id = 5",
      /har \S+ som ansvarlig departement, men \S+ er ikke et departement\./,
    ],
    [
      'a version older than its history',
      'INSERT INTO audit_log (at, author, entity, entity_id, action, field, version) VALUES ' +
        "('2026-01-01T00:00:00Z', 'x', 'measure', 6, 'update', 'title', 9)",
      /har versjon 1, men historikken viser versjon 9\./,
    ],
    [
      'a rename chain whose predecessor was never closed',
      "UPDATE organisations SET valid_to = NULL WHERE abbrev = 'BLD'",
      /BFD har fått nytt navn, men den forrige utgaven \(BLD\) er ikke avsluttet\./,
    ],
    [
      'a retirement date that is no day (its shape passes the CHECK)',
      "UPDATE organisations SET retired_from = '2026-02-30' WHERE abbrev = 'HOD'",
      /Organisasjonen HOD har ugyldig dato\./,
    ],
    [
      'a broken reference',
      'INSERT INTO measure_agencies (measure_id, org_id) VALUES (7, 99999)',
      /Ugyldig referanse i measure_agencies/,
    ],
  ])('%s', async (_, sql, message) => {
    const path = portfolioFile(tmp.dir, `regel-${Math.random().toString(36).slice(2)}.tilt`, { size: 10 });
    expect((await cli('check', '--db', path)).out).toBe('ok');
    tamper(path, sql);
    const r = await cli('check', '--db', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });
});
