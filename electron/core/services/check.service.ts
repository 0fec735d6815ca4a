// `cli check`: SQLite's integrity check plus the app's own consistency rules.
import type { Database } from 'better-sqlite3';
import { listPlans, planIdByCode } from '../repositories/plans.repo.ts';
import { countMeasuresInPlan, listCheckViolations } from '../repositories/check.repo.ts';
import { datasetKind } from './portfolio.service.ts';

export function checkPortfolio(db: Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
    problems.push(...integrity.map((r) => `SQLite integrity_check: ${r.integrity_check}`));
    return problems;
  }
  for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    problems.push(`Ugyldig referanse i ${fk.table} (rad ${fk.rowid}) til ${fk.parent}`);
  }
  problems.push(...listCheckViolations(db));
  if (datasetKind(db) === 'real') {
    for (const p of listPlans(db)) {
      const id = planIdByCode(db, p.code)!;
      const n = countMeasuresInPlan(db, id);
      if (n !== p.measureCount) problems.push(`Planen ${p.code} skal ha ${p.measureCount} tiltak, men har ${n}.`);
    }
  }
  return problems;
}
