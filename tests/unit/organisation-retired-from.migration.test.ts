// Migration 0018: «Avvikle» takes a date, so organisations.retired (0/1) becomes retired_from. A file from before,
// opened by the app: a retired organisation is retired from the day the app retired it (its newest «retire» in the
// audit log), never before its «gyldig fra»; one retired outside the app from today; the others are not retired, and
// nothing else changes.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { openPortfolio } from '../../electron/core/files/open-portfolio.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import type { Organisation } from '../../shared/domain/types.ts';
import { cli } from '../support/cli.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { memoryPortfolio, RESOURCES, tempDir } from '../support/portfolio.ts';

const version = loadMigrations(RESOURCES).find((m) => m.name.endsWith('_organisation_retired_from.sql'))!.version;

type Row = Record<string, unknown> & { id: number; abbrev: string };

/** A file as the previous schema's app left it: HOD retired, reopened and retired again; FIN retired with no audit
 * entry; NYDIR (from 01.06.2026) retired the month before its start. */
function oldFile(path: string): void {
  const db = fileAtSchema(version - 1, { path });
  const id = (abbrev: string) =>
    (db.prepare('SELECT id FROM organisations WHERE abbrev = ? AND valid_to IS NULL').get(abbrev) as Row).id;
  const nydir = Number(
    db
      .prepare(
        `INSERT INTO organisations (abbrev, name, kind, parent_id, valid_from) VALUES ('NYDIR', 'Nytt direktorat',
         'direktorat', ?, '2026-06-01')`,
      )
      .run(id('JD')).lastInsertRowid,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (at, author, entity, entity_id, action, field, old_value, new_value)
     VALUES (?, 'Kari', 'organisation', ?, ?, 'retired', ?, ?)`,
  );
  audit.run('2024-01-02T08:00:00.000Z', id('HOD'), 'retire', '0', '1');
  audit.run('2024-02-01T08:00:00.000Z', id('HOD'), 'unretire', '1', '0');
  audit.run('2025-03-14T22:30:00.000Z', id('HOD'), 'retire', '0', '1');
  audit.run('2026-05-02T08:00:00.000Z', nydir, 'retire', '0', '1');
  db.prepare(`UPDATE organisations SET retired = 1 WHERE abbrev IN ('HOD', 'FIN', 'NYDIR')`).run();
  db.close();
}

const rows = (db: BetterSqlite3.Database) => db.prepare('SELECT * FROM organisations ORDER BY id').all() as Row[];

describe('migration 0018: organisations retired from a date', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('dates each retirement by the audit log, and changes nothing else', async () => {
    const path = join(tmp.dir, 'gammel.tilt');
    oldFile(path);
    const raw = new BetterSqlite3(path, { readonly: true });
    const before = rows(raw);
    raw.close();

    const days = [new Date().toISOString().slice(0, 10)];
    const opened = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    days.push(new Date().toISOString().slice(0, 10));
    try {
      const after = rows(opened.ctx.db);
      const retiredFrom = Object.fromEntries(
        after.filter((r) => r.retired_from !== null).map((r) => [r.abbrev, r.retired_from]),
      );
      // HOD: its newest retirement (the UTC day of `at`); NYDIR: not before its «gyldig fra»; FIN: the day it opened.
      expect(retiredFrom).toEqual({ HOD: '2025-03-14', NYDIR: '2026-06-01', FIN: expect.any(String) });
      expect(days).toContain(retiredFrom.FIN);
      expect(after.map(({ retired_from: _, ...r }) => r)).toEqual(before.map(({ retired: _, ...r }) => r));
      expect(opened.ctx.db.pragma('foreign_key_check')).toEqual([]);

      const r = await dispatch('organisations:list', {}, () => opened.ctx);
      if (!r.ok) throw new Error(JSON.stringify(r));
      const hod = (r.value as Organisation[]).find((o) => o.abbrev === 'HOD')!;
      expect(hod).toMatchObject({ retiredFrom: '2025-03-14' });
      expect(hod).not.toHaveProperty('retired');
    } finally {
      opened.close();
    }
    expect(await cli('check', '--db', path)).toMatchObject({ code: 0, out: 'ok' });
  });

  it('refuses a retirement before its «gyldig fra», or a date that is not one, on disk', () => {
    const { db } = memoryPortfolio();
    const set = (v: string) => db.prepare("UPDATE organisations SET retired_from = ? WHERE abbrev = 'JD'").run(v);
    // JD is «gyldig fra» 01.01.2012.
    expect(() => set('2011-12-31')).toThrow(/CHECK constraint failed/);
    expect(() => set('1.1.2027')).toThrow(/CHECK constraint failed/);
    expect(() => set('2012-01-01')).not.toThrow();
  });
});
