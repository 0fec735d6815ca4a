// Deterministic example files per size, cached between bench runs (generation takes a while at 10 000).
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { createPortfolioFile } from '../../electron/core/services/portfolio.service.ts';

export const UPDATES_PER_MEASURE = 20;
export const BUDGET_LINES_PER_MEASURE = 5;
// 2: the example's history runs from each plan's start to the month before the fixed `now` (issue 12 §17).
const GENERATOR_VERSION = 2;
const CACHE = new URL('../../node_modules/.cache/tiltak-bench/', import.meta.url).pathname;

export function exampleFile(size: number): string {
  mkdirSync(CACHE, { recursive: true });
  // The schema version is in the name: a file made before a migration is made again, not migrated in place.
  const schema = loadMigrations(sourceResourcesDir()).length;
  const file = join(CACHE, `example-${size}-v${GENERATOR_VERSION}-s${schema}.tilt`);
  if (existsSync(file)) return file;
  const tmp = `${file}.gen`;
  rmSync(tmp, { force: true });
  createPortfolioFile(tmp, {
    resourcesDir: sourceResourcesDir(),
    now: new Date('2026-01-15T09:00:00Z'),
    // Every measure with its 20 updates (none left unreported), so the scenarios' work is the same at every size.
    example: {
      size,
      updatesPerMeasure: UPDATES_PER_MEASURE,
      budgetYearsPerMeasure: BUDGET_LINES_PER_MEASURE,
      unreportedShare: 0,
    },
  });
  renameSync(tmp, file);
  return file;
}

/** A private copy for scenarios that write, so every run starts from the same file. */
export function scratchCopy(file: string, name: string): string {
  const dir = join(CACHE, 'scratch');
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, name);
  rmSync(copy, { force: true });
  copyFileSync(file, copy);
  return copy;
}

export function counts(file: string): { measures: number; updates: number; budget: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      measures: n('SELECT count(*) AS n FROM measures'),
      updates: n('SELECT count(*) AS n FROM status_updates'),
      budget: n('SELECT count(*) AS n FROM budget_lines'),
    };
  } finally {
    db.close();
  }
}
