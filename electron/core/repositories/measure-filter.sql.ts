// The WHERE clause for a MeasureFilter over `measures m` of plan `p`, joined with its as-of status `su`
// (see SELECT_WITH_STATUS in measures.repo.ts). Organisations arrive as ids, already expanded over renames.
// A measure exists from its plan's start: on an earlier as-of date it is not matched at all.
import { FIELD_KEYS, fieldDef } from '../../../shared/domain/measure-fields.ts';
import { NO_STATUS, type AsOfStatus, type AssessmentCode } from '../../../shared/domain/vocabulary.ts';

export interface ResolvedFilter {
  planCodes?: string[];
  partIds?: number[];
  /** Measures without a part too (or only those, without `partIds`). */
  unplaced?: boolean;
  ministryIds?: number[];
  agencyIds?: number[];
  /** Linked to any of these obligations. */
  obligationIds?: number[];
  /** «ingen-status» matches a measure with no update in force on `asOf`. */
  statuses?: AsOfStatus[];
  assessments?: AssessmentCode[];
  /** Latest update (any date ≤ asOf) older than this ISO date, or none at all. */
  staleBefore?: string;
  /** Free-text search: every term must match somewhere in the measure (see SearchTerm). */
  search?: SearchTerm[];
  /** The date the status is read at, and the measures exist at (their plan has started); '' = any date. */
  asOf: string;
}

/** What a measure with no update in force counts as, per column of an update (never stored). */
const NONE = { status: `'${NO_STATUS}'`, assessment: "'ikke-vurdert'", comment: "''" } as const;
export type UpdateColumn = keyof typeof NONE;
/** The as-of update's column `value` (NULL when none is in force), or what a measure without one counts as. */
export const orNone = (col: UpdateColumn, value: string) => `coalesce(${value}, ${NONE[col]})`;

/** The measure's status on @asOf as a code, «ingen-status» when no update is in force. */
export const AS_OF_STATUS_SQL = orNone('status', 'su.status');

/** Where the as-of update's columns are read: by default the `su` of AS_OF_STATUS_JOIN (NULL without one). */
export interface AsOfColumns {
  status: string;
  assessment: string;
  effectiveDate: string;
}

const SU_COLUMNS: AsOfColumns = {
  status: 'su.status',
  assessment: 'su.assessment',
  effectiveDate: 'su.effective_date',
};

/**
 * One word of the search box, prepared by the service. It matches the measure's number (exactly), its title
 * or description, any status-update comment, or an organisation (owner, co-owner, agency) whose name or
 * abbreviation matched and is already expanded over its rename chain.
 */
export interface SearchTerm {
  /** Lower-cased with Unicode rules (tiltak_fold). */
  folded: string;
  /** Organisations the term names, by id. */
  orgIds: number[];
}

/** Trigrams need three characters; shorter terms scan the measures' own texts (10 000 rows, no comments). */
const MIN_FTS_LENGTH = 3;

function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function orgClause(ids: string): string {
  return `m.owner_id IN (${ids})
      OR EXISTS (SELECT 1 FROM measure_co_owners c WHERE c.measure_id = m.id AND c.org_id IN (${ids}))
      OR EXISTS (SELECT 1 FROM measure_agencies a WHERE a.measure_id = m.id AND a.org_id IN (${ids}))`;
}

/** Registry fields searched by scanning their column (not in the full-text index), e.g. the contact person. */
const SCANNED = FIELD_KEYS.filter((k) => fieldDef(k).search === 'scan').map((k) => fieldDef(k).column!);

function searchClause(t: SearchTerm, i: number, params: Record<string, unknown>): string {
  params[`q${i}`] = t.folded;
  const parts = [`lower(m.number) = @q${i}`, ...SCANNED.map((c) => `instr(tiltak_fold(m.${c}), @q${i}) > 0`)];
  if ([...t.folded].length >= MIN_FTS_LENGTH) {
    params[`qf${i}`] = ftsPhrase(t.folded);
    parts.push(
      `m.id IN (SELECT rowid FROM measure_fts WHERE measure_fts MATCH @qf${i})`,
      `m.id IN (SELECT s.measure_id FROM comment_fts JOIN status_updates s ON s.id = comment_fts.rowid
                WHERE comment_fts MATCH @qf${i})`,
    );
  } else if (!/^\d+$/.test(t.folded)) {
    // "16" means measure 16; a short word is looked for in titles and descriptions.
    parts.push(`instr(tiltak_fold(m.title), @q${i}) > 0`, `instr(tiltak_fold(m.description), @q${i}) > 0`);
  }
  if (t.orgIds.length > 0) parts.push(orgClause(inList(`qo${i}_`, t.orgIds, params)));
  return `(${parts.join(' OR ')})`;
}

export interface SqlFragment {
  where: string;
  params: Record<string, unknown>;
}

function inList(prefix: string, values: readonly unknown[], params: Record<string, unknown>): string {
  return values
    .map((v, i) => {
      params[`${prefix}${i}`] = v;
      return `@${prefix}${i}`;
    })
    .join(', ');
}

export function filterWhere(f: ResolvedFilter, su: AsOfColumns = SU_COLUMNS): SqlFragment {
  const params: Record<string, unknown> = { asOf: f.asOf };
  const clauses = ['m.deleted_at IS NULL'];
  if (f.asOf !== '') clauses.push('(p.start_date IS NULL OR p.start_date <= @asOf)');
  if (f.planCodes?.length) clauses.push(`p.code IN (${inList('plan', f.planCodes, params)})`);
  const parts = [
    ...(f.partIds?.length ? [`m.part_id IN (${inList('part', f.partIds, params)})`] : []),
    ...(f.unplaced ? ['m.part_id IS NULL'] : []),
  ];
  if (parts.length > 0) clauses.push(`(${parts.join(' OR ')})`);
  if (f.ministryIds?.length) {
    const ids = inList('min', f.ministryIds, params);
    clauses.push(
      `(m.owner_id IN (${ids})
        OR EXISTS (SELECT 1 FROM measure_co_owners c WHERE c.measure_id = m.id AND c.org_id IN (${ids})))`,
    );
  }
  if (f.agencyIds?.length) {
    clauses.push(
      `EXISTS (SELECT 1 FROM measure_agencies a
               WHERE a.measure_id = m.id AND a.org_id IN (${inList('ag', f.agencyIds, params)}))`,
    );
  }
  if (f.obligationIds?.length) {
    clauses.push(
      `EXISTS (SELECT 1 FROM obligation_links ol
               WHERE ol.measure_id = m.id AND ol.obligation_id IN (${inList('obl', f.obligationIds, params)}))`,
    );
  }
  if (f.statuses?.length) clauses.push(`${orNone('status', su.status)} IN (${inList('st', f.statuses, params)})`);
  if (f.assessments?.length)
    clauses.push(`${orNone('assessment', su.assessment)} IN (${inList('as', f.assessments, params)})`);
  if (f.staleBefore) {
    params.staleBefore = f.staleBefore;
    clauses.push(`(${su.effectiveDate} IS NULL OR ${su.effectiveDate} < @staleBefore)`);
  }
  f.search?.forEach((t, i) => clauses.push(searchClause(t, i, params)));
  return { where: clauses.join(' AND '), params };
}
