// Edits made elsewhere (another window, another PC, the CLI) show up without a restart: poll the file's
// change counter every few seconds and on window focus; when it moves, refetch every other query.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { send } from '../api/client.ts';

export const CHANGES_KEY = ['portfolio:changes'] as const;

export function useExternalChanges(intervalMs = 3000): void {
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: CHANGES_KEY,
    queryFn: () => send('portfolio:changes'),
    refetchInterval: intervalMs,
    refetchOnWindowFocus: true,
  });
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (!data) return;
    if (last.current !== null && last.current !== data.counter) {
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== CHANGES_KEY[0] });
    }
    last.current = data.counter;
  }, [data, client]);
}
