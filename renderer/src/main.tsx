import './styles/fonts.css';
import './styles/designsystemet.css';
import './styles.css';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { firstView } from './app/firstView.ts';
import { queryClient } from './app/queryClient.ts';

const root = document.getElementById('root')!;
/** Clears the server render's mark once React has the page (its first commit): it takes clicks from then on. */
function Started() {
  useEffect(() => {
    root.removeAttribute('data-starting');
    performance.mark('tiltak:taken-over'); // for npm run bench
  }, []);
  return null;
}
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
      <Started />
    </QueryClientProvider>
  </StrictMode>
);
// The server's render of this route is taken over as it is; anything else (no server render, or one for another
// route) is replaced by the client's own.
const rendered = firstView();
if (rendered) {
  hydrate(queryClient, rendered.queries);
  hydrateRoot(root, app);
} else createRoot(root).render(app);
