// The page's entry. Before React and the shell load, it asks for the first page's chunk and the first page's data,
// so the core answers and the chunk downloads while the shell's scripts load and compile; main.tsx then renders.
import { loaderFor } from './app/pages.ts';
import { prefetchFirstPage } from './app/prefetch.ts';
import { queryClient } from './app/queryClient.ts';

void loaderFor(window.location.hash)?.();
prefetchFirstPage(queryClient, window.location.hash);
void import('./main.tsx');
