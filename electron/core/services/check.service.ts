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
import {
  snapshotCountMismatches,
  snapshotMismatches,
  unexplainedCorrections,
  unexplainedEarlierCorrections,
} from '../repositories/periods.repo.ts';
import { getMeta } from '../repositories/meta.repo.ts';
import { parsePeriod, periodLabel } from '../../../shared/domain/periods.ts';
import { formatDate, formatDateTime } from '../../../shared/format/nb.ts';
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
    return {
      problems: [`Filen er skadet: SQLite kunne ikke lese alt innholdet (${(err as Error).message}).`],
      notices: [],
    };
  } finally {
    view.close();
  }
}

const idList = (ids: number[]) => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ' …' : ''}`;

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
        `statushistorikken for ${ids.length} tiltak (id ${idList(ids)}).`,
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

/**
 * Reasonless updates dated before a closed period that set its status at the end (the rule of migration 0017). Those
 * recorded before the file enforced the rule were allowed then: a notice, per period, for they are history and the
 * file is sound. One recorded since went around the trigger: a problem, as one dated inside a closed period is.
 */
function earlierCorrections(db: Database): { problems: string[]; notices: string[] } {
  const ruleAfter = Number(getMeta(db, 'corrections_rule_after_update') ?? 0);
  const found = unexplainedEarlierCorrections(db);
  const problems = found
    .filter((u) => u.id > ruleAfter)
    .map(
      (u) =>
        `Statusoppdatering ${u.id} er datert ${formatDate(u.effective_date)} og endret statusen ved slutten av ` +
        `${label(u.period)} etter at perioden ble lukket, uten begrunnelse.`,
    );
  const notices = [
    ...Map.groupBy(
      found.filter((u) => u.id <= ruleAfter),
      (u) => u.period,
    ),
  ].map(([period, rows]) => {
    const [one, ids] = [rows.length === 1, rows.map((r) => r.id)];
    const who = one
      ? `Statusoppdatering ${ids[0]} (datert ${formatDate(rows[0].effective_date)})`
      : `${rows.length} statusoppdateringer (id ${idList(ids)})`;
    return (
      `${who} endret statusen ved slutten av ${label(period)} etter at perioden ble lukket, uten begrunnelse. ` +
      `${one ? 'Den' : 'De'} ble registrert før programmet krevde begrunnelse for en slik korrigering, så filen er ` +
      `ikke feil, men ${one ? 'den' : 'de'} er ikke merket «korrigert etter lukking».`
    );
  });
  return { problems, notices };
}

function checkWritable(db: Database): CheckResult {
  const problems: string[] = [];
  const integrity = integrityCheck(db);
  if (!isSound(integrity)) {
    problems.push(...integrity.map((r) => `SQLite integrity_check: ${r}`));
    return { problems, notices: [] };
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
  const earlier = earlierCorrections(db);
  problems.push(...earlier.problems);
  if (datasetKind(db) === 'real') {
    for (const p of listPlans(db)) {
      const id = planIdByCode(db, p.code)!;
      const n = countMeasuresInPlan(db, id);
      if (n !== p.measureCount) problems.push(`Planen ${p.code} skal ha ${p.measureCount} tiltak, men har ${n}.`);
    }
  }
  return { problems, notices: earlier.notices };
}
