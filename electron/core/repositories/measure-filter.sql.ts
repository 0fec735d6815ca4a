// The WHERE clause for a MeasureFilter over `measures m` joined with its as-of status `su`
// (see SELECT_WITH_STATUS in measures.repo.ts). Organisations arrive as ids, already expanded over renames.
import type { AssessmentCode, StatusCode } from '../../../shared/domain/vocabulary.ts';

export interface ResolvedFilter {
  planCodes?: string[];
  partIds?: number[];
  ministryIds?: number[];
  agencyIds?: number[];
  statuses?: StatusCode[];
  assessments?: AssessmentCode[];
  /** Latest update (any date ≤ asOf) older than this ISO date, or none at all. */
  staleBefore?: string;
  asOf: string;
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

export function filterWhere(f: ResolvedFilter): SqlFragment {
  const params: Record<string, unknown> = { asOf: f.asOf };
  const clauses = ['m.deleted_at IS NULL'];
  if (f.planCodes?.length) clauses.push(`p.code IN (${inList('plan', f.planCodes, params)})`);
  if (f.partIds?.length) clauses.push(`m.part_id IN (${inList('part', f.partIds, params)})`);
  if (f.ministryIds?.length) {
    const ids = inList('min', f.ministryIds, params);
    clauses.push(`(m.owner_id IN (${ids}) OR EXISTS (SELECT 1 FROM measure_co_owners c WHERE c.measure_id = m.id AND c.org_id IN (${ids})))`);
  }
  if (f.agencyIds?.length) {
    clauses.push(`EXISTS (SELECT 1 FROM measure_agencies a WHERE a.measure_id = m.id AND a.org_id IN (${inList('ag', f.agencyIds, params)}))`);
  }
  if (f.statuses?.length) clauses.push(`coalesce(su.status, 'ikke-startet') IN (${inList('st', f.statuses, params)})`);
  if (f.assessments?.length) clauses.push(`coalesce(su.assessment, 'ikke-vurdert') IN (${inList('as', f.assessments, params)})`);
  if (f.staleBefore) {
    params.staleBefore = f.staleBefore;
    clauses.push('(su.effective_date IS NULL OR su.effective_date < @staleBefore)');
  }
  return { where: clauses.join(' AND '), params };
}
