import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export function countMeasuresInPlan(db: Database, planId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM measures WHERE plan_id = ? AND deleted_at IS NULL').get(planId) as { n: number }
  ).n;
}

/** SQLite's foreign-key check: every row that points at nothing. */
export function foreignKeyViolations(db: Database): { table: string; rowid: number; parent: string }[] {
  return db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
}

/** Rules the schema cannot express on its own; each row found is a sentence for the user. */
const CONSISTENCY_RULES = [
  `SELECT 'Tiltak ' || m.number || ' har en del fra en annen plan.' AS msg
   FROM measures m JOIN parts p ON p.id = m.part_id WHERE p.plan_id <> m.plan_id`,
  `SELECT 'Tiltak ' || number || ' har tom tittel.' AS msg FROM measures WHERE trim(title) = ''`,
  `SELECT 'Statusoppdatering ' || id || ' har ugyldig dato «' || effective_date || '».' AS msg
   FROM status_updates WHERE date(effective_date) IS NULL OR date(effective_date) <> effective_date`,
];

export function listCheckViolations(db: Database): string[] {
  return CONSISTENCY_RULES.flatMap((sql) => (stmt(db, sql).all() as { msg: string }[]).map((r) => r.msg));
}
