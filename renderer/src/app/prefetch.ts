// At start-up, the first page's data is asked for at once, while the page's own chunk (for Oversikt, with
// recharts) is still loading and being compiled: the core answers in parallel instead of afterwards. The server's
// render of the first page (server.tsx) asks for the same data in-process and sends it with the page.
// The keys come from the same factories the pages' hooks use, so the pages find the answers waiting.
import type { QueryClient } from '@tanstack/react-query';
import type { Granularity } from '../../../shared/api/dashboard.contract.ts';
import { send } from '../api/client.ts';
import { dashboardStateFrom, GRANULARITY_KEY, overviewQuery, statusOverTimeQuery } from '../hooks/useDashboard.ts';
import { periodsQuery } from '../hooks/periodsQuery.ts';
import { coverageQuery, obligationsQuery } from '../hooks/obligationsQuery.ts';
import { readPreference } from '../hooks/usePersistentState.ts';
import { keys } from '../hooks/usePortfolio.ts';
import { registerQuery } from '../hooks/registerQuery.ts';
import { undoStateQuery } from '../hooks/undoStateQuery.ts';
import { paramsToView, REGISTER_PATH, REMEMBERED_KEY } from '../pages/register/registerViewParams.ts';

/** The paths whose data this knows: the pages the server can render with their data. */
export const PREFETCHED_PATHS = ['/oversikt', REGISTER_PATH];

/** Asks for the data of the page at `route` (path and query); settles when every answer is in (failed ones too). */
export function prefetchFirstPage(client: QueryClient, route: string): Promise<unknown> {
  const [path, query = ''] = route.split('?');
  const asked: Promise<void>[] = [];
  const prefetch = (q: { queryKey: readonly unknown[]; queryFn: () => Promise<unknown> }) =>
    asked.push(client.prefetchQuery(q));
  if (path === '/oversikt') {
    const state = dashboardStateFrom(new URLSearchParams(query));
    // The coverage card (CoverageCard) is for the date the figures are for, which the overview's answer gives.
    asked.push(
      client
        .fetchQuery(overviewQuery(state))
        .then((o) => client.prefetchQuery(coverageQuery({ ...state.filter, asOf: o.asOf })))
        .catch(() => {}),
    );
    prefetch(statusOverTimeQuery(state, readPreference<Granularity>(GRANULARITY_KEY, 'year')));
    // A closed year says so above its figures (ClosedYearNote).
    prefetch(periodsQuery);
  } else if (path === REGISTER_PATH) {
    // An empty register URL is replaced by the remembered view (registerView.ts), so that is what will load.
    const remembered = readPreference<string>(REMEMBERED_KEY, '');
    const view = paramsToView(new URLSearchParams(query === '' ? remembered : query));
    prefetch(registerQuery(view.filter, view.sort));
    // The obligation filter's choices and the register's undo: asked for only once the page had taken over, their
    // answers re-rendered the page (15–65 ms at 1 000 measures) as the user's first scroll began.
    prefetch(obligationsQuery);
    prefetch(undoStateQuery({ kind: 'register' }));
  } else return Promise.resolve();
  prefetch({ queryKey: keys.info, queryFn: () => send('portfolio:info') });
  prefetch({ queryKey: keys.plans, queryFn: () => send('plans:list') });
  prefetch({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
  return Promise.all(asked);
}
