import './styles/fonts.css';
import './styles/designsystemet.css';
import './styles.css';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { firstView } from './app/firstView.ts';
import { loadPage, pagePathOf } from './app/pages.ts';
import { queryClient } from './app/queryClient.ts';
import { noteChoicesBeforeTakeover } from './app/typedBeforeTakeover.ts';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);
// The server's render of this route is taken over as it is; anything else (no server render, or one for another
// route) is replaced by the client's own.
const rendered = firstView();
if (rendered) {
  hydrate(queryClient, rendered.queries);
  noteChoicesBeforeTakeover(root);
  // With its page's chunk (boot.ts asked for it first), so the shell and the page are hydrated in one pass (App.tsx).
  void loadPage(pagePathOf(rendered.route))
    .catch(() => undefined) // the page's boundary shows the failure
    .then(() => hydrateRoot(root, app));
} else createRoot(root).render(app);
