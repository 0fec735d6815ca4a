// `check`: SQLite's integrity and foreign-key checks, the full-text indexes against their texts, and the app's
// own invariants (derived status tables, versions, rename chains, organisation kinds in each role, dates).
import type { Database } from 'better-sqlite3';
import { openScratchWriter } from '../db/open.ts';
import { listPlans, planIdByCode } from '../repositories/plans.repo.ts';
import {
  countMeasuresInPlan,
  derivedStatusMismatches,
  FULL_TEXT_INDEXES,
  fullTextIndexSound,
  listCheckViolations,
} from '../repositories/check.repo.ts';
import { datasetKind } from './portfolio.service.ts';

export interface CheckResult {
  /** One sentence per problem found; empty when the file is sound. */
  problems: string[];
  /** What could not be checked, and why (e.g. a read-only file's full-text indexes). */
  notes: string[];
}

const INDEX_LABEL = { measure_fts: 'titler og beskrivelser', comment_fts: 'statuskommentarer' } as const;

/** The full-text checks run as INSERTs: on a read-only connection they go through a short-lived writable one. */
function fullTextProblems(db: Database, path: string | undefined, notes: string[]): string[] {
  const run = (conn: Database) =>
    FULL_TEXT_INDEXES.filter((ix) => !fullTextIndexSound(conn, ix)).map(
      (ix) =>
        `Søkeindeksen for ${INDEX_LABEL[ix]} stemmer ikke med teksten i filen: teksten er endret utenfor programmet.`,
    );
  try {
    return run(db);
  } catch (err) {
    if (!String((err as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw err;
  }
  const writer = path ? openScratchWriter(path) : null;
  if (!writer) {
    notes.push('Søkeindeksene ble ikke kontrollert, fordi filen er skrivebeskyttet.');
    return [];
  }
  try {
    return run(writer);
  } finally {
    writer.close();
  }
}

export function checkPortfolio(db: Database, path?: string): CheckResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
    problems.push(...integrity.map((r) => `SQLite integrity_check: ${r.integrity_check}`));
    return { problems, notes };
  }
  for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    problems.push(`Ugyldig referanse i ${fk.table} (rad ${fk.rowid}) til ${fk.parent}.`);
  }
  problems.push(...listCheckViolations(db));
  const mismatched = derivedStatusMismatches(db);
  if (mismatched.length > 0)
    problems.push(
      `Gjeldende status stemmer ikke med statushistorikken for ${mismatched.length} tiltak ` +
        `(id ${mismatched.slice(0, 10).join(', ')}${mismatched.length > 10 ? ' …' : ''}).`,
    );
  problems.push(...fullTextProblems(db, path, notes));
  if (datasetKind(db) === 'real') {
    for (const p of listPlans(db)) {
      const id = planIdByCode(db, p.code)!;
      const n = countMeasuresInPlan(db, id);
      if (n !== p.measureCount) problems.push(`Planen ${p.code} skal ha ${p.measureCount} tiltak, men har ${n}.`);
    }
  }
  return { problems, notes };
}
