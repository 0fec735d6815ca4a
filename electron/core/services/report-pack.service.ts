// Gathers the annual report pack's data for one period: every measure's status for it (as reported or as
// corrected), its status for the previous period, since when it has been gul or rød, the budget per ministry and
// year, and the corrections made after the period was closed. shared/report/pack.ts makes the document from it.
import type { Database } from 'better-sqlite3';
import type { Basis, PeriodStatus } from '../../../shared/api/periods.contract.ts';
import { sumGiven } from '../../../shared/domain/budget.ts';
import { fieldDef } from '../../../shared/domain/measure-fields.ts';
import { periodEnd, periodKey, periodLabel, previousPeriod, periodStart } from '../../../shared/domain/periods.ts';
import type { PackBudgetRow, PackCorrection, PackData, PackOrg } from '../../../shared/report/pack-data.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { listScalarValues } from '../repositories/measure-edit.repo.ts';
import { eachUpdateUpTo, latestClosing, latestPeriodEvent } from '../repositories/periods.repo.ts';
import { datasetKind } from './portfolio.service.ts';
import { earlierStates, periodStates, periodStatuses, type PeriodStatuses } from './period-status.service.ts';
import { reportedBeside } from './period-view.service.ts';
import { firstPlanStart, requireAfterFirstPlan, requirePeriod } from './periods.service.ts';
import { requirePlans } from './plans.service.ts';

export interface PackRequest {
  period: string;
  planCodes: string[];
  basis: Basis;
}

/** For each measure flagged gul or rød at the end, the date its unbroken run of gul/rød updates began. */
function flaggedSince(db: Database, asOf: string, maxUpdateId: number): Map<number, string> {
  const out = new Map<number, string>();
  const ended = new Set<number>();
  for (const u of eachUpdateUpTo(db, asOf, maxUpdateId)) {
    if (ended.has(u.measure_id)) continue;
    if (u.assessment === 'gul' || u.assessment === 'rod') out.set(u.measure_id, u.effective_date);
    else ended.add(u.measure_id);
  }
  return out;
}

function budgetRows(db: Database, current: PeriodStatuses): PackBudgetRow[] {
  const owner = new Map(current.items.map((i) => [i.measure.id, i.measure.owner]));
  const lines = Map.groupBy(
    listAllBudgetLines(db).filter((b) => b.year <= current.period.year && owner.has(b.measure_id)),
    (b) => `${owner.get(b.measure_id)?.abbrev ?? ''}|${b.year}`,
  );
  return [...lines.values()].map((list) => {
    const o = owner.get(list[0].measure_id) ?? null;
    return {
      ministry: o ? { abbrev: o.abbrev, name: o.name } : null,
      year: list[0].year,
      // An empty amount is left out of the sum; a sum of nothing given stays empty (shared/domain/budget.ts).
      allocatedNok: sumGiven(list.map((b) => b.allocated_nok)),
      spentNok: sumGiven(list.map((b) => b.spent_nok)),
    };
  });
}

/** The measures whose status as corrected differs from what was reported (reportedBeside, as «Vis T2 2026»). */
function corrections(db: Database, current: PeriodStatuses, now: Date): PackCorrection[] {
  const today = periodStates(db, current.period, { basis: 'corrected', now }).states;
  const corrected = new Map(
    current.items.flatMap(({ measure }) => (today.has(measure.id) ? [[measure.id, today.get(measure.id)!]] : [])),
  );
  return [...reportedBeside(db, current.period, corrected)].flatMap(([measureId, r]) =>
    r.differs
      ? [{ measureId, reported: r.reported, reportedAt: r.closing.at, corrected: corrected.get(measureId)! }]
      : [],
  );
}

/** The period's last closing whatever the basis, and whether it was reopened since. */
function lastClosing(db: Database, key: string): PackData['lastClosing'] {
  const closing = latestClosing(db, key);
  if (!closing) return null;
  const newest = latestPeriodEvent(db, key)!;
  return {
    at: closing.at,
    author: closing.author,
    reopenedAt: newest.action === 'reopen' ? newest.at : null,
  };
}

export function packData(db: Database, req: PackRequest, actor: { now: Date; user: string }): PackData {
  const period = requirePeriod(req.period);
  requirePlans(db, req.planCodes, 'planCodes');
  requireAfterFirstPlan(db, period);
  const opts = { basis: req.basis, planCodes: req.planCodes, now: actor.now };
  const current = periodStatuses(db, period, opts);
  const before = previousPeriod(period);
  const first = firstPlanStart(db);
  // As reported, the previous period as it was known when this one was closed (its own report if it was closed then).
  const previous =
    first === null || periodEnd(before) >= first ? earlierStates(db, before, current.closing, opts) : null;
  const previousState = previous?.states ?? new Map<number, PeriodStatus>();
  const fields = listScalarValues(db);
  const column = (key: 'description' | 'startYear' | 'endYear') => fieldDef(key).column!;
  const since = flaggedSince(db, current.asOf, current.closing?.max_update_id ?? Number.MAX_SAFE_INTEGER);
  const org = (o: { abbrev: string; name: string }): PackOrg => ({ abbrev: o.abbrev, name: o.name });
  return {
    period: {
      key: periodKey(period),
      label: periodLabel(period),
      kind: period.kind,
      start: periodStart(period),
      end: periodEnd(period),
    },
    previous: previous ? { key: periodKey(before), label: periodLabel(before), source: previous.source } : null,
    asOf: current.asOf,
    basis: current.basis,
    closing: current.closing ? { at: current.closing.at, author: current.closing.author } : null,
    lastClosing: lastClosing(db, periodKey(period)),
    dataset: datasetKind(db),
    generatedAt: actor.now.toISOString(),
    madeBy: actor.user,
    plans: current.plans.map((p) => ({
      code: p.code,
      title: p.title,
      shortName: p.shortName,
      partWord: p.partWord,
      parts: p.parts.map((pt) => ({ number: pt.number, title: pt.title })),
    })),
    notStarted: current.notStarted.map((p) => p.title),
    measures: current.items.map(({ measure: m, state }) => {
      const f = fields.get(m.id) ?? {};
      const flagged = state.assessment === 'gul' || state.assessment === 'rod';
      return {
        id: m.id,
        planCode: m.planCode,
        number: m.number,
        title: m.title,
        titlePending: m.titlePending,
        partNumber: m.partNumber,
        owner: m.owner ? org(m.owner) : null,
        coOwners: m.coOwners.map(org),
        description: String(f[column('description')] ?? ''),
        startYear: (f[column('startYear')] as number | null) ?? null,
        endYear: (f[column('endYear')] as number | null) ?? null,
        state,
        previous: previousState.get(m.id) ?? null,
        flaggedSince: flagged ? (since.get(m.id) ?? state.effectiveDate) : null,
      };
    }),
    budget: budgetRows(db, current),
    corrections: corrections(db, current, actor.now),
  };
}
