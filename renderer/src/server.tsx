// The server's render of the first page a request asks for (built by Vite as dist/ssr/server.cjs; the core's
// first-view.ts serves it in the preview and under app://). The page's data is asked for in-process, through the
// same handlers, and goes with the HTML so the browser hydrates instead of asking again (firstView.ts). Only pages
// whose data prefetch.ts knows are rendered here; for any other, null: the browser renders it as before.
import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import type { ApiResult } from '../../shared/api/errors.ts';
import { answerInProcess } from './api/client.ts';
import { App } from './app/App.tsx';
import type { FirstView } from './app/firstView.ts';
import { PREFETCHED_PATHS, prefetchFirstPage } from './app/prefetch.ts';
import { ServerRoute } from './app/router.ts';

export type Transport = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface Rendered {
  /** What goes inside #root. */
  html: string;
  /** The data the page was rendered with, for the JSON script beside it. */
  firstView: Omit<FirstView, 'styles'>;
  /** The modules (as the build's manifest names them) whose stylesheets the page needs before it is painted. */
  modules: string[];
}

/** The page modules rendered here, as the build's manifest names them (App loads them through pages.ts). */
const PAGE_MODULES: Record<string, string> = {
  '/oversikt': 'src/pages/OverviewPage.tsx',
  '/tiltak': 'src/pages/RegisterPage.tsx',
};

/** The page at `route` (path and query) as HTML with its data, or null when it is not rendered on the server. */
export async function renderFirstView(route: string, transport: Transport): Promise<Rendered | null> {
  const path = route.split('?')[0];
  if (!PREFETCHED_PATHS.includes(path) || !PAGE_MODULES[path]) return null;
  answerInProcess(transport);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  await prefetchFirstPage(client, route);
  // A page whose data could not be had (a damaged file, a refused filter) shows that as the browser renders it.
  if (
    client
      .getQueryCache()
      .getAll()
      .some((q) => q.state.status !== 'success')
  )
    return null;
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={client}>
        <ServerRoute value={route}>
          <App />
        </ServerRoute>
      </QueryClientProvider>
    </StrictMode>,
    // Every boundary in place: an outlined one is moved in by an inline script, which the CSP refuses.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  const html = await new Response(prelude).text();
  const queries = dehydrate(client);
  client.clear();
  return { html, firstView: { route, queries }, modules: ['src/main.tsx', PAGE_MODULES[path]] };
}
