// The organisation registry: the list, and the changes to it. Every change refreshes what shows org names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';
import { keys } from './usePortfolio.ts';

export function useOrganisations() {
  return useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}

type OrgChange = 'organisations:add' | 'organisations:rename' | 'organisations:retire' | 'organisations:delete';

export function useOrganisationChange<K extends OrgChange & OperationName>(name: K) {
  const qc = useQueryClient();
  return useMutation<OutputOf<K>, Error, InputOf<K>>({
    mutationFn: (input) => (send as (n: K, i: InputOf<K>) => Promise<OutputOf<K>>)(name, input),
    // A conflict or refusal may mean the list is stale, so refresh after failures too.
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.organisations }),
        qc.invalidateQueries({ queryKey: ['measures:list'] }),
      ]),
  });
}
