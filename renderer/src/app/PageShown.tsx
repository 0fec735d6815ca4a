// The moment the browser has the first page: the page itself committed (hydrated, when the server rendered it), not
// only the shell around it. A page rendered in the browser can suspend for its chunk after the shell's first commit;
// the server's page is hydrated with the shell (main.tsx), and its fields are React's from that commit on.
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
