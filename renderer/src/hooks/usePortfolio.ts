// Queries for reading the portfolio. Mutations invalidate by these keys.
import { useQuery } from '@tanstack/react-query';
import type { PlanCode } from '../../../shared/domain/vocabulary.ts';
import { send } from '../api/client.ts';

export const keys = {
  info: ['portfolio:info'] as const,
  plans: ['plans:list'] as const,
  organisations: ['organisations:list'] as const,
  measures: (planCode?: string, asOf?: string) => ['measures:list', planCode ?? null, asOf ?? null] as const,
  measure: (id: number) => ['measures:get', id] as const,
  history: (id: number) => ['status:history', id] as const,
};

export function usePortfolioInfo() {
  return useQuery({ queryKey: keys.info, queryFn: () => send('portfolio:info') });
}

export function usePlans() {
  return useQuery({ queryKey: keys.plans, queryFn: () => send('plans:list') });
}

export function useMeasures(planCode?: PlanCode) {
  return useQuery({ queryKey: keys.measures(planCode), queryFn: () => send('measures:list', { planCode }) });
}

export function useOrganisations() {
  return useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}
