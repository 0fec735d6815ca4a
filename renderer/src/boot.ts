// The page's entry. Before React and the shell load, it asks for the first page's chunk and the first page's data,
// so the core answers and the chunk downloads while the shell's scripts load and compile; main.tsx then renders (or
// hydrates the server's render, whose data came with the page).
import { takeFirstView } from './app/firstView.ts';
import { loadPage, pagePathOf } from './app/pages.ts';
import { prefetchFirstPage } from './app/prefetch.ts';
import { queryClient } from './app/queryClient.ts';
import { startRoute } from './app/routeHref.ts';

const route = startRoute();
void loadPage(pagePathOf(route)).catch(() => undefined); // App shows the failure where the page would be
if (!takeFirstView(route)) void prefetchFirstPage(queryClient, route);
void import('./main.tsx');
