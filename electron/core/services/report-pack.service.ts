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
import {
  eachUpdateUpTo,
  latestClosing,
  latestPeriodEvent,
  listSnapshot,
  type SnapshotRow,
} from '../repositories/periods.repo.ts';
import { datasetKind } from './portfolio.service.ts';
import {
  periodStates,
  periodStatuses,
  sameState,
  snapshotStateFor,
  type PeriodStatuses,
} from './period-status.service.ts';
import {
  closedSpans,
  closingCorrected,
  firstPlanStart,
  requireAfterFirstPlan,
  requirePeriod,
} from './periods.service.ts';
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

/**
 * The snapshot of the period's last closing against today's knowledge: the measures that differ. And, when the period
 * was reopened and closed again, the measures whose status was corrected while it was closed an earlier time: they
 * equal the last snapshot but still carry the «korrigert etter lukking» mark, so their reason is listed here with
 * what that earlier closing reported.
 */
function corrections(db: Database, current: PeriodStatuses, now: Date): PackCorrection[] {
  const key = periodKey(current.period);
  const closing = latestClosing(db, key);
  if (!closing) return [];
  const spans = closedSpans(db, key);
  const corrected = periodStates(db, current.period, { basis: 'corrected', now }).states;
  const snapshots = new Map<number, Map<number, { row: SnapshotRow; state: PeriodStatus }>>();
  const snapshot = (id: number) => {
    if (!snapshots.has(id))
      snapshots.set(
        id,
        new Map(listSnapshot(db, id).map((r) => [r.measure_id, { row: r, state: snapshotStateFor(r, spans) }])),
      );
    return snapshots.get(id)!;
  };
  const out: PackCorrection[] = [];
  for (const { measure } of current.items) {
    const state = corrected.get(measure.id);
    if (!state) continue;
    const was = snapshot(closing.id).get(measure.id);
    if (!was || !sameState(was.state, state)) {
      out.push({ measureId: measure.id, reported: was?.state ?? null, reportedAt: closing.at, corrected: state });
      continue;
    }
    const earlier = was.row.update_id === null ? undefined : closingCorrected(spans, was.row.update_id);
    if (state.correctionReason === null || !earlier || earlier.closing.id === closing.id) continue;
    out.push({
      measureId: measure.id,
      reported: snapshot(earlier.closing.id).get(measure.id)?.state ?? null,
      reportedAt: earlier.closing.at,
      corrected: state,
    });
  }
  return out;
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
  const previous = first === null || periodEnd(before) >= first ? periodStates(db, before, opts) : null;
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
    previous: previous ? { key: periodKey(before), label: periodLabel(before) } : null,
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
