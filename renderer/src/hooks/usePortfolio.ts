// Queries for reading the portfolio. Mutations invalidate by these keys.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Plan } from '../../../shared/domain/types.ts';
import { send } from '../api/client.ts';

export const keys = {
  info: ['portfolio:info'] as const,
  plans: ['plans:list'] as const,
  organisations: ['organisations:list'] as const,
  measures: (planCode?: string, asOf?: string) => ['measures:list', planCode ?? null, asOf ?? null] as const,
  measureNames: ['measures:names'] as const,
  measure: (id: number) => ['measures:get', id] as const,
  history: (id: number) => ['status:history', id] as const,
};

export function usePortfolioInfo() {
  return useQuery({ queryKey: keys.info, queryFn: () => send('portfolio:info') });
}

export function usePlans() {
  return useQuery({ queryKey: keys.plans, queryFn: () => send('plans:list') });
}

/** Plans by code (plans are data: a view names a plan and its parts from here, never from a list of codes). */
export function usePlanLookup(): (code: string) => Plan | undefined {
  const plans = usePlans().data;
  return useMemo(() => {
    const byCode = new Map(plans?.map((p) => [p.code, p]));
    return (code: string) => byCode.get(code);
  }, [plans]);
}

export function useMeasures(planCode?: string) {
  return useQuery({ queryKey: keys.measures(planCode), queryFn: () => send('measures:list', { planCode }) });
}

/** Measures to choose from by name: unlike useMeasures, not fetched again when a status is saved. */
export function useMeasureNames() {
  return useQuery({ queryKey: keys.measureNames, queryFn: () => send('measures:names') });
}

export function useOrganisations() {
  return useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}
