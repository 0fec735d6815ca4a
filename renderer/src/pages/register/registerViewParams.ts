// The register's view (filter, sort, table or grouped) as URL parameters. Kept apart from the hooks in
// registerView.ts: the start-up entry (app/prefetch.ts) reads a view from the URL, and must not load the router
// and React with it (tests/unit/start-chunk.test.ts).
import type { MeasureFilter } from '../../../../shared/api/filter.ts';
import {
  filterToParams,
  paramsToFilter,
  paramsToSort,
  sortToParams,
  type RegisterSortKey,
  type SortDirection,
} from '../../../../shared/api/view-params.ts';

export const REGISTER_PATH = '/tiltak';
export const VIEW_PARAM = 'visning';
export const GROUPED = 'gruppert';
export const REMEMBERED_KEY = 'register:lastView';
export interface RegisterView {
  filter: MeasureFilter;
  sort: { by: RegisterSortKey; dir: SortDirection };
  grouped: boolean;
}

export function viewToParams(v: RegisterView): Record<string, string> {
  return { ...filterToParams(v.filter), ...sortToParams(v.sort), ...(v.grouped ? { [VIEW_PARAM]: GROUPED } : {}) };
}

export function paramsToView(params: URLSearchParams): RegisterView {
  return { filter: paramsToFilter(params), sort: paramsToSort(params), grouped: params.get(VIEW_PARAM) === GROUPED };
}
