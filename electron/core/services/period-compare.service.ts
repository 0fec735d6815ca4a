// Two periods compared, per measure: what changed in status, assessment, comment and budget (the lines of each
// period's year), with counts; and the status grid, measures × the last N periods.
import type { Database } from 'better-sqlite3';
import {
  COMPARED_FIELDS,
  type Basis,
  type ComparedField,
  type ComparedState,
  type CompareRow,
  type GridCell,
  type PeriodComparison,
  type PeriodStatus,
  type StatusGrid,
} from '../../../shared/api/periods.contract.ts';
import {
  comparePeriods as periodOrder,
  periodKey,
  periodLabel,
  periodOf,
  periodsEndingWith,
  type Period,
  type PeriodKind,
} from '../../../shared/domain/periods.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { sumGiven } from '../../../shared/domain/budget.ts';
import { fieldError } from '../errors.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { currentClosing, periodInfo, requireAfterFirstPlan, requirePeriod } from './periods.service.ts';
import {
  earlierStates,
  periodMeasure,
  periodStates,
  periodStatesKnownAt,
  periodStatuses,
  sourceOf,
  type PeriodStates,
} from './period-status.service.ts';
import { requirePlans } from './plans.service.ts';

type YearBudget = { allocatedNok: number | null; spentNok: number | null };

/** Allocated and spent per measure for one year: the sums of the amounts its lines give (an empty one is left out). */
export function budgetsForYear(db: Database, year: number): Map<number, YearBudget> {
  const lines = Map.groupBy(
    listAllBudgetLines(db).filter((b) => b.year === year),
    (b) => b.measure_id,
  );
  return new Map(
    [...lines].map(([id, list]): [number, YearBudget] => [
      id,
      { allocatedNok: sumGiven(list.map((b) => b.allocated_nok)), spentNok: sumGiven(list.map((b) => b.spent_nok)) },
    ]),
  );
}

function compared(states: Map<number, PeriodStatus>, budgets: Map<number, YearBudget>): Map<number, ComparedState> {
  return new Map(
    [...states].map(([id, state]): [number, ComparedState] => {
      const b = budgets.get(id);
      return [id, { ...state, allocatedNok: b?.allocatedNok ?? null, spentNok: b?.spentNok ?? null }];
    }),
  );
}

export function changedFields(from: ComparedState | null, to: ComparedState): ComparedField[] {
  if (!from) return [...COMPARED_FIELDS].filter((f) => f !== 'budget' || to.allocatedNok !== null);
  const out: ComparedField[] = [];
  if (from.status !== to.status) out.push('status');
  if (from.assessment !== to.assessment) out.push('assessment');
  if (from.comment !== to.comment) out.push('comment');
  if (from.allocatedNok !== to.allocatedNok || from.spentNok !== to.spentNok) out.push('budget');
  return out;
}

export function comparePeriods(
  db: Database,
  input: { from: string; to: string; basis: Basis; planCodes: string[] },
  now: Date,
): PeriodComparison {
  let a = requirePeriod(input.from, 'from');
  let b = requirePeriod(input.to, 'to');
  requirePlans(db, input.planCodes, 'planCodes');
  if (periodKey(a) === periodKey(b)) throw fieldError('to', 'Velg to ulike perioder å sammenligne.');
  if (periodOrder(a, b) > 0) [a, b] = [b, a];
  requireAfterFirstPlan(db, b, 'to');
  const opts = { basis: input.basis, planCodes: input.planCodes, now };
  const after = periodStatuses(db, b, opts);
  // As reported, the earlier period as it was known when the later one was closed: no change nobody reported.
  const earlier = earlierStates(db, a, after.closing, opts);
  const before = compared(earlier.states, budgetsForYear(db, a.year));
  const now_ = compared(new Map(after.items.map((i) => [i.measure.id, i.state])), budgetsForYear(db, b.year));
  const counts = Object.fromEntries([...COMPARED_FIELDS, 'any'].map((f) => [f, 0])) as PeriodComparison['counts'];
  const rows: CompareRow[] = [];
  for (const { measure } of after.items) {
    const from = before.get(measure.id) ?? null;
    const to = now_.get(measure.id)!;
    const changed = changedFields(from, to);
    if (changed.length === 0) continue;
    for (const f of changed) counts[f]++;
    counts.any++;
    rows.push({ ...periodMeasure(measure), from, to, changed });
  }
  return {
    from: periodInfo(db, a, now),
    to: periodInfo(db, b, now),
    basis: input.basis,
    fromSource: earlier.source,
    toSource: sourceOf(after.closing),
    measures: after.items.length,
    counts,
    rows,
  };
}

/**
 * The grid's columns, oldest first. As reported, a period that has been closed shows its last closing's snapshot, and
 * one never closed that lies before a closed one shows what was known at the closing of the nearest such, as that
 * period's report pack compares with it; after the last closed one, what is recorded now.
 */
function reportedColumns(db: Database, periods: readonly Period[], opts: { basis: Basis; now: Date }): PeriodStates[] {
  const own = periods.map((p) => periodStates(db, p, opts));
  if (opts.basis !== 'reported') return own;
  return own.map((c, i) => {
    if (c.closing) return c;
    const later = own.slice(i + 1).find((x) => x.closing)?.closing;
    return later ? periodStatesKnownAt(db, periods[i], later, opts.now) : c;
  });
}

export function statusGrid(
  db: Database,
  input: { periodKind: PeriodKind; last?: string; count: number; basis: Basis; planCodes: string[] },
  now: Date,
): StatusGrid {
  requirePlans(db, input.planCodes, 'planCodes');
  const last = input.last ? requirePeriod(input.last, 'last') : periodOf(todayIso(now), input.periodKind);
  if (last.kind !== input.periodKind)
    throw fieldError('last', `Velg ${input.periodKind === 'year' ? 'et år' : 'et tertial'}.`);
  requireAfterFirstPlan(db, last, 'last');
  const periods = periodsEndingWith(last, input.count);
  const opts = { basis: input.basis, planCodes: input.planCodes, now };
  const columns = reportedColumns(db, periods, opts).map((c, i) => ({ period: periods[i], ...c }));
  // One row per measure that exists at the newest period's end (also one added after a period was closed).
  const rows = periodStatuses(db, last, { ...opts, basis: 'corrected' }).items;
  return {
    periods: columns.map((c) => ({
      key: periodKey(c.period),
      label: periodLabel(c.period),
      closed: currentClosing(db, c.period) !== null,
      asOf: c.asOf,
      source: c.source,
    })),
    basis: input.basis,
    rows: rows.map(({ measure }) => ({
      ...periodMeasure(measure),
      cells: columns.map(({ states }): GridCell | null => {
        const s = states.get(measure.id);
        if (!s) return null;
        return {
          status: s.status,
          assessment: s.assessment,
          corrected: s.correctionReason !== null,
          reason: s.correctionReason,
        };
      }),
    })),
  };
}
