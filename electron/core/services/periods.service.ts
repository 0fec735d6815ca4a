// Reporting periods: which there are (since the earliest plan's start), closing one (a snapshot of every measure's
// status for it, who and when) and reopening one (with a reason). Both are appended to the period log; nothing is
// ever changed. A status update that changes a closed period is a correction and must say why (status.service.ts).
import type { Database } from 'better-sqlite3';
import type { PeriodEvent, PeriodInfo, PeriodList } from '../../../shared/api/periods.contract.ts';
import {
  isPeriodOver,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLabel,
  periodOf,
  periodsSince,
  periodStart,
  PERIOD_KEY_MESSAGE,
  type Period,
} from '../../../shared/domain/periods.ts';
import {
  correctedLabels,
  periodsCorrectedBy,
  type CorrectedPeriods,
  type DatedPeriod,
} from '../../../shared/domain/corrections.ts';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError } from '../errors.ts';
import {
  countMeasuresAt,
  insertPeriodEvent,
  insertSnapshot,
  latestPeriodEvent,
  listPeriodEvents,
  maxStatusUpdateId,
  type PeriodEventRow,
} from '../repositories/periods.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { listStatusUpdates } from '../repositories/statusUpdates.repo.ts';
import type { Actor } from './change-log.service.ts';

/** The first day of the earliest plan (plans without a start date do not count), or null with none known. */
export function firstPlanStart(db: Database): string | null {
  const starts = listPlans(db)
    .map((p) => p.startDate)
    .filter((d): d is string => d !== null)
    .sort();
  return starts[0] ?? null;
}

/** A period key from the API as a period; refused at `field` when it is not one. */
export function requirePeriod(key: string, field = 'period'): Period {
  const p = parsePeriod(key);
  if (!p) throw fieldError(field, PERIOD_KEY_MESSAGE);
  return p;
}

/** Refuses a period that ends before the earliest plan started: there is nothing to report for it. */
export function requireAfterFirstPlan(db: Database, p: Period, field = 'period'): void {
  const first = firstPlanStart(db);
  if (first && periodEnd(p) < first)
    throw fieldError(
      field,
      `${periodLabel(p)} er før den første planen startet (${formatDate(first)}). Velg en senere periode.`,
    );
}

function toEvent(r: PeriodEventRow): PeriodEvent {
  return {
    id: r.id,
    action: r.action,
    at: r.at,
    author: r.author,
    reason: r.reason,
    measureCount: r.measure_count,
  };
}

/** A period's closing when it is closed now: its newest event, oldest first in `events`, is a closing. */
function closingNow(events: readonly PeriodEventRow[]): PeriodEventRow | null {
  const newest = events.at(-1);
  return newest?.action === 'close' ? newest : null;
}

function info(p: Period, events: PeriodEventRow[], today: string): PeriodInfo {
  return {
    key: periodKey(p),
    label: periodLabel(p),
    kind: p.kind,
    start: periodStart(p),
    end: periodEnd(p),
    over: isPeriodOver(p, today),
    closed: closingNow(events) !== null,
    events: events.map(toEvent).reverse(),
  };
}

/** Years and tertials since the earliest plan's start, newest first, with whether each is closed. */
export function listPeriods(db: Database, now: Date): PeriodList {
  const today = todayIso(now);
  const first = firstPlanStart(db) ?? today;
  const byPeriod = Map.groupBy(listPeriodEvents(db), (e) => e.period);
  const list = (kind: 'year' | 'tertial') =>
    periodsSince(first, today, kind)
      .reverse()
      .map((p) => info(p, byPeriod.get(periodKey(p)) ?? [], today));
  return {
    today,
    firstPlanStart: first,
    current: { year: periodKey(periodOf(today, 'year')), tertial: periodKey(periodOf(today, 'tertial')) },
    years: list('year'),
    tertials: list('tertial'),
  };
}

export function periodInfo(db: Database, p: Period, now: Date): PeriodInfo {
  const events = listPeriodEvents(db).filter((e) => e.period === periodKey(p));
  return info(p, events, todayIso(now));
}

/** Freezes every measure's status for the period as reported. Only a period that is over, and not closed. */
export function closePeriod(db: Database, key: string, actor: Actor): PeriodInfo {
  const p = requirePeriod(key);
  requireAfterFirstPlan(db, p);
  const today = todayIso(actor.now);
  if (!isPeriodOver(p, today))
    throw fieldError(
      'period',
      `${periodLabel(p)} er ikke over før ${formatDate(periodEnd(p))}. En periode kan lukkes fra dagen etter.`,
    );
  writeTx(db, () => {
    const latest = latestPeriodEvent(db, periodKey(p));
    if (latest?.action === 'close')
      throw new AppError(
        'conflict',
        `${periodLabel(p)} er allerede lukket (av ${latest.author}, ${formatDateTime(latest.at)}).`,
        { fields: { period: `${periodLabel(p)} er allerede lukket.` } },
      );
    const end = periodEnd(p);
    const eventId = insertPeriodEvent(db, {
      period: periodKey(p),
      start_date: periodStart(p),
      end_date: end,
      action: 'close',
      at: actor.now.toISOString(),
      author: actor.user,
      reason: '',
      max_update_id: maxStatusUpdateId(db),
      measure_count: countMeasuresAt(db, end),
    });
    insertSnapshot(db, eventId, end);
  });
  return periodInfo(db, p, actor.now);
}

/** Opens a closed period again, saying why; its snapshot stays as it was reported. */
export function reopenPeriod(db: Database, key: string, reason: string, actor: Actor): PeriodInfo {
  const p = requirePeriod(key);
  const why = reason.trim();
  writeTx(db, () => {
    const latest = latestPeriodEvent(db, periodKey(p));
    if (latest?.action !== 'close')
      throw fieldError('period', `${periodLabel(p)} er ikke lukket, så den kan ikke åpnes igjen.`);
    if (why === '') throw fieldError('reason', 'Skriv hvorfor perioden åpnes igjen.');
    insertPeriodEvent(db, {
      period: periodKey(p),
      start_date: periodStart(p),
      end_date: periodEnd(p),
      action: 'reopen',
      at: actor.now.toISOString(),
      author: actor.user,
      reason: why,
      max_update_id: maxStatusUpdateId(db),
      measure_count: 0,
    });
  });
  return periodInfo(db, p, actor.now);
}

/** The periods closed now (their newest event is a closing), with their labels and days. */
function closedNow(db: Database): DatedPeriod[] {
  return [...Map.groupBy(listPeriodEvents(db), (e) => e.period).values()]
    .map(closingNow)
    .filter((e) => e !== null)
    .map((e) => ({ label: periodLabel(parsePeriod(e.period)!), start: e.start_date, end: e.end_date }));
}

/**
 * The closed periods («T2 2026») that a status update of the measure dated `date` corrects: those whose days include
 * the date, and those whose status at their end it sets (the rule in shared/domain/corrections.ts, against the
 * measure's updates as they are now). Both make the update a correction after closing, which must say why.
 */
export function correctedPeriodLabels(db: Database, measureId: number, date: string): CorrectedPeriods<string> {
  const dates = listStatusUpdates(db, measureId).map((u) => u.effective_date);
  return correctedLabels(periodsCorrectedBy(date, dates, closedNow(db)));
}

/**
 * When a period was closed, as spans of status update ids: a closing's span holds the updates recorded after it and
 * before the next reopening (`until`, its last id; null while the period is still closed). An update in a span was
 * recorded while the period was closed: for that period it is a correction after closing.
 */
export interface ClosedSpan {
  closing: PeriodEventRow;
  until: number | null;
}

export function closedSpans(db: Database, key: string): ClosedSpan[] {
  const events = listPeriodEvents(db).filter((e) => e.period === key);
  return events.flatMap((e, i): ClosedSpan[] => {
    if (e.action !== 'close') return [];
    const reopen = events.slice(i + 1).find((x) => x.action === 'reopen');
    return [{ closing: e, until: reopen ? reopen.max_update_id : null }];
  });
}

/** The closing after which an update was recorded while the period stayed closed; undefined when none. */
export function closingCorrected(spans: readonly ClosedSpan[], updateId: number): ClosedSpan | undefined {
  return spans.find((s) => updateId > s.closing.max_update_id && (s.until === null || updateId <= s.until));
}

/** The newest closing of a period if it is closed now. */
export function currentClosing(db: Database, p: Period): PeriodEventRow | null {
  const latest = latestPeriodEvent(db, periodKey(p));
  return latest?.action === 'close' ? latest : null;
}
