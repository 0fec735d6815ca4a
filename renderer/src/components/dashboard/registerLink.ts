// Links from a chart segment into the register (#/tiltak?…), with exactly the shared filter's parameters.
import type { MeasureFilter } from '../../../../shared/api/filter.ts';
import { filterToParams } from '../../../../shared/api/view-params.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import { hrefFor } from '../../app/router.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';

/** The dashboard's filter narrowed by `extra`; the as-of date only when it is not today. */
export function registerHref(s: DashboardState, extra: MeasureFilter, asOf?: string): string {
  const f: MeasureFilter = { ...s.filter, ...extra };
  if (asOf && asOf !== todayIso()) f.asOf = asOf;
  return hrefFor('/tiltak', filterToParams(f));
}
