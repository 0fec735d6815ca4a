// The obligations' queries, without React: the start (app/prefetch.ts) asks for Oversikt's coverage card with its
// figures and for the register's obligation filter with its rows, and the entry must not load the query hooks
// (tests/unit/start-chunk.test.ts).
import type { InputOf } from '../../../shared/api/contract.ts';
import { send } from '../api/client.ts';

export type CoverageFilter = NonNullable<InputOf<'obligations:coverage'>['filter']>;

/** Coverage for a filter and date (Oversikt's card, Forpliktelser). */
export const coverageQuery = (filter: CoverageFilter, includeRetired = false) => ({
  queryKey: ['obligations:coverage', filter, includeRetired],
  queryFn: () => send('obligations:coverage', { filter, includeRetired }),
});

/** The obligations (Forpliktelser, the register's filter). */
export const obligationsQuery = { queryKey: ['obligations:list'], queryFn: () => send('obligations:list', {}) };
