// The moment the browser has the first page: the page itself committed (hydrated, when the server rendered it), not
// only the shell around it. The page's chunk can come after the shell's first commit, and its Suspense boundary is
// hydrated then; the server's fields in it are React's only from that commit on.
import { useEffect } from 'react';
import { carryTypedBeforeTakeover } from './typedBeforeTakeover.ts';

let shown = false;

/** Rendered beside the page in its Suspense boundary: the first time one commits, the page is the browser's. */
export function PageShown() {
  useEffect(() => {
    if (shown) return;
    shown = true;
    const root = document.getElementById('root');
    const takenOver = () => {
      root?.removeAttribute('data-starting');
      performance.mark('tiltak:taken-over'); // for npm run bench
    };
    // What was typed in the server's page first, then clicks (#root took none until now).
    if (root?.hasAttribute('data-starting')) carryTypedBeforeTakeover(root, takenOver);
    else takenOver();
  }, []);
  return null;
}
