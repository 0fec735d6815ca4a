import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prefetchFirstPage } from './app/prefetch.ts';

// Any change may show up in any view (register, dashboard, report preview): after every mutation, refetch
// what is on screen. The portfolio is small and local, so this is cheap and never shows stale data.
const queryClient: QueryClient = new QueryClient({
  // Fresh for a few seconds: a page mounting right after the start-up prefetch uses its answer instead of asking
  // again (at 10 000 measures that is a second full register query). Changes still refetch at once: mutations and
  // external changes invalidate explicitly (below, and useExternalChanges).
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 } },
  mutationCache: new MutationCache({ onSettled: () => queryClient.invalidateQueries() }),
});

prefetchFirstPage(queryClient, window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
