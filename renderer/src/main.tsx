import '@fontsource-variable/inter';
import './styles/designsystemet.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invalidateOnWrite } from './api/invalidation.ts';
import { App } from './app/App.tsx';
import { prefetchFirstPage } from './app/prefetch.ts';

const queryClient: QueryClient = new QueryClient({
  // Fresh for a few seconds: a page mounting right after the start-up prefetch uses its answer instead of asking
  // again (at 10 000 measures that is a second full register query). Changes still refetch at once: each write
  // invalidates what it declares it changes (api/invalidation.ts), and other connections' commits everything on
  // screen (useExternalChanges).
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});
invalidateOnWrite(queryClient);

prefetchFirstPage(queryClient, window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
