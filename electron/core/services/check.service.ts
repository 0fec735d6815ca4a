// `check`: SQLite's integrity and foreign-key checks, the full-text indexes against their texts, and the app's
// own invariants (derived status tables, versions, rename chains, organisation kinds in each role, dates).
import type { Database } from 'better-sqlite3';
import type { CheckResult } from '../../../shared/api/files.contract.ts';
import { writableView } from '../db/open.ts';
import { listPlans, planIdByCode } from '../repositories/plans.repo.ts';
import {
  countMeasuresInPlan,
  derivedStatusMismatches,
  foreignKeyViolations,
  FULL_TEXT_INDEXES,
  fullTextIndexSound,
  listCheckViolations,
} from '../repositories/check.repo.ts';
import { integrityCheck, isSound } from '../repositories/file-health.repo.ts';
import { snapshotCountMismatches, snapshotMismatches, unexplainedCorrections } from '../repositories/periods.repo.ts';
import { parsePeriod, periodLabel } from '../../../shared/domain/periods.ts';
import { formatDateTime } from '../../../shared/format/nb.ts';
import { datasetKind } from './portfolio.service.ts';

const INDEX_LABEL = { measure_fts: 'titler og beskrivelser', comment_fts: 'statuskommentarer' } as const;

function fullTextProblems(db: Database): string[] {
  return FULL_TEXT_INDEXES.filter((ix) => !fullTextIndexSound(db, ix)).map(
    (ix) =>
      `Søkeindeksen for ${INDEX_LABEL[ix]} stemmer ikke med teksten i filen: teksten er endret utenfor programmet.`,
  );
}

export function checkPortfolio(file: Database): CheckResult {
  const view = writableView(file);
  try {
    return checkWritable(view.db);
  } catch (err) {
    // Damage integrity_check let through can still surface in a later query: it is a finding, not a crash.
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: unknown }).code))) throw err;
    return { problems: [`Filen er skadet: SQLite kunne ikke lese alt innholdet (${(err as Error).message}).`] };
  } finally {
    view.close();
  }
}

const label = (key: string) => {
  const p = parsePeriod(key);
  return p ? periodLabel(p) : key;
};

/** Closed periods' snapshots against the history: each row is what the history said when it was closed. */
function snapshotProblems(db: Database): string[] {
  const problems: string[] = [];
  for (const [key, rows] of Map.groupBy(snapshotMismatches(db), (r) => `${r.period}|${r.at}`)) {
    const ids = rows.map((r) => r.measure_id);
    problems.push(
      `Øyeblikksbildet av ${label(key.split('|')[0])} (lukket ${formatDateTime(rows[0].at)}) stemmer ikke med ` +
        `statushistorikken for ${ids.length} tiltak (id ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ' …' : ''}).`,
    );
  }
  for (const c of snapshotCountMismatches(db))
    problems.push(
      `Øyeblikksbildet av ${label(c.period)} (lukket ${formatDateTime(c.at)}) skal ha ${c.expected} tiltak, ` +
        `men har ${c.n}.`,
    );
  for (const u of unexplainedCorrections(db))
    problems.push(
      `Statusoppdatering ${u.id} er datert i ${label(u.period)} etter at perioden ble lukket, uten begrunnelse.`,
    );
  return problems;
}

function checkWritable(db: Database): CheckResult {
  const problems: string[] = [];
  const integrity = integrityCheck(db);
  if (!isSound(integrity)) {
    problems.push(...integrity.map((r) => `SQLite integrity_check: ${r}`));
    return { problems };
  }
  for (const fk of foreignKeyViolations(db)) {
    problems.push(`Ugyldig referanse i ${fk.table} (rad ${fk.rowid}) til ${fk.parent}.`);
  }
  problems.push(...listCheckViolations(db));
  const mismatched = derivedStatusMismatches(db);
  if (mismatched.length > 0)
    problems.push(
      `Gjeldende status stemmer ikke med statushistorikken for ${mismatched.length} tiltak ` +
        `(id ${mismatched.slice(0, 10).join(', ')}${mismatched.length > 10 ? ' …' : ''}).`,
    );
  problems.push(...fullTextProblems(db));
  problems.push(...snapshotProblems(db));
  if (datasetKind(db) === 'real') {
    for (const p of listPlans(db)) {
      const id = planIdByCode(db, p.code)!;
      const n = countMeasuresInPlan(db, id);
      if (n !== p.measureCount) problems.push(`Planen ${p.code} skal ha ${p.measureCount} tiltak, men har ${n}.`);
    }
  }
  return { problems };
}
