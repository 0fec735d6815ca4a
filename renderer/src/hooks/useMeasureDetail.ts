// Queries for one measure's detail page, and the session user (default author of new entries).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { send } from '../api/client.ts';
import { keys } from './usePortfolio.ts';

export const detailKeys = {
  timeline: (id: number) => ['measures:timeline', id] as const,
  budget: (id: number) => ['budget:list', id] as const,
  links: (id: number) => ['measures:links', id] as const,
  trash: ['measures:trash'] as const,
  user: ['session:user'] as const,
};

export function useMeasure(id: number) {
  return useQuery({ queryKey: keys.measure(id), queryFn: () => send('measures:get', { id }) });
}

export function useTimeline(id: number) {
  return useQuery({ queryKey: detailKeys.timeline(id), queryFn: () => send('measures:timeline', { id }) });
}

export function useBudget(id: number) {
  return useQuery({ queryKey: detailKeys.budget(id), queryFn: () => send('budget:list', { measureId: id }) });
}

export function useLinks(id: number) {
  return useQuery({ queryKey: detailKeys.links(id), queryFn: () => send('measures:links', { id }) });
}

export function useOrganisations() {
  return useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}

export function useSessionUser() {
  return useQuery({ queryKey: detailKeys.user, queryFn: () => send('session:user'), staleTime: Infinity });
}

export function useTrash() {
  return useQuery({ queryKey: detailKeys.trash, queryFn: () => send('measures:trash') });
}

/** After any write to a measure: refetch it, its history, budget and links, and every list that shows it. */
export function useRefreshMeasure() {
  const qc = useQueryClient();
  return useCallback(
    async (id: number) => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.measure(id) }),
        qc.invalidateQueries({ queryKey: detailKeys.timeline(id) }),
        qc.invalidateQueries({ queryKey: detailKeys.budget(id) }),
        qc.invalidateQueries({ queryKey: detailKeys.links(id) }),
        qc.invalidateQueries({ queryKey: ['measures:list'] }),
        qc.invalidateQueries({ queryKey: detailKeys.trash }),
        qc.invalidateQueries({ queryKey: keys.info }),
        qc.invalidateQueries({ queryKey: ['status:history', id] }),
      ]);
    },
    [qc],
  );
}
