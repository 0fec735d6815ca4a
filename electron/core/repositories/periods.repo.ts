// Closing and reopening reporting periods (migration 0009): the append-only event log and the snapshots.
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';
import { asOfStatusJoin } from './status-as-of.sql.ts';

export interface PeriodEventRow {
  id: number;
  period: string;
  start_date: string;
  end_date: string;
  action: 'close' | 'reopen';
  at: string;
  author: string;
  reason: string;
  max_update_id: number;
  measure_count: number;
}

export interface SnapshotRow {
  measure_id: number;
  update_id: number | null;
  status: StatusCode | null;
  assessment: AssessmentCode | null;
  comment: string;
  effective_date: string | null;
  /** The snapshot's update itself corrected an earlier closing of the period. */
  correction_reason: string | null;
}

/** Every event, oldest first. */
export function listPeriodEvents(db: Database): PeriodEventRow[] {
  return stmt(db, 'SELECT * FROM period_events ORDER BY id').all() as PeriodEventRow[];
}

/** The newest event of a period, or undefined when it was never closed. */
export function latestPeriodEvent(db: Database, period: string): PeriodEventRow | undefined {
  return stmt(db, 'SELECT * FROM period_events WHERE period = ? ORDER BY id DESC LIMIT 1').get(period) as
    PeriodEventRow | undefined;
}

export function maxStatusUpdateId(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(id), 0) AS n FROM status_updates').get() as { n: number }).n;
}

export function insertPeriodEvent(db: Database, e: Omit<PeriodEventRow, 'id'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO period_events (period, start_date, end_date, action, at, author, reason, max_update_id,
                                  measure_count)
       VALUES (@period, @start_date, @end_date, @action, @at, @author, @reason, @max_update_id, @measure_count)`,
    ).run(e).lastInsertRowid,
  );
}

/** The measures that exist at a period's end: not deleted, and their plan started on or before it. */
const IN_PERIOD = `
  FROM measures m JOIN plans p ON p.id = m.plan_id
  WHERE m.deleted_at IS NULL AND (p.start_date IS NULL OR p.start_date <= @asOf)`;

export function countMeasuresAt(db: Database, asOf: string): number {
  return (stmt(db, `SELECT count(*) AS n ${IN_PERIOD}`).get({ asOf }) as { n: number }).n;
}

/** Freezes each existing measure's status in force at the period's end (`asOf`) into the closing's snapshot. */
export function insertSnapshot(db: Database, eventId: number, asOf: string): number {
  return stmt(
    db,
    `INSERT INTO period_snapshots (event_id, measure_id, update_id, status, assessment, comment, effective_date)
     SELECT @eventId, m.id, su.id, su.status, su.assessment, coalesce(su.comment, ''), su.effective_date
     FROM measures m JOIN plans p ON p.id = m.plan_id
     ${asOfStatusJoin('m.id', 'su')}
     WHERE m.deleted_at IS NULL AND (p.start_date IS NULL OR p.start_date <= @asOf)`,
  ).run({ eventId, asOf }).changes;
}

export function listSnapshot(db: Database, eventId: number): SnapshotRow[] {
  return stmt(
    db,
    `SELECT s.measure_id, s.update_id, s.status, s.assessment, s.comment, s.effective_date, u.correction_reason
     FROM period_snapshots s LEFT JOIN status_updates u ON u.id = s.update_id
     WHERE s.event_id = ? ORDER BY s.measure_id`,
  ).all(eventId) as SnapshotRow[];
}

/** The newest closing of a period, even if it has been reopened since: what was last reported for it. */
export function latestClosing(db: Database, period: string): PeriodEventRow | undefined {
  return stmt(db, "SELECT * FROM period_events WHERE period = ? AND action = 'close' ORDER BY id DESC LIMIT 1").get(
    period,
  ) as PeriodEventRow | undefined;
}

/** Status updates dated on or before `asOf` and known by update `maxId`, newest first per measure, one at a time
 * (there are 200 000 at 10 000 measures): for how long a measure had been gul or rød, as known at a closing. */
export function eachUpdateUpTo(
  db: Database,
  asOf: string,
  maxId: number,
): IterableIterator<{ measure_id: number; assessment: AssessmentCode; effective_date: string }> {
  return stmt(
    db,
    `SELECT s.measure_id, s.assessment, s.effective_date FROM status_updates s
     WHERE s.effective_date <= @asOf AND s.id <= @maxId
     ORDER BY s.measure_id, s.effective_date DESC, s.recorded_at DESC, s.id DESC`,
  ).iterate({ asOf, maxId }) as IterableIterator<{
    measure_id: number;
    assessment: AssessmentCode;
    effective_date: string;
  }>;
}

/** Every existing measure whose plan had started by @asOf, with the update `joinSu` joins as `su` (its states). */
const statesOfMeasures = (joinSu: string) => `
  SELECT m.id AS measure_id, su.id AS update_id, su.status, su.assessment, coalesce(su.comment, '') AS comment,
         su.effective_date, su.correction_reason
  FROM measures m JOIN plans p ON p.id = m.plan_id
  ${joinSu}
  WHERE m.deleted_at IS NULL AND (p.start_date IS NULL OR p.start_date <= @asOf)`;

/** The id of the measure's update in force on `date` among those recorded by update `maxId` (SQL expressions): what
 * was known of that date when `maxId` was the newest update, as at a closing. */
const inForceKnownBy = (measureId: string, date: string, maxId: string) => `
  (SELECT s.id FROM status_updates s
   WHERE s.measure_id = ${measureId} AND s.effective_date <= ${date} AND s.id <= ${maxId}
   ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1)`;

/** Each existing measure's update in force on `asOf` (no row values when it has none): a period's statuses without
 * the measures' frames, for comparing periods and the status grid. */
export function listStatesAt(db: Database, asOf: string): SnapshotRow[] {
  return stmt(db, statesOfMeasures(asOfStatusJoin('m.id', 'su'))).all({ asOf }) as SnapshotRow[];
}

/** Each existing measure's update in force on `asOf` among those recorded by update `maxId`: a period's statuses as
 * they were known at a closing (of a later period) that took `maxId` as its last update. */
export function listStatesKnownAt(db: Database, asOf: string, maxId: number): SnapshotRow[] {
  const join = `LEFT JOIN status_updates su ON su.id = ${inForceKnownBy('m.id', '@asOf', '@maxId')}`;
  return stmt(db, statesOfMeasures(join)).all({ asOf, maxId }) as SnapshotRow[];
}

/** A period's newest event before event `beforeId` (ids grow with time across periods): its state at that moment. */
export function periodEventBefore(db: Database, period: string, beforeId: number): PeriodEventRow | undefined {
  return stmt(db, 'SELECT * FROM period_events WHERE period = ? AND id < ? ORDER BY id DESC LIMIT 1').get(
    period,
    beforeId,
  ) as PeriodEventRow | undefined;
}

// ---- check: snapshots against the history ----

/** The update in force at a closing's period end, as known at the closing (updates with id ≤ max_update_id). */
const KNOWN_AT_CLOSING = inForceKnownBy('snap.measure_id', 'e.end_date', 'e.max_update_id');

/** Snapshot rows that differ from what the history said at the closing: (period, measure) pairs. */
export function snapshotMismatches(db: Database): { period: string; at: string; measure_id: number }[] {
  return stmt(
    db,
    `SELECT e.period, e.at, snap.measure_id
     FROM period_snapshots snap JOIN period_events e ON e.id = snap.event_id
     LEFT JOIN status_updates u ON u.id = ${KNOWN_AT_CLOSING}
     WHERE snap.update_id IS NOT u.id OR snap.status IS NOT u.status OR snap.assessment IS NOT u.assessment
        OR snap.comment IS NOT coalesce(u.comment, '') OR snap.effective_date IS NOT u.effective_date
     ORDER BY e.id, snap.measure_id`,
  ).all() as { period: string; at: string; measure_id: number }[];
}

/** Closings whose snapshot does not have the number of rows they were closed with. */
export function snapshotCountMismatches(db: Database): { period: string; at: string; expected: number; n: number }[] {
  return stmt(
    db,
    `SELECT e.period, e.at, e.measure_count AS expected,
            (SELECT count(*) FROM period_snapshots s WHERE s.event_id = e.id) AS n
     FROM period_events e WHERE e.action = 'close' AND n <> expected ORDER BY e.id`,
  ).all() as { period: string; at: string; expected: number; n: number }[];
}

/** Updates recorded while their date's period was closed (by id order against the events), but with no reason. */
export function unexplainedCorrections(db: Database): { id: number; period: string }[] {
  return stmt(
    db,
    `SELECT u.id, e.period FROM status_updates u JOIN period_events e
       ON e.action = 'close' AND u.effective_date BETWEEN e.start_date AND e.end_date AND u.id > e.max_update_id
     WHERE coalesce(trim(u.correction_reason), '') = ''
       AND NOT EXISTS (SELECT 1 FROM period_events r
                       WHERE r.period = e.period AND r.id > e.id AND r.max_update_id < u.id)
     ORDER BY u.id`,
  ).all() as { id: number; period: string }[];
}

/**
 * Updates recorded while a period was closed, dated before it, that set its status at the end (no update of the
 * measure recorded before them is dated after them and by the period's end), with no reason: the rule of 0017.
 */
export function unexplainedEarlierCorrections(db: Database): { id: number; period: string; effective_date: string }[] {
  return stmt(
    db,
    `SELECT u.id, e.period, u.effective_date FROM status_updates u JOIN period_events e
       ON e.action = 'close' AND u.effective_date < e.start_date AND u.id > e.max_update_id
     WHERE coalesce(trim(u.correction_reason), '') = ''
       AND NOT EXISTS (SELECT 1 FROM period_events r
                       WHERE r.period = e.period AND r.id > e.id AND r.max_update_id < u.id)
       AND NOT EXISTS (SELECT 1 FROM status_updates s
                       WHERE s.measure_id = u.measure_id AND s.id < u.id
                         AND s.effective_date > u.effective_date AND s.effective_date <= e.end_date)
     ORDER BY u.id, e.start_date, e.end_date DESC`,
  ).all() as { id: number; period: string; effective_date: string }[];
}
