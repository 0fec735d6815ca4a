// Changes to the organisation registry. What they refresh is declared in the contract (organisations, history),
// so every view that shows organisation names refetches without a list kept here.
import { useMutation } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';

type OrgChange = 'organisations:add' | 'organisations:rename' | 'organisations:retire' | 'organisations:delete';

export function useOrganisationChange<K extends OrgChange & OperationName>(name: K) {
  return useMutation<OutputOf<K>, Error, InputOf<K>>({
    mutationFn: (input) => (send as (n: K, i: InputOf<K>) => Promise<OutputOf<K>>)(name, input),
  });
}
