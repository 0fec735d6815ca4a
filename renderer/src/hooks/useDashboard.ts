// Dashboard queries (aggregates computed in the core) and the dashboard's filter, kept in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardInput, Granularity } from '../../../shared/api/dashboard.contract.ts';
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import { filterToParams, paramsToFilter } from '../../../shared/api/view-params.ts';
import { send } from '../api/client.ts';

/** The fields of the shared filter the dashboard uses, plus the budget year (`year`). */
export interface DashboardState {
  filter: Pick<MeasureFilter, 'plans' | 'parts' | 'ministries' | 'agencies'>;
  year?: number;
}

export function dashboardStateFrom(params: URLSearchParams): DashboardState {
  const f = paramsToFilter(params);
  const y = Number(params.get('year'));
  return {
    filter: { plans: f.plans, parts: f.parts, ministries: f.ministries, agencies: f.agencies },
    year: Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined,
  };
}

export function dashboardParams(s: DashboardState): Record<string, string> {
  return { ...filterToParams(s.filter), ...(s.year ? { year: String(s.year) } : {}) };
}

const input = (s: DashboardState): DashboardInput => ({ filter: s.filter, year: s.year });

/** Key and fetch of the overview, shared by the hook and the start-up prefetch (app/prefetch.ts). */
export const overviewQuery = (s: DashboardState) => ({
  queryKey: ['dashboard:overview', s] as const,
  queryFn: () => send('dashboard:overview', input(s)),
});

export const statusOverTimeQuery = (s: DashboardState, granularity: Granularity) => ({
  queryKey: ['dashboard:statusOverTime', s, granularity] as const,
  queryFn: () => send('dashboard:statusOverTime', { ...input(s), granularity }),
});

/** The remembered granularity of "status over time" (a UI preference). */
export const GRANULARITY_KEY = 'dashboardGranularity';

export function useDashboardOverview(s: DashboardState) {
  return useQuery({ ...overviewQuery(s), placeholderData: keepPreviousData });
}

export function useStatusOverTime(s: DashboardState, granularity: Granularity) {
  return useQuery({ ...statusOverTimeQuery(s, granularity), placeholderData: keepPreviousData });
}

export function useChangesSince(s: DashboardState, since: string | null) {
  return useQuery({
    queryKey: ['dashboard:changes', s.filter, since],
    queryFn: () => send('dashboard:changes', { filter: s.filter, since: since! }),
    enabled: !!since,
  });
}

export function useFlagged(s: DashboardState) {
  return useQuery({ queryKey: ['dashboard:flagged', s], queryFn: () => send('dashboard:flagged', input(s)) });
}
