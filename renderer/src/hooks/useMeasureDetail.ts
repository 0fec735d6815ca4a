// Queries of the measure's detail page, the session user (default author of new entries), and undo/redo, which the
// core keeps per user and scope. Writes refresh these by what they declare they change (api/invalidation.ts).
import { useQuery } from '@tanstack/react-query';
import type { UndoScope } from '../../../shared/api/history.contract.ts';
import { send } from '../api/client.ts';
import { keys } from './usePortfolio.ts';
import { undoStateQuery } from './undoStateQuery.ts';

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

export function useSessionUser() {
  return useQuery({ queryKey: detailKeys.user, queryFn: () => send('session:user'), staleTime: Infinity });
}

export function useTrash() {
  return useQuery({ queryKey: detailKeys.trash, queryFn: () => send('measures:trash') });
}

/** What the next undo and redo in a scope would do, in words (null when nothing). */
export function useUndoState(scope: UndoScope) {
  return useQuery(undoStateQuery(scope));
}
