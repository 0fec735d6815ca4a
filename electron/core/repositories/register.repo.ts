// The register's queries: the order of every matching measure (filtered and sorted in SQL, so 10 000
// measures never pass through JavaScript to be discarded), then full rows for the window on screen.
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { RegisterSortKey, SortDirection } from '../../../shared/api/register.contract.ts';
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';
import { AS_OF_STATUS_CODES, ASSESSMENT_CODES } from '../../../shared/domain/vocabulary.ts';
import { AS_OF_STATUS_SQL, filterWhere, orNone, type ResolvedFilter } from './measure-filter.sql.ts';
import { AS_OF_STATUS_JOIN } from './status-as-of.sql.ts';

export interface RegisterDbRow {
  id: number;
  plan_code: string;
  number: string;
  title: string;
  title_pending: number;
  part_id: number | null;
  part_number: number | null;
  part_title: string | null;
  owner_id: number | null;
  /** Comma-separated org ids, ascending; null when none. */
  co_owner_ids: string | null;
  agency_ids: string | null;
  su_status: StatusCode | null;
  su_assessment: AssessmentCode | null;
  su_date: string | null;
  su_author: string | null;
  budget: number | null;
  /** Comma-separated codes of the active obligations the measure answers, in code order; null when none. */
  obligation_codes: string | null;
  version: number;
}

export interface RegisterQuery {
  filter: ResolvedFilter;
  sort: { by: RegisterSortKey; dir: SortDirection };
  budgetYear: number;
  /** org id → its position when the organisations are sorted by the name shown (needed for owner/agency sort). */
  orgRank: Record<number, number>;
}

const caseOrder = (expr: string, codes: readonly string[]) =>
  `CASE ${expr} ${codes.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;

function orderBy(by: RegisterSortKey, dir: SortDirection): string {
  const d = dir === 'desc' ? 'DESC' : 'ASC';
  const tail = 'p.sort_order, m.sort_key';
  switch (by) {
    case 'number':
      return `p.sort_order ${d}, m.sort_key ${d}`;
    case 'title':
      return `tiltak_sortkey(m.title) ${d}, ${tail}`;
    case 'part':
      return `pt.number IS NULL, p.sort_order ${d}, pt.number ${d}, ${tail}`;
    case 'owner':
      return `owner_rank IS NULL, owner_rank ${d}, ${tail}`;
    case 'agencies':
      return `agency_rank IS NULL, agency_rank ${d}, ${tail}`;
    case 'status':
      return `${caseOrder(AS_OF_STATUS_SQL, AS_OF_STATUS_CODES)} ${d}, ${tail}`;
    case 'assessment':
      return `${caseOrder(orNone('assessment', 'su.assessment'), ASSESSMENT_CODES)} ${d}, ${tail}`;
    case 'lastUpdate':
      // Never updated sorts as the oldest.
      return `su.effective_date ${d}, ${tail}`;
    case 'budget':
      return `budget ${d}, ${tail}`;
    case 'obligations':
      // Measures that answer no obligation last, whichever the direction.
      return `obligation_codes IS NULL, obligation_codes ${d}, ${tail}`;
  }
}

/** The measure's budget allocated in @budgetYear (null when it has no lines that year). */
const BUDGET_SUM =
  '(SELECT sum(b.allocated_nok) FROM budget_lines b WHERE b.measure_id = m.id AND b.year = @budgetYear)';

/** The codes of the active obligations a measure answers, in code order. */
const OBLIGATION_CODES = `(SELECT group_concat(o.code, ',' ORDER BY o.code COLLATE NOCASE)
   FROM obligation_links ol JOIN obligations o ON o.id = ol.obligation_id
   WHERE ol.measure_id = m.id AND o.retired_at IS NULL)`;

export interface RegisterOrderRow {
  id: number;
  plan_code: string;
  /** 1 when no status update is in force on the as-of date. */
  no_status: number;
}

/** Every measure the filter matches, in the sort order: its id and plan. Details are fetched per window. */
export function queryRegisterOrder(db: Database, q: RegisterQuery): RegisterOrderRow[] {
  const { where, params } = filterWhere(q.filter);
  const needsRank = q.sort.by === 'owner' || q.sort.by === 'agencies';
  const sql = `
    WITH org_rank(id, r) AS (SELECT CAST(key AS INTEGER), value FROM json_each(@orgRank))
    SELECT m.id, p.code AS plan_code, su.id IS NULL AS no_status
           ${q.sort.by === 'budget' ? `, ${BUDGET_SUM} AS budget` : ''}
           ${q.sort.by === 'obligations' ? `, ${OBLIGATION_CODES} AS obligation_codes` : ''}
           ${
             needsRank
               ? `, (SELECT r FROM org_rank WHERE id = m.owner_id) AS owner_rank,
             (SELECT min(o.r) FROM measure_agencies a JOIN org_rank o ON o.id = a.org_id
              WHERE a.measure_id = m.id) AS agency_rank`
               : ''
           }
    FROM measures m
    JOIN plans p ON p.id = m.plan_id
    LEFT JOIN parts pt ON pt.id = m.part_id
    ${AS_OF_STATUS_JOIN}
    WHERE ${where}
    ORDER BY ${orderBy(q.sort.by, q.sort.dir)}`;
  return stmt(db, sql).all({
    ...params,
    budgetYear: q.budgetYear,
    orgRank: JSON.stringify(needsRank ? q.orgRank : {}),
  }) as RegisterOrderRow[];
}

/** The register rows of the given live measures as of `asOf`, in no particular order (absent ids are skipped). */
export function registerRowsByIds(
  db: Database,
  ids: readonly number[],
  asOf: string,
  budgetYear: number,
): RegisterDbRow[] {
  const sql = `
    SELECT m.id, p.code AS plan_code, m.number, m.title, m.title_pending,
           pt.id AS part_id, pt.number AS part_number, pt.title AS part_title, m.owner_id,
           (SELECT group_concat(c.org_id ORDER BY c.org_id) FROM measure_co_owners c
            WHERE c.measure_id = m.id) AS co_owner_ids,
           (SELECT group_concat(a.org_id ORDER BY a.org_id) FROM measure_agencies a
            WHERE a.measure_id = m.id) AS agency_ids,
           su.status AS su_status, su.assessment AS su_assessment, su.effective_date AS su_date, su.author AS su_author,
           ${BUDGET_SUM} AS budget, ${OBLIGATION_CODES} AS obligation_codes, m.version
    FROM measures m
    JOIN plans p ON p.id = m.plan_id
    LEFT JOIN parts pt ON pt.id = m.part_id
    ${AS_OF_STATUS_JOIN}
    WHERE m.id IN (SELECT value FROM json_each(@ids)) AND m.deleted_at IS NULL`;
  return stmt(db, sql).all({ ids: JSON.stringify(ids), asOf, budgetYear }) as RegisterDbRow[];
}

/**
 * Live measures in the given plans (all plans when none) that exist on `asOf` (their plan has started): the "of N"
 * in "Viser 12 av 44 tiltak".
 */
export function countLiveMeasures(db: Database, planCodes: string[] | undefined, asOf: string): number {
  const { where, params } = filterWhere({ planCodes, asOf });
  return (
    stmt(db, `SELECT count(*) AS n FROM measures m JOIN plans p ON p.id = m.plan_id WHERE ${where}`).get(params) as {
      n: number;
    }
  ).n;
}

export function pendingTitlesByPlan(
  db: Database,
  planCodes: string[] | undefined,
): { plan_code: string; plan_title: string; n: number }[] {
  // Titles to fill in, whatever the date: a plan not yet started still needs its titles.
  const { where, params } = filterWhere({ planCodes, asOf: '' });
  return stmt(
    db,
    `SELECT p.code AS plan_code, p.title AS plan_title, count(*) AS n
       FROM measures m JOIN plans p ON p.id = m.plan_id
       WHERE ${where} AND m.title_pending = 1
       GROUP BY p.id ORDER BY p.sort_order`,
  ).all(params) as { plan_code: string; plan_title: string; n: number }[];
}
