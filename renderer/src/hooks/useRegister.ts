// The register's data: one query per filter + sort; the previous rows stay on screen while the next load.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import type { RegisterSort } from '../../../shared/api/register.contract.ts';
import { send } from '../api/client.ts';
import { keys } from './usePortfolio.ts';

/** Key and fetch of one register view, shared by the hook and the start-up prefetch (app/prefetch.ts). */
export const registerQuery = (filter: MeasureFilter, sort: RegisterSort) => ({
  queryKey: ['measures:query', filter, sort] as const,
  queryFn: () => send('measures:query', { filter, sort }),
});

export function useRegister(filter: MeasureFilter, sort: RegisterSort) {
  return useQuery({ ...registerQuery(filter, sort), placeholderData: keepPreviousData });
}

export function useOrganisations() {
  return useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}
