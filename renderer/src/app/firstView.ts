// The first page as the server rendered it (server.tsx): its HTML is in #root, and the answers its queries had are in
// a JSON script beside it (the CSP allows no inline script). The start puts those answers in the query cache, and
// main.tsx hydrates the HTML instead of rendering it again, but only when it was rendered for the route shown now (an
// old #/… address is rendered on the client).
import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

export const FIRST_VIEW_ID = 'tiltak-first-view';

export interface FirstView {
  /** The route (path and query) the HTML was rendered for. */
  route: string;
  queries: DehydratedState;
  /** The style attributes the server moved out of the HTML (the CSP refuses them there), by number. */
  styles: string[];
}

/** Puts the server's style attributes back through the CSSOM, as React would have set them. */
function restoreStyles(styles: readonly string[]): void {
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-ssr-style]')) {
    el.style.cssText = styles[Number(el.getAttribute('data-ssr-style'))] ?? '';
    el.removeAttribute('data-ssr-style');
  }
}

let renderedForRoute = false;

/** Takes the server's answers into `client` when the page in #root was rendered for `route`; true then. */
export function takeFirstView(client: QueryClient, route: string): boolean {
  const script = document.getElementById(FIRST_VIEW_ID);
  if (!script) return false;
  script.remove();
  try {
    const view = JSON.parse(script.textContent ?? '') as FirstView;
    if (view.route !== route) return false;
    restoreStyles(view.styles);
    hydrate(client, view.queries);
    renderedForRoute = true;
  } catch {
    renderedForRoute = false;
  }
  return renderedForRoute;
}

/** True when #root holds the server's render of the route shown (main.tsx hydrates it). */
export const renderedOnServer = (): boolean => renderedForRoute;
