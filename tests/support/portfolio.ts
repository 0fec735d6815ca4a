// Test fixtures: real SQLite databases (in memory or in a temp folder) built by the real core.
import type { Database } from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreContext } from '../../electron/core/context.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import type { ExampleOptions } from '../../electron/core/seed/example.ts';
import { createPortfolioFile, seedPortfolio } from '../../electron/core/services/portfolio.service.ts';

export const RESOURCES = sourceResourcesDir();

// Tests never read or change the developer's own settings (a second backup folder …): they get a folder of their
// own, inherited by the CLI and preview processes they start.
process.env.TILTAK_SETTINGS_DIR ??= mkdtempSync(join(tmpdir(), 'tiltak-settings-'));
export const FIXED_NOW = new Date('2026-11-23T09:00:00.000Z');

export interface TestPortfolio extends CoreContext {
  setNow(d: Date): void;
}

/** A migrated, seeded in-memory portfolio with a controllable clock. */
export function memoryPortfolio(
  opts: { example?: boolean | ExampleOptions; now?: Date; user?: string } = {},
): TestPortfolio {
  const db = openPortfolioDb(':memory:', { resourcesDir: RESOURCES, create: true });
  let now = opts.now ?? FIXED_NOW;
  seedPortfolio(db, { resourcesDir: RESOURCES, now, example: opts.example ?? false });
  return {
    db,
    path: ':memory:',
    readOnly: false,
    now: () => now,
    user: () => opts.user ?? 'Test Testesen',
    setNow: (d) => {
      now = d;
    },
  };
}

export function tempDir(prefix = 'tiltak-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real portfolio file on disk; returns its path. */
export function portfolioFile(
  dir: string,
  name = 'portefolje.tilt',
  example: boolean | ExampleOptions = false,
): string {
  const path = join(dir, name);
  createPortfolioFile(path, { resourcesDir: RESOURCES, now: FIXED_NOW, example });
  return path;
}

/** Every row of every table: to prove that a refused operation wrote nothing. */
export function snapshot(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map((t) => [
      t.name,
      db
        .prepare(`SELECT * FROM "${t.name}"`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );
}

/** A bare connection to a portfolio file, as a second process would have one, without the writer lease:
 * for testing the optimistic versions that stand behind the lease. */
export function fileContext(path: string, opts: { now: () => Date; user: () => string }): CoreContext {
  return { db: openPortfolioDb(path, { resourcesDir: RESOURCES }), path, readOnly: false, ...opts };
}

/**
 * A copy of `path` as a writer left it when it crashed mid-transaction: the file with some changed pages already
 * written (a small page cache spills them) and the hot journal that rolls them back. Returns the copy's path.
 */
export function crashedCopy(path: string, copy: string): string {
  const db = openPortfolioDb(path, { resourcesDir: RESOURCES });
  try {
    db.pragma('cache_size = 5');
    db.exec('BEGIN IMMEDIATE');
    db.exec("UPDATE measures SET description = description || printf('%.2000c', 'x')");
    copyFileSync(path, copy);
    copyFileSync(`${path}-journal`, `${copy}-journal`);
    db.exec('ROLLBACK');
  } finally {
    db.close();
  }
  return copy;
}
