// A measure's status «for a period»: its newest update dated inside or before the period's end. «As corrected» is
// what the history says today; «as reported» is the snapshot taken when the period was last closed. Measures exist
// from their plan's start: a plan that had not started by the period's end is left out, and a measure with no update
// by then has no status («Ingen status registrert»), never «Ikke startet».
import type { Database } from 'better-sqlite3';
import type { Basis, PeriodMeasure, PeriodStatus, StatesSource } from '../../../shared/api/periods.contract.ts';
import { periodAsOf, periodKey, periodLabel, parsePeriod, type Period } from '../../../shared/domain/periods.ts';
import type { MeasureSummary, Plan, StatusUpdate } from '../../../shared/domain/types.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import {
  latestClosing,
  listSnapshot,
  listStatesAt,
  listStatesKnownAt,
  periodEventBefore,
  type PeriodEventRow,
  type SnapshotRow,
} from '../repositories/periods.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { listMeasures } from './measures.service.ts';
import { closedSpans, closingCorrected, type ClosedSpan } from './periods.service.ts';

export interface MeasureInPeriod {
  measure: MeasureSummary;
  state: PeriodStatus;
}

export interface PeriodStatuses {
  period: Period;
  /** The period's last day, or today while it runs. */
  asOf: string;
  /** `reported` only when the period has been closed; otherwise what is recorded (`corrected`). */
  basis: Basis;
  /** The closing whose snapshot `reported` shows (the newest, even if reopened since). */
  closing: PeriodEventRow | null;
  /** The chosen plans that had started by `asOf`, in plan order. */
  plans: Plan[];
  /** The chosen plans that had not started by then (left out, and said so). */
  notStarted: Plan[];
  items: MeasureInPeriod[];
}

export const NO_STATE: PeriodStatus = {
  status: null,
  assessment: null,
  comment: '',
  effectiveDate: null,
  correctionReason: null,
};

export function stateOf(u: StatusUpdate | null): PeriodStatus {
  if (!u) return NO_STATE;
  return {
    status: u.status,
    assessment: u.assessment,
    comment: u.comment,
    effectiveDate: u.effectiveDate,
    correctionReason: u.correctionReason,
  };
}

export function stateOfSnapshot(r: SnapshotRow): PeriodStatus {
  return {
    status: r.status,
    assessment: r.assessment,
    comment: r.comment,
    effectiveDate: r.effective_date,
    correctionReason: r.correction_reason,
  };
}

/**
 * A status as the period shows it: its reason (and so the «korrigert etter lukking» mark) only when its update was
 * recorded while this period was closed. A correction of T2 is not one of T3, which was never closed, nor of the year.
 */
export function forPeriod(state: PeriodStatus, updateId: number | null, spans: readonly ClosedSpan[]): PeriodStatus {
  if (state.correctionReason === null) return state;
  return updateId !== null && closingCorrected(spans, updateId) ? state : { ...state, correctionReason: null };
}

/** A snapshot row's status as the period shows it (forPeriod). */
export function snapshotStateFor(r: SnapshotRow, spans: readonly ClosedSpan[]): PeriodStatus {
  return forPeriod(stateOfSnapshot(r), r.update_id, spans);
}

export function sameState(a: PeriodStatus, b: PeriodStatus): boolean {
  return (
    a.status === b.status &&
    a.assessment === b.assessment &&
    a.comment === b.comment &&
    a.effectiveDate === b.effectiveDate
  );
}

export function periodMeasure(m: MeasureSummary): PeriodMeasure {
  return {
    measureId: m.id,
    planCode: m.planCode,
    number: m.number,
    title: m.title,
    titlePending: m.titlePending,
    partNumber: m.partNumber,
    owner: m.owner?.abbrev ?? null,
  };
}

export interface PeriodStates {
  asOf: string;
  basis: Basis;
  closing: PeriodEventRow | null;
  /** What the statuses are: now, a closing's snapshot, or as known at a later period's closing. */
  source: StatesSource;
  /** By measure id: every measure that existed at the period's end (as reported: those in the snapshot). */
  states: Map<number, PeriodStatus>;
}

/** A period's statuses without the measures' frames: for comparisons, the previous period and the status grid. */
export function periodStates(db: Database, period: Period, opts: { basis: Basis; now: Date }): PeriodStates {
  const asOf = periodAsOf(period, todayIso(opts.now));
  const closing = opts.basis === 'reported' ? (latestClosing(db, periodKey(period)) ?? null) : null;
  const rows = closing ? listSnapshot(db, closing.id) : listStatesAt(db, asOf);
  const spans = closedSpans(db, periodKey(period));
  return {
    asOf,
    basis: closing ? 'reported' : 'corrected',
    closing,
    source: sourceOf(closing),
    states: new Map(rows.map((r) => [r.measure_id, snapshotStateFor(r, spans)])),
  };
}

export const sourceOf = (closing: PeriodEventRow | null): StatesSource =>
  closing ? { kind: 'snapshot', at: closing.at } : { kind: 'now' };

/**
 * A period's statuses as they were known when `later`, a closing of a later period, was taken: the snapshot of the
 * period's own closing if it was closed then, otherwise its updates recorded by then. A correction recorded since
 * (dated in this period and also changing the later one) is left out, as it was left out of what was reported.
 */
export function periodStatesKnownAt(db: Database, period: Period, later: PeriodEventRow, now: Date): PeriodStates {
  const key = periodKey(period);
  const asOf = periodAsOf(period, todayIso(now));
  const spans = closedSpans(db, key);
  const states = (rows: SnapshotRow[]) => new Map(rows.map((r) => [r.measure_id, snapshotStateFor(r, spans)]));
  const then = periodEventBefore(db, key, later.id);
  if (then?.action === 'close')
    return {
      asOf,
      basis: 'reported',
      closing: then,
      source: sourceOf(then),
      states: states(listSnapshot(db, then.id)),
    };
  return {
    asOf,
    basis: 'reported',
    closing: null,
    source: { kind: 'known', at: later.at, closed: periodLabel(parsePeriod(later.period)!) },
    states: states(listStatesKnownAt(db, asOf, later.max_update_id)),
  };
}

/**
 * An earlier period's statuses to set beside a later one's that shows `laterClosing`'s snapshot: as reported, what
 * was known at that closing (periodStatesKnownAt); otherwise the earlier period's own (periodStates).
 */
export function earlierStates(
  db: Database,
  earlier: Period,
  laterClosing: PeriodEventRow | null,
  opts: { basis: Basis; now: Date },
): PeriodStates {
  return opts.basis === 'reported' && laterClosing
    ? periodStatesKnownAt(db, earlier, laterClosing, opts.now)
    : periodStates(db, earlier, opts);
}

/** Each measure of the chosen plans (all when none is chosen) with its status for the period. */
export function periodStatuses(
  db: Database,
  period: Period,
  opts: { basis: Basis; planCodes: readonly string[]; now: Date },
): PeriodStatuses {
  const asOf = periodAsOf(period, todayIso(opts.now));
  const chosen = listPlans(db).filter((p) => opts.planCodes.length === 0 || opts.planCodes.includes(p.code));
  const started = (p: Plan) => p.startDate === null || p.startDate <= asOf;
  const plans = chosen.filter(started);
  const codes = new Set(plans.map((p) => p.code));
  const measures = listMeasures(db, { asOf }).filter((m) => codes.has(m.planCode));
  const closing = opts.basis === 'reported' ? (latestClosing(db, periodKey(period)) ?? null) : null;
  const spans = closedSpans(db, periodKey(period));
  let items: MeasureInPeriod[];
  if (closing) {
    // As reported: the measures in the snapshot (one added since was not reported; one deleted since is gone).
    const snapshot = new Map(listSnapshot(db, closing.id).map((r) => [r.measure_id, r]));
    items = measures
      .filter((m) => snapshot.has(m.id))
      .map((m) => {
        const r = snapshot.get(m.id)!;
        return { measure: m, state: snapshotStateFor(r, spans) };
      });
  } else
    items = measures.map((m) => ({
      measure: m,
      state: forPeriod(stateOf(m.lastUpdate), m.lastUpdate?.id ?? null, spans),
    }));
  return {
    period,
    asOf,
    basis: closing ? 'reported' : 'corrected',
    closing,
    plans,
    notStarted: chosen.filter((p) => !started(p)),
    items,
  };
}
