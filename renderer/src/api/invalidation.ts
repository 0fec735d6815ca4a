// Declared invalidation: after a write, refetch exactly the queries whose operation reads what the write declares it
// changes (shared/api/op.ts). Query keys start with the operation's name, so the contract says what each reads.
// Only queries on screen refetch at once; the others are marked stale and refetch when shown again.
import type { QueryClient } from '@tanstack/react-query';
import { affects, type Topic } from '../../../shared/api/op.ts';
import { onWrite } from './client.ts';
import contract from 'virtual:operation-topics';

export function invalidateTopics(client: QueryClient, changed: readonly Topic[]): Promise<void> {
  return client.invalidateQueries({
    predicate: (q) => {
      const name = q.queryKey[0];
      return typeof name === 'string' && Object.hasOwn(contract, name) && affects(changed, contract[name as never]);
    },
  });
}

/** Connects the query cache to every write the client sends; returns a function that disconnects it. */
export function invalidateOnWrite(client: QueryClient): () => void {
  return onWrite((changed) => invalidateTopics(client, changed));
}
