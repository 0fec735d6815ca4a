import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import { AS_OF_STATUS_JOIN } from './status-as-of.sql.ts';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';

export interface MeasureRow {
  id: number;
  plan_id: number;
  plan_code: string;
  number: string;
  sort_key: number;
  part_id: number | null;
  part_number: number | null;
  title: string;
  description: string;
  title_pending: number;
  owner_id: number | null;
  start_year: number | null;
  end_year: number | null;
  version: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A measure row joined with its latest status update as of a date (null columns when none). */
export interface MeasureWithStatusRow extends MeasureRow {
  /** The plan's start (ISO), or null when not known: no status may be dated before it. */
  plan_start_date: string | null;
  su_id: number | null;
  su_status: StatusCode | null;
  su_assessment: AssessmentCode | null;
  su_comment: string | null;
  su_author: string | null;
  su_effective_date: string | null;
  su_recorded_at: string | null;
  su_correction_reason: string | null;
}

export interface NewMeasure {
  plan_id: number;
  number: string;
  sort_key: number;
  part_id: number | null;
  title: string;
  description: string;
  title_pending: number;
  owner_id: number | null;
  start_year: number | null;
  end_year: number | null;
  created_at: string;
}

export function insertMeasure(db: Database, m: NewMeasure): number {
  return Number(
    stmt(
      db,
      `INSERT INTO measures (plan_id, number, sort_key, part_id, title, description, title_pending, owner_id,
                             start_year, end_year, created_at, updated_at)
         VALUES (@plan_id, @number, @sort_key, @part_id, @title, @description, @title_pending, @owner_id,
                 @start_year, @end_year, @created_at, @created_at)`,
    ).run(m).lastInsertRowid,
  );
}

export function insertCoOwner(db: Database, measureId: number, orgId: number): void {
  stmt(db, 'INSERT OR IGNORE INTO measure_co_owners (measure_id, org_id) VALUES (?, ?)').run(measureId, orgId);
}

export function insertAgency(db: Database, measureId: number, orgId: number): void {
  stmt(db, 'INSERT OR IGNORE INTO measure_agencies (measure_id, org_id) VALUES (?, ?)').run(measureId, orgId);
}

const SELECT_WITH_STATUS = `
  SELECT m.*, p.code AS plan_code, p.start_date AS plan_start_date, pt.number AS part_number,
         su.id AS su_id, su.status AS su_status, su.assessment AS su_assessment, su.comment AS su_comment,
         su.author AS su_author, su.effective_date AS su_effective_date, su.recorded_at AS su_recorded_at,
         su.correction_reason AS su_correction_reason
  FROM measures m
  JOIN plans p ON p.id = m.plan_id
  LEFT JOIN parts pt ON pt.id = m.part_id
  ${AS_OF_STATUS_JOIN}`;

export function listMeasuresWithStatus(
  db: Database,
  f: { planCode: string | null; asOf: string },
): MeasureWithStatusRow[] {
  return stmt(
    db,
    `${SELECT_WITH_STATUS}
       WHERE m.deleted_at IS NULL AND (@planCode IS NULL OR p.code = @planCode)
       ORDER BY p.sort_order, m.sort_key`,
  ).all(f) as MeasureWithStatusRow[];
}

export interface MeasureNameRow {
  id: number;
  plan_code: string;
  number: string;
  title: string;
  title_pending: number;
}

/** Live measures' names, in plan order. */
export function listMeasureNameRows(db: Database): MeasureNameRow[] {
  return stmt(
    db,
    `SELECT m.id, p.code AS plan_code, m.number, m.title, m.title_pending FROM measures m
     JOIN plans p ON p.id = m.plan_id WHERE m.deleted_at IS NULL ORDER BY p.sort_order, m.sort_key`,
  ).all() as MeasureNameRow[];
}

export function getMeasureWithStatus(db: Database, id: number, asOf: string): MeasureWithStatusRow | undefined {
  return stmt(db, `${SELECT_WITH_STATUS} WHERE m.id = @id`).get({ id, asOf }) as MeasureWithStatusRow | undefined;
}

export function measureIdByNumber(db: Database, planId: number, number: string): number | null {
  const row = stmt(db, 'SELECT id FROM measures WHERE plan_id = ? AND number = ? AND deleted_at IS NULL').get(
    planId,
    number,
  ) as { id: number } | undefined;
  return row?.id ?? null;
}

/** measure id → org ids, for co-owners or agencies, limited to live measures. */
export function listMeasureOrgLinks(
  db: Database,
  table: 'measure_co_owners' | 'measure_agencies',
): { measure_id: number; org_id: number }[] {
  return stmt(db, `SELECT measure_id, org_id FROM ${table} ORDER BY measure_id, org_id`).all() as {
    measure_id: number;
    org_id: number;
  }[];
}

export function listMeasureOrgLinksFor(
  db: Database,
  table: 'measure_co_owners' | 'measure_agencies',
  measureId: number,
): number[] {
  return (
    stmt(db, `SELECT org_id FROM ${table} WHERE measure_id = ? ORDER BY org_id`).all(measureId) as { org_id: number }[]
  ).map((r) => r.org_id);
}

export function countPendingTitles(db: Database): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM measures WHERE title_pending = 1 AND deleted_at IS NULL').get() as { n: number }
  ).n;
}

export function countMeasures(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM measures WHERE deleted_at IS NULL').get() as { n: number }).n;
}
