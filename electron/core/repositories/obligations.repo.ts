// Obligations and their links to measures (migration 0010): rows, writes with optimistic versions, and the linked
// measures with their status as of a date for coverage.
import type { Database } from 'better-sqlite3';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';
import { stmt } from '../db/statements.ts';
import { filterWhere, type ResolvedFilter } from './measure-filter.sql.ts';
import { AS_OF_STATUS_JOIN } from './status-as-of.sql.ts';

export interface ObligationRow {
  id: number;
  code: string;
  source: 'greta' | 'storting' | 'annet';
  round: number | null;
  year: number | null;
  text: string;
  source_text: string | null;
  source_ref: string | null;
  strength: 'urges' | 'considers' | 'invites' | null;
  verification_note: string | null;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The columns a coordinator may change (the source text and the dates are kept by the core). */
export type ObligationValues = Pick<
  ObligationRow,
  'code' | 'source' | 'round' | 'year' | 'text' | 'source_ref' | 'strength' | 'verification_note'
>;

/** GRETA first, by round; then the Storting and other sources; by id within each. `o` is the table's alias. */
const order = (o = 'obligations') =>
  `CASE ${o}.source WHEN 'greta' THEN 0 WHEN 'storting' THEN 1 ELSE 2 END, coalesce(${o}.round, 999), ` +
  `coalesce(${o}.year, 9999), ${o}.code COLLATE NOCASE`;

export function listObligationRows(db: Database): ObligationRow[] {
  return stmt(db, `SELECT * FROM obligations ORDER BY ${order()}`).all() as ObligationRow[];
}

export function getObligationRow(db: Database, id: number): ObligationRow | undefined {
  return stmt(db, 'SELECT * FROM obligations WHERE id = ?').get(id) as ObligationRow | undefined;
}

/** Case does not make a different id: «g3-01» is G3-01. */
export function obligationByCode(db: Database, code: string): ObligationRow | undefined {
  return stmt(db, 'SELECT * FROM obligations WHERE code = ? COLLATE NOCASE').get(code) as ObligationRow | undefined;
}

export function insertObligation(
  db: Database,
  o: ObligationValues & { source_text: string | null; created_at: string },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO obligations (code, source, round, year, text, source_text, source_ref, strength, verification_note,
                                created_at, updated_at)
       VALUES (@code, @source, @round, @year, @text, @source_text, @source_ref, @strength, @verification_note,
               @created_at, @created_at)`,
    ).run(o).lastInsertRowid,
  );
}

/** Writes the values only if the row is still at `version`; false when it was not (a stale edit). */
export function updateObligationRow(
  db: Database,
  id: number,
  version: number,
  v: ObligationValues & { retired_at: string | null; updated_at: string },
): boolean {
  return (
    stmt(
      db,
      `UPDATE obligations SET code = @code, source = @source, round = @round, year = @year, text = @text,
         source_ref = @source_ref, strength = @strength, verification_note = @verification_note,
         retired_at = @retired_at, updated_at = @updated_at, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...v, id, version }).changes === 1
  );
}

export function deleteObligationRow(db: Database, id: number, version: number): boolean {
  return stmt(db, 'DELETE FROM obligations WHERE id = ? AND version = ?').run(id, version).changes === 1;
}

export interface LinkRow {
  id: number;
  obligation_id: number;
  measure_id: number;
  note: string;
  version: number;
}

export function getLinkRow(db: Database, id: number): LinkRow | undefined {
  return stmt(db, 'SELECT id, obligation_id, measure_id, note, version FROM obligation_links WHERE id = ?').get(id) as
    LinkRow | undefined;
}

export function findLinkRow(db: Database, obligationId: number, measureId: number): LinkRow | undefined {
  return stmt(
    db,
    'SELECT id, obligation_id, measure_id, note, version FROM obligation_links ' +
      'WHERE obligation_id = ? AND measure_id = ?',
  ).get(obligationId, measureId) as LinkRow | undefined;
}

export function countLinksOf(db: Database, obligationId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM obligation_links WHERE obligation_id = ?').get(obligationId) as { n: number }
  ).n;
}

export function insertLinkRow(
  db: Database,
  l: { obligation_id: number; measure_id: number; note: string; created_at: string; created_by: string },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO obligation_links (obligation_id, measure_id, note, created_at, created_by)
       VALUES (@obligation_id, @measure_id, @note, @created_at, @created_by)`,
    ).run(l).lastInsertRowid,
  );
}

export function updateLinkNote(db: Database, id: number, version: number, note: string): boolean {
  return (
    stmt(db, 'UPDATE obligation_links SET note = ?, version = version + 1 WHERE id = ? AND version = ?').run(
      note,
      id,
      version,
    ).changes === 1
  );
}

export function deleteLinkRow(db: Database, id: number): void {
  stmt(db, 'DELETE FROM obligation_links WHERE id = ?').run(id);
}

/** The links of one measure (live or in the recycle bin), by the obligations' order. */
export function linksOfMeasure(db: Database, measureId: number): (LinkRow & { o: ObligationRow })[] {
  const rows = stmt(
    db,
    `SELECT l.id AS link_id, l.note AS link_note, l.version AS link_version, o.*
     FROM obligation_links l JOIN obligations o ON o.id = l.obligation_id
     WHERE l.measure_id = ? ORDER BY ${order('o')}`,
  ).all(measureId) as (ObligationRow & { link_id: number; link_note: string; link_version: number })[];
  return rows.map(({ link_id, link_note, link_version, ...o }) => ({
    id: link_id,
    obligation_id: o.id,
    measure_id: measureId,
    note: link_note,
    version: link_version,
    o,
  }));
}

/** A measure as a link names it: «Handlingsplanen 2016, tiltak 5», and whether it is in the recycle bin. */
export interface LinkedMeasureRow {
  id: number;
  number: string;
  plan_short_name: string;
  deleted_at: string | null;
}

export function linkedMeasure(db: Database, id: number): LinkedMeasureRow | undefined {
  return stmt(
    db,
    `SELECT m.id, m.number, p.short_name AS plan_short_name, m.deleted_at
     FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.id = ?`,
  ).get(id) as LinkedMeasureRow | undefined;
}

export interface CoveredMeasureRow {
  link_id: number;
  link_version: number;
  note: string;
  obligation_id: number;
  measure_id: number;
  plan_code: string;
  number: string;
  title: string;
  title_pending: number;
  status: StatusCode | null;
  assessment: AssessmentCode | null;
}

/**
 * Every link to a live measure the filter admits, with the measure's status on the filter's date (null when none
 * was registered by then). A measure of a plan that had not started by that date does not exist yet, so its links
 * are left out.
 */
export function coveredMeasures(db: Database, f: ResolvedFilter): CoveredMeasureRow[] {
  const { where, params } = filterWhere(f);
  return stmt(
    db,
    `SELECT l.id AS link_id, l.version AS link_version, l.note, l.obligation_id, m.id AS measure_id,
            p.code AS plan_code, m.number, m.title, m.title_pending, su.status, su.assessment
     FROM obligation_links l
     JOIN measures m ON m.id = l.measure_id
     JOIN plans p ON p.id = m.plan_id
     ${AS_OF_STATUS_JOIN}
     WHERE ${where} AND (p.start_date IS NULL OR p.start_date <= @asOf)
     ORDER BY p.sort_order, m.sort_key`,
  ).all(params) as CoveredMeasureRow[];
}
