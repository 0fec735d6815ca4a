// Files as an older version of the app made them, for migration tests. The seed is written by today's code, so a
// file "at schema N" is made by seeding a current database and copying every column schema N has into a
// database migrated to N: later migrations (new columns, new tables) then run on it as on a user's old file.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { loadMigrations, migrate } from '../../electron/core/db/migrate.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import type { ExampleOptions } from '../../electron/core/seed/example.ts';
import { seedPortfolio } from '../../electron/core/services/portfolio.service.ts';
import { FIXED_NOW, RESOURCES } from './portfolio.ts';

const columnsOf = (db: Database, table: string, schema = 'main') =>
  (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((c) => c.name);

/** A seeded database at schema `version` (in memory, or at `path`), with the rows today's seed writes. */
export function fileAtSchema(
  version: number,
  opts: { path?: string; example?: boolean | ExampleOptions } = {},
): Database {
  const old = new BetterSqlite3(opts.path ?? ':memory:');
  migrate(
    old,
    loadMigrations(RESOURCES).filter((m) => m.version <= version),
  );
  const tables = (
    old
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
          "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%' AND name <> 'meta'",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  old.pragma('foreign_keys = OFF');
  const image = openPortfolioDb(':memory:', { resourcesDir: RESOURCES, create: true });
  seedPortfolio(image, { resourcesDir: RESOURCES, now: FIXED_NOW, example: opts.example ?? false });
  const rows = new Map(
    tables.map((t) => [t, image.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]]),
  );
  for (const [table, list] of rows) {
    if (list.length === 0) continue;
    // A column the current schema no longer has (organisations.retired, 0018) takes its default at schema N.
    const cols = columnsOf(old, table).filter((c) => c in list[0]);
    const insert = old.prepare(
      `INSERT OR REPLACE INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) ` +
        `VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    );
    old.transaction(() => {
      for (const r of list) insert.run(Object.fromEntries(cols.map((c) => [c, r[c] ?? null])));
    })();
  }
  for (const key of ['dataset', 'created_at']) {
    const v = image.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    if (v) old.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, v.value);
  }
  image.close();
  old.pragma('foreign_keys = ON');
  return old;
}
