// The first page as the server rendered it (server.tsx): its HTML is in #root, and the answers its queries had are in
// a JSON script beside it (the CSP allows no inline script). The start reads them (without React or the query
// library, which the entry must not load: tests/unit/start-chunk.test.ts), and main.tsx puts them in the query cache
// and hydrates the HTML instead of rendering it again, but only when it was rendered for the route shown now (an old
// #/… address is rendered on the client).
import type { DehydratedState } from '@tanstack/react-query';

export const FIRST_VIEW_ID = 'tiltak-first-view';

export interface FirstView {
  /** The route (path and query) the HTML was rendered for. */
  route: string;
  queries: DehydratedState;
  /** The style attributes the server moved out of the HTML (the CSP refuses them there), by number. */
  styles: string[];
}

let taken: FirstView | null = null;

/** Puts the server's style attributes back through the CSSOM, as React would have set them. */
function restoreStyles(styles: readonly string[]): void {
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-ssr-style]')) {
    el.style.cssText = styles[Number(el.getAttribute('data-ssr-style'))] ?? '';
    el.removeAttribute('data-ssr-style');
  }
}

/** Takes the server's render when #root holds one for `route` (true then); its data waits for main.tsx. */
export function takeFirstView(route: string): boolean {
  const script = document.getElementById(FIRST_VIEW_ID);
  if (!script) return false;
  script.remove();
  try {
    const view = JSON.parse(script.textContent ?? '') as FirstView;
    if (view.route !== route) return false;
    restoreStyles(view.styles);
    taken = view;
  } catch {
    taken = null;
  }
  return taken !== null;
}

/** The server's render of the route shown, if #root holds one (main.tsx hydrates it with these answers). */
export const firstView = (): FirstView | null => taken;
