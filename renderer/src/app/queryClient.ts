// The one query cache, made by the start (boot.ts) so the first page's queries are asked for before React and the
// shell have loaded; main.tsx renders with the same client.
import { QueryClient } from '@tanstack/react-query';
import { invalidateOnWrite } from '../api/invalidation.ts';

export const queryClient: QueryClient = new QueryClient({
  // Fresh for a few seconds: a page mounting right after the start-up prefetch uses its answer instead of asking
  // again (at 10 000 measures that is a second full register query). Changes still refetch at once: each write
  // invalidates what it declares it changes (api/invalidation.ts), and other connections' commits everything on
  // screen (useExternalChanges).
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});
invalidateOnWrite(queryClient);
