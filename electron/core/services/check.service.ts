// `cli check`: SQLite's integrity check plus the app's own consistency rules.
import type { Database } from 'better-sqlite3';
import { listPlans, planIdByCode } from '../repositories/plans.repo.ts';
import { countMeasuresInPlan, foreignKeyViolations, listCheckViolations } from '../repositories/check.repo.ts';
import { integrityCheck, isSound } from '../repositories/file-health.repo.ts';
import { datasetKind } from './portfolio.service.ts';

export function checkPortfolio(db: Database): string[] {
  const problems: string[] = [];
  const integrity = integrityCheck(db);
  if (!isSound(integrity)) {
    problems.push(...integrity.map((r) => `SQLite integrity_check: ${r}`));
    return problems;
  }
  for (const fk of foreignKeyViolations(db)) {
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
