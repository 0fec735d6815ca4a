// Addresses of the app's pages, and which addresses are ours: no React, no DOM at load, so the start (boot.ts), the
// server's render and the router share them.

export function routeHref(path: string, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}`;
}

export const hrefFor = routeHref;

/** The route an old #/… address names (`#/tiltak/2?fra=x` → `/tiltak/2?fra=x`), or null for any other hash. */
export function pathFromLegacyHash(hash: string): string | null {
  return hash.startsWith('#/') ? hash.slice(1) : null;
}

/** Files the server serves as they are: never a route. */
const NOT_A_ROUTE = /^\/(api|assets)\/|\.[a-z0-9]+$/i;

/** True for a path that names a page of the app (not a file, not the API). */
export const isRoutePath = (path: string): boolean => path.startsWith('/') && !NOT_A_ROUTE.test(path);

/** A link the router opens in place: ours, to a page, opened in this window, not a download or an in-page anchor. */
export function isRouteLink(a: HTMLAnchorElement, origin: string): boolean {
  if (!a.hasAttribute('href') || a.hasAttribute('download') || (a.target && a.target !== '_self')) return false;
  if (a.getAttribute('href')!.startsWith('#')) return false;
  const url = new URL(a.href);
  return url.origin === origin && isRoutePath(url.pathname);
}

/** The route the page starts on; an old #/… address is first put in the address bar as the path it names. */
export function startRoute(): string {
  const legacy = pathFromLegacyHash(window.location.hash);
  if (legacy !== null) history.replaceState(history.state, '', legacy);
  return window.location.pathname + window.location.search;
}
