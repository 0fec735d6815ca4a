// The periods' query, without React: the start (app/prefetch.ts) asks for it with Oversikt's data, and the entry must
// not load the query hooks (tests/unit/start-chunk.test.ts).
import { send } from '../api/client.ts';

/** The periods, as Oversikt's closed-year note reads them (usePeriods). */
export const periodsQuery = { queryKey: ['periods:list'], queryFn: () => send('periods:list') };
