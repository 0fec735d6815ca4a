// At start-up, the first page's data is asked for at once, while the page's own chunk (for Oversikt, with
// recharts) is still loading and being compiled: the core answers in parallel instead of afterwards.
// The keys come from the same factories the pages' hooks use, so the pages find the answers waiting.
import type { QueryClient } from '@tanstack/react-query';
import type { Granularity } from '../../../shared/api/dashboard.contract.ts';
import { send } from '../api/client.ts';
import { dashboardStateFrom, GRANULARITY_KEY, overviewQuery, statusOverTimeQuery } from '../hooks/useDashboard.ts';
import { readPreference } from '../hooks/usePersistentState.ts';
import { keys } from '../hooks/usePortfolio.ts';
import { registerQuery } from '../hooks/registerQuery.ts';
import { paramsToView, REGISTER_PATH, REMEMBERED_KEY } from '../pages/register/registerViewParams.ts';

export function prefetchFirstPage(client: QueryClient, hash: string): void {
  const raw = hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?');
  const prefetch = (q: { queryKey: readonly unknown[]; queryFn: () => Promise<unknown> }) =>
    void client.prefetchQuery(q);
  if (path === '/oversikt') {
    const state = dashboardStateFrom(new URLSearchParams(query));
    prefetch(overviewQuery(state));
    prefetch(statusOverTimeQuery(state, readPreference<Granularity>(GRANULARITY_KEY, 'year')));
  } else if (path === REGISTER_PATH) {
    // An empty register URL is replaced by the remembered view (registerView.ts), so that is what will load.
    const remembered = readPreference<string>(REMEMBERED_KEY, '');
    const view = paramsToView(new URLSearchParams(query === '' ? remembered : query));
    prefetch(registerQuery(view.filter, view.sort));
  } else return;
  prefetch({ queryKey: keys.plans, queryFn: () => send('plans:list') });
  prefetch({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
}
