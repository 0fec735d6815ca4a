// The Forpliktelser view's state in the URL (#/forpliktelser?plan=…&asOf=…&dekning=…&vis=G3-01): the shared filter's
// plan, part, ministry, agency and date, a coverage class, or one obligation. Oversikt, Møtemodus and a measure's page
// link into it with these.
import { filterToParams, paramsToFilter } from '../../../../shared/api/filter.ts';
import { COVERAGE_CLASSES, type CoverageClass } from '../../../../shared/domain/obligations.ts';
import { hrefFor } from '../../app/router.ts';
import type { CoverageFilter } from '../../hooks/useObligations.ts';

export const OBLIGATIONS_PATH = '/forpliktelser';

export function obligationsView(params: URLSearchParams) {
  const f = paramsToFilter(params);
  const filter: CoverageFilter = {
    plans: f.plans,
    parts: f.parts,
    ministries: f.ministries,
    agencies: f.agencies,
    asOf: f.asOf,
  };
  const cls = params.get('dekning');
  return {
    filter,
    coverage: (COVERAGE_CLASSES as readonly string[]).includes(cls ?? '') ? (cls as CoverageClass) : null,
    only: params.get('vis'),
  };
}

export function obligationsHref(filter: CoverageFilter, extra: { dekning?: CoverageClass; vis?: string } = {}) {
  return hrefFor(OBLIGATIONS_PATH, { ...filterToParams(filter), ...extra });
}
