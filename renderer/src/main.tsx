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
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true } },
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
