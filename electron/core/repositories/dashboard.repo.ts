// Aggregates for Oversikt and Møtemodus. Everything is counted by SQLite (GROUP BY); only aggregated rows leave.
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import { NO_STATUS, type AsOfStatus, type AssessmentCode, type StatusCode } from '../../../shared/domain/vocabulary.ts';
import { filterWhere, orNone, type ResolvedFilter, type UpdateColumn } from './measure-filter.sql.ts';
import { CHAIN_CTE } from './org-chains.repo.ts';
import { AS_OF_STATUS_JOIN, asOfLatest } from './status-as-of.sql.ts';

/**
 * `fids`: the filtered live measures' ids and `columns` of them and their plan (`m`, `p`) only, for questions that
 * do not need the status as of one date. By default the plan's start date.
 */
function filteredIdsCte(f: ResolvedFilter, columns = 'p.start_date'): { sql: string; params: Record<string, unknown> } {
  const { where, params } = filterWhere(f);
  return {
    sql:
      `fids AS MATERIALIZED (SELECT m.id, ${columns} FROM measures m JOIN plans p ON p.id = m.plan_id ` +
      `WHERE ${where})`,
    params,
  };
}

export interface KeyFigureRow {
  measures: number;
  no_status: number;
  fullfort: number;
  gul: number;
  rod: number;
  stale: number;
  pending_titles: number;
}

export interface PartStatusCountRow {
  plan_id: number;
  part_id: number | null;
  status: AsOfStatus;
  n: number;
}

export interface OrgAssessmentCountRow {
  org_id: number;
  assessment: AssessmentCode;
  n: number;
}

export interface OrgBudgetSumRow {
  org_id: number;
  year: number;
  allocated: number;
  spent: number;
}

/** Everything Oversikt counts for one filter (rename chains are merged, and parts listed, by the caller). */
export interface OverviewCounts {
  keyFigures: KeyFigureRow;
  /** Sums of the amounts given for the budget year (an empty amount is left out, never counted as 0). */
  budget: { allocated: number; spent: number };
  byPart: PartStatusCountRow[];
  /** Per owner and per counted co-owner organisation id. */
  assessmentByOrg: OrgAssessmentCountRow[];
  /** Budget per owner and per counted co-owner organisation id and year. */
  budgetByOrg: OrgBudgetSumRow[];
}

/**
 * One statement: the filtered live measures with their status as of the filter's date are looked up once
 * (`fm`, read from measure_status_latest where the newest update is in force) and every aggregate reads that.
 * Nothing is written, not even to the temp database, so a reader's connection (query_only) can count too. Each
 * aggregate is one kind of row, its figures as a JSON object.
 * Counted co-owners: a co-owner in the same rename chain as the owner (BLD owner, BFD co-owner) is the same
 * ministry, and the measure counts once for it, as the register's ministry filter does.
 */
export function overviewCounts(
  db: Database,
  f: ResolvedFilter,
  opts: { staleBefore: string; year: number },
): OverviewCounts {
  const su = asOfLatest('m.id', 'su');
  const { where, params } = filterWhere(f, su.cols);
  const rows = stmt(
    db,
    `WITH RECURSIVE ${CHAIN_CTE},
       fm AS MATERIALIZED (
         SELECT m.id, m.plan_id, m.part_id, m.owner_id, m.title_pending,
                ${orNone('status', su.cols.status)} AS status,
                ${orNone('assessment', su.cols.assessment)} AS assessment,
                ${su.cols.effectiveDate} AS last_date
         FROM measures m JOIN plans p ON p.id = m.plan_id
         ${su.join}
         WHERE ${where}),
       roots AS MATERIALIZED (SELECT org_id, root_id FROM chain),
       co AS MATERIALIZED (
         SELECT co.org_id, f.id AS measure_id, f.assessment
         FROM measure_co_owners co JOIN fm f ON f.id = co.measure_id
         LEFT JOIN roots a ON a.org_id = co.org_id LEFT JOIN roots b ON b.org_id = f.owner_id
         WHERE f.owner_id IS NULL OR a.root_id IS NULL OR b.root_id IS NULL OR a.root_id <> b.root_id),
       -- The filtered measures' budget per owner and year: one pass over the budget lines. Grouped by one integer
       -- (a year is below 4096; no owner is -1): SQLite's sorter compares one integer much faster than two columns.
       bo AS MATERIALIZED (
         SELECT f.owner_id, b.year, sum(b.allocated_nok) AS allocated, sum(b.spent_nok) AS spent
         FROM budget_lines b JOIN fm f ON f.id = b.measure_id GROUP BY coalesce(f.owner_id, -1) * 4096 + b.year)
     SELECT 'key' AS kind,
            json_object('measures', count(*),
              'no_status', coalesce(sum(status = '${NO_STATUS}'), 0),
              'fullfort', coalesce(sum(status = 'fullfort'), 0),
              'gul', coalesce(sum(assessment = 'gul'), 0), 'rod', coalesce(sum(assessment = 'rod'), 0),
              'stale', coalesce(sum(last_date IS NULL OR last_date < @staleBefore), 0),
              'pending_titles', coalesce(sum(title_pending), 0)) AS row
       FROM fm
     UNION ALL
     SELECT 'budget', json_object('allocated', coalesce(sum(allocated), 0), 'spent', coalesce(sum(spent), 0))
       FROM bo WHERE year = @year
     UNION ALL
     SELECT 'part', json_object('plan_id', plan_id, 'part_id', part_id, 'status', status, 'n', count(*))
       FROM fm GROUP BY plan_id, part_id, status
     UNION ALL
     SELECT 'assessment', json_object('org_id', owner_id, 'assessment', assessment, 'n', count(*))
       FROM fm WHERE owner_id IS NOT NULL GROUP BY owner_id, assessment
     UNION ALL
     SELECT 'assessment', json_object('org_id', org_id, 'assessment', assessment, 'n', count(*))
       FROM co GROUP BY org_id, assessment
     UNION ALL
     SELECT 'budget-org', json_object('org_id', owner_id, 'year', year,
              'allocated', coalesce(allocated, 0), 'spent', coalesce(spent, 0))
       FROM bo WHERE owner_id IS NOT NULL
     UNION ALL
     SELECT 'budget-org', json_object('org_id', co.org_id, 'year', b.year,
              'allocated', coalesce(sum(b.allocated_nok), 0), 'spent', coalesce(sum(b.spent_nok), 0))
       FROM co JOIN budget_lines b ON b.measure_id = co.measure_id GROUP BY co.org_id * 4096 + b.year`,
  ).all({ ...params, ...opts }) as { kind: string; row: string }[];
  const out: OverviewCounts = {
    keyFigures: { measures: 0, no_status: 0, fullfort: 0, gul: 0, rod: 0, stale: 0, pending_titles: 0 },
    budget: { allocated: 0, spent: 0 },
    byPart: [],
    assessmentByOrg: [],
    budgetByOrg: [],
  };
  for (const r of rows) {
    const v: unknown = JSON.parse(r.row);
    if (r.kind === 'key') out.keyFigures = v as KeyFigureRow;
    else if (r.kind === 'budget') out.budget = v as OverviewCounts['budget'];
    else if (r.kind === 'part') out.byPart.push(v as PartStatusCountRow);
    else if (r.kind === 'assessment') out.assessmentByOrg.push(v as OrgAssessmentCountRow);
    else out.budgetByOrg.push(v as OrgBudgetSumRow);
  }
  return out;
}

export interface PlanPartRow {
  plan_id: number;
  plan_code: string;
  plan_title: string;
  plan_start_date: string | null;
  part_id: number;
  part_number: number;
  part_title: string;
}

export function listPlanParts(db: Database): PlanPartRow[] {
  return stmt(
    db,
    `SELECT p.id AS plan_id, p.code AS plan_code, p.title AS plan_title, p.start_date AS plan_start_date,
            pt.id AS part_id, pt.number AS part_number, pt.title AS part_title
       FROM plans p JOIN parts pt ON pt.plan_id = p.id ORDER BY p.sort_order, pt.number`,
  ).all() as PlanPartRow[];
}

/**
 * One kind of change in the status distribution within a period, `n` times: a measure enters (its plan starts;
 * `prev` null) as «ingen status registrert», takes its first recorded status (from «ingen status» to «ikke startet»,
 * and on from there by a transition of the same date), or changes status (a transition).
 */
export interface StatusEventRow {
  /** The period; null for the entries of plans without a start date (there from the beginning). */
  bucket: number | null;
  prev: AsOfStatus | null;
  status: AsOfStatus;
  n: number;
}

/**
 * Status events per period, from the history as it was. Summed forward per period they give the distribution at
 * each period end: a measure is counted from its plan's start, as «ingen status registrert» until its first update,
 * then as each update left it (status_transitions holds every change of status, with «ikke-startet» before the
 * first). An update dated before its plan's start (older files may hold one) takes effect at the start.
 */
export function statusEventsByPeriod(
  db: Database,
  f: ResolvedFilter,
  granularity: 'tertial' | 'year',
): StatusEventRow[] {
  const { sql, params } = filteredIdsCte(f);
  const bucket = (date: string) =>
    granularity === 'year'
      ? `CAST(substr(${date}, 1, 4) AS INTEGER)`
      : `CAST(substr(${date}, 1, 4) AS INTEGER) * 3 + (CAST(substr(${date}, 6, 2) AS INTEGER) - 1) / 4`;
  const inForce = (date: string) => `max(${date}, coalesce(f.start_date, ''))`;
  // Each measure's first update is kept beside its newest (0013): in force on @asOf when dated on or before it.
  return stmt(
    db,
    `WITH ${sql}
     SELECT ${bucket('f.start_date')} AS bucket, NULL AS prev, '${NO_STATUS}' AS status, count(*) AS n
       FROM fids f GROUP BY 1
     UNION ALL
     SELECT ${bucket(inForce('l.first_date'))}, '${NO_STATUS}', 'ikke-startet', count(*)
       FROM fids f JOIN measure_status_latest l ON l.measure_id = f.id WHERE l.first_date <= @asOf GROUP BY 1
     UNION ALL
     SELECT ${bucket(inForce('t.effective_date'))}, t.prev, t.status, count(*)
       FROM status_transitions t JOIN fids f ON f.id = t.measure_id
       WHERE t.effective_date <= @asOf GROUP BY 1, 2, 3`,
  ).all(params) as StatusEventRow[];
}

export interface ChangeSqlRow {
  measure_id: number;
  plan_code: string;
  number: string;
  title: string;
  author: string;
  effective_date: string;
  recorded_at: string;
  updates: number;
  before_status: AsOfStatus;
  before_assessment: AssessmentCode;
  before_comment: string;
  after_status: AsOfStatus;
  after_assessment: AssessmentCode;
  after_comment: string;
  total: number;
}

/**
 * Measures whose status, assessment or comment differs between how it stood at @since (only what was recorded by
 * then) and how it stands at @asOf. Such a measure has an update effective or recorded after @since (else both
 * dates would pick the same update), so the difference alone finds them: a look-up of two updates per measure,
 * not a read of every update. Where the newest update is effective and recorded by @since it is what both dates
 * pick, so the measure is passed over before the look-up at @since. How it stands at @asOf is read from
 * measure_status_latest where the newest update is in force. The changed measures are kept as ids and sort keys
 * only; the page shown (@limit rows, a top-N sort: the total is counted apart, not by a window over every row) gets
 * its texts, how many updates fall after @since, and the newest of them.
 */
export function changesSince(db: Database, f: ResolvedFilter, since: string, limit: number): ChangeSqlRow[] {
  const { sql, params } = filteredIdsCte(f, 'p.sort_order, m.sort_key');
  const nw = asOfLatest('f.id', 'nw');
  const shown = asOfLatest('c.measure_id', 'nw');
  const after = (x: string) =>
    `${x}.effective_date <= @asOf AND (${x}.effective_date > @since OR substr(${x}.recorded_at, 1, 10) > @since)`;
  const differs = (col: UpdateColumn) => `${orNone(col, `od.${col}`)} <> ${orNone(col, nw.cols[col])}`;
  return stmt(
    db,
    `WITH ${sql},
       changed AS MATERIALIZED (
         SELECT f.id AS measure_id, od.id AS before_id, f.sort_order, f.sort_key
         FROM fids f
         ${nw.join}
         LEFT JOIN status_updates od ON od.id = (
           SELECT s.id FROM status_updates s
           WHERE s.measure_id = f.id AND s.effective_date <= @since AND substr(s.recorded_at, 1, 10) <= @since
           ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1)
         WHERE (nw.effective_date > @since OR substr(nw.recorded_at, 1, 10) > @since)
           AND (${differs('status')} OR ${differs('assessment')} OR ${differs('comment')})),
       page AS MATERIALIZED (SELECT * FROM changed ORDER BY sort_order, sort_key LIMIT @limit),
       counted AS (
         SELECT pg.*,
                (SELECT count(*) FROM status_updates x WHERE x.measure_id = pg.measure_id AND ${after('x')}) AS updates,
                (SELECT x.id FROM status_updates x WHERE x.measure_id = pg.measure_id AND ${after('x')}
                 ORDER BY x.effective_date DESC, x.recorded_at DESC, x.id DESC LIMIT 1) AS last_id
         FROM page pg)
     SELECT c.measure_id, lu.author, lu.effective_date, lu.recorded_at, c.updates,
            ${orNone('status', 'od.status')} AS before_status,
            ${orNone('assessment', 'od.assessment')} AS before_assessment,
            ${orNone('comment', 'od.comment')} AS before_comment,
            ${orNone('status', shown.cols.status)} AS after_status,
            ${orNone('assessment', shown.cols.assessment)} AS after_assessment,
            ${orNone('comment', shown.cols.comment)} AS after_comment,
            m.number, m.title, p.code AS plan_code, (SELECT count(*) FROM changed) AS total
     FROM counted c JOIN status_updates lu ON lu.id = c.last_id
     JOIN measures m ON m.id = c.measure_id JOIN plans p ON p.id = m.plan_id
     LEFT JOIN status_updates od ON od.id = c.before_id
     ${shown.join}
     ORDER BY c.sort_order, c.sort_key`,
  ).all({ ...params, since, limit }) as ChangeSqlRow[];
}

export interface FlaggedSqlRow {
  measure_id: number;
  plan_code: string;
  number: string;
  title: string;
  part_id: number | null;
  part_number: number | null;
  owner_id: number | null;
  status: StatusCode;
  assessment: AssessmentCode;
  comment: string;
  author: string;
  effective_date: string;
  total: number;
}

/** Measures assessed gul or rød at @asOf, rød first, with the comment that explains them. */
export function flaggedMeasures(db: Database, f: ResolvedFilter, limit: number): FlaggedSqlRow[] {
  const { where, params } = filterWhere({ ...f, assessments: ['rod', 'gul'] });
  return stmt(
    db,
    `SELECT m.id AS measure_id, p.code AS plan_code, m.number, m.title, m.part_id, pt.number AS part_number, m.owner_id,
              su.status, su.assessment, su.comment, su.author, su.effective_date, count(*) OVER () AS total
       FROM measures m JOIN plans p ON p.id = m.plan_id LEFT JOIN parts pt ON pt.id = m.part_id
       ${AS_OF_STATUS_JOIN}
       WHERE ${where}
       ORDER BY su.assessment = 'rod' DESC, p.sort_order, m.sort_key
       LIMIT @limit`,
  ).all({ ...params, limit }) as FlaggedSqlRow[];
}
