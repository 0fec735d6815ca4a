// «Statustabell per dato» (Rapporter, `export --as-of`): which statuses in force on the date carry the mark
// «korrigert etter lukking». A closing froze what was known about its days (the updates up to its max_update_id),
// so what a closed period reported for a date D is the status in force on D as known at its closing; on its last
// day that is exactly its snapshot. A status is marked only where it corrects that: its update is a correction
// after closing (it has a reason), it was recorded while the tertial or year holding D was closed (as the period
// views decide, period-status.service.ts' forPeriod), and it differs from what that closing knew for D. A correction
// of T2 is not marked on a date in the open T1 or T3, nor on a date whose closed period already knew it.
import type { Database } from 'better-sqlite3';
import { periodKey, periodOf } from '../../../shared/domain/periods.ts';
import type { PeriodStatus } from '../../../shared/api/periods.contract.ts';
import type { MeasureSummary } from '../../../shared/domain/types.ts';
import { listStatesKnownAt } from '../repositories/periods.repo.ts';
import { NO_STATE, sameState, stateOf, stateOfSnapshot } from './period-status.service.ts';
import { closedSpans, closingCorrected } from './periods.service.ts';

/** The ids of the measures whose status on `asOf` (`lastUpdate`, as listMeasures gives it then) is marked. */
export function correctedOn(db: Database, asOf: string, measures: readonly MeasureSummary[]): Set<number> {
  const candidates = measures.filter((m) => (m.lastUpdate?.correctionReason ?? null) !== null);
  if (candidates.length === 0) return new Set();
  const spans = [periodOf(asOf, 'tertial'), periodOf(asOf, 'year')].map((p) => closedSpans(db, periodKey(p)));
  // What each closing knew on the date, read once for every measure (listStatesKnownAt), by its last update's id.
  const knownBy = new Map<number, Map<number, PeriodStatus>>();
  const knownAt = (maxId: number) => {
    let states = knownBy.get(maxId);
    if (!states) {
      states = new Map(listStatesKnownAt(db, asOf, maxId).map((r) => [r.measure_id, stateOfSnapshot(r)]));
      knownBy.set(maxId, states);
    }
    return states;
  };
  const marked = new Set<number>();
  for (const m of candidates) {
    const u = m.lastUpdate!;
    const changedReport = spans.some((s) => {
      const span = closingCorrected(s, u.id);
      if (!span) return false;
      const known = knownAt(span.closing.max_update_id).get(m.id) ?? NO_STATE;
      return !sameState(known, stateOf(u));
    });
    if (changedReport) marked.add(m.id);
  }
  return marked;
}
