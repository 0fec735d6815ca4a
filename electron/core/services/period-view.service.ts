// A closed period's statuses as reported beside as corrected, per measure: for «Vis T2 2026», its document and the
// report pack's section «Korrigert etter lukking», which must list the same measures against the same closings.
import type { Database } from 'better-sqlite3';
import type { PeriodStatus, PeriodView, PeriodViewRow } from '../../../shared/api/periods.contract.ts';
import { periodKey, type Period } from '../../../shared/domain/periods.ts';
import { latestClosing, listSnapshot, type PeriodEventRow, type SnapshotRow } from '../repositories/periods.repo.ts';
import { periodMeasure, periodStatuses, sameState, snapshotStateFor } from './period-status.service.ts';
import { closedSpans, closingCorrected, periodInfo, requireAfterFirstPlan, requirePeriod } from './periods.service.ts';
import { requirePlans } from './plans.service.ts';

export interface ReportedBeside {
  /** What the closing `closing` reported; null when the measure was not in its snapshot. */
  reported: PeriodStatus | null;
  closing: PeriodEventRow;
  /** Reported and corrected differ, or the status was corrected while the period was closed an earlier time. */
  differs: boolean;
}

/**
 * For each measure with its status as corrected (`corrected`, by measure id), what was reported: the last closing's
 * snapshot; but when that snapshot already holds a status corrected while the period was closed an earlier time
 * (reopened and closed again since), that earlier closing's, so its «korrigert etter lukking» mark shows beside what
 * it corrected, with the reason. Empty when the period was never closed.
 */
export function reportedBeside(
  db: Database,
  period: Period,
  corrected: ReadonlyMap<number, PeriodStatus>,
): Map<number, ReportedBeside> {
  const key = periodKey(period);
  const last = latestClosing(db, key);
  const out = new Map<number, ReportedBeside>();
  if (!last) return out;
  const spans = closedSpans(db, key);
  const snapshots = new Map<number, Map<number, { row: SnapshotRow; state: PeriodStatus }>>();
  const snapshot = (id: number) => {
    if (!snapshots.has(id))
      snapshots.set(
        id,
        new Map(listSnapshot(db, id).map((r) => [r.measure_id, { row: r, state: snapshotStateFor(r, spans) }])),
      );
    return snapshots.get(id)!;
  };
  for (const [id, state] of corrected) {
    const was = snapshot(last.id).get(id);
    if (!was || !sameState(was.state, state)) {
      out.set(id, { reported: was?.state ?? null, closing: last, differs: true });
      continue;
    }
    const earlier = was.row.update_id === null ? undefined : closingCorrected(spans, was.row.update_id);
    if (state.correctionReason === null || !earlier || earlier.closing.id === last.id)
      out.set(id, { reported: was.state, closing: last, differs: false });
    else
      out.set(id, {
        reported: snapshot(earlier.closing.id).get(id)?.state ?? null,
        closing: earlier.closing,
        differs: true,
      });
  }
  return out;
}

/** A period's status as reported beside as corrected (today), with the differences (reportedBeside). */
export function periodView(db: Database, input: { period: string; planCodes: string[] }, now: Date): PeriodView {
  const p = requirePeriod(input.period);
  requirePlans(db, input.planCodes, 'planCodes');
  requireAfterFirstPlan(db, p);
  const corrected = periodStatuses(db, p, { basis: 'corrected', planCodes: input.planCodes, now });
  const closing = latestClosing(db, periodKey(p)) ?? null;
  const beside = reportedBeside(db, p, new Map(corrected.items.map((i) => [i.measure.id, i.state])));
  const rows: PeriodViewRow[] = corrected.items.map(({ measure, state }) => {
    const was = beside.get(measure.id);
    return {
      ...periodMeasure(measure),
      reported: was?.reported ?? null,
      reportedAt: was?.closing.at ?? null,
      corrected: state,
      differs: was?.differs ?? false,
    };
  });
  const info = periodInfo(db, p, now);
  return {
    period: info,
    asOf: corrected.asOf,
    closing: closing ? (info.events.find((e) => e.id === closing.id) ?? null) : null,
    rows,
    differences: rows.filter((r) => r.differs).length,
  };
}
