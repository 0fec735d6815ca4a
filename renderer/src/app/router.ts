// Path routing with the History API: /tiltak?plan=…, /tiltak/12 — the server can render the first page a request asks
// for (it never sees a hash), and a view can be linked to. Old #/… addresses (bookmarks) still open their page: the
// start turns them into the path (legacy.ts), and the page renders on the client.
// A page with unsaved changes holds the route: any change of it (a link, the menu, Forrige/Neste, navigate(), Back
// and Forward) waits for the user's answer in LeaveDialog (Back and Forward are undone at once meanwhile); closing or
// reloading the window asks through beforeunload (in Electron, the main process shows that question: window.ts).
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { isRouteLink, pathFromLegacyHash, routeHref, startRoute } from './routeHref.ts';

export { hrefFor } from './routeHref.ts';

export interface Route {
  path: string;
  params: URLSearchParams;
}

export function parse(href: string): Route {
  const [path, query = ''] = href.split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

const here = () => window.location.pathname + window.location.search;

/** Each history entry is stamped with when it was first shown, so a change of route can tell Back from Forward. */
const stampOf = (): number | undefined => (history.state as { navAt?: number } | null)?.navAt;
function stamp(): number {
  const at = stampOf();
  if (at !== undefined) return at;
  const now = Date.now();
  history.replaceState({ ...(history.state as object | null), navAt: now }, '');
  return now;
}

/** Each source of unsaved changes says whether it has any now. */
const unsaved = new Set<() => boolean>();
const hasUnsaved = () => [...unsaved].some((dirty) => dirty());

/** The route the app shows (path and query): the address bar's, unless a change of it is held. */
let shown = typeof window === 'undefined' ? '' : startRoute();
let shownAt = typeof window === 'undefined' ? 0 : stamp();
/** What the user asked for while there were unsaved changes (a route, or replacing the open file), and how to do it
 * once they agree; `from`: where focus goes back when they stay. */
export interface HeldLeave {
  /** The route asked for; null for an action that is not a change of route (Arkiv → Åpne…). */
  route: string | null;
  go(): void;
  from: Element | null;
}
let held: HeldLeave | null = null;
/** The next change to this route goes through (the user agreed to leave). */
let letThrough: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((cb) => cb());

function show(route: string) {
  letThrough = null;
  held = null;
  shown = route;
  shownAt = stamp();
  notify();
}

/** Opens `route` as a new history entry (or in place of this one), unless unsaved changes hold it. */
function go(route: string, replace = false) {
  if (route !== letThrough && hasUnsaved()) {
    held = { route, go: () => go(route, replace), from: document.activeElement };
    letThrough = null;
    notify();
    return;
  }
  if (replace) history.replaceState({ navAt: shownAt }, '', route);
  else if (route !== here()) history.pushState({ navAt: Date.now() }, '', route);
  show(route);
}

function onPopState() {
  const route = here();
  if (route === shown) return; // our own undoing of a held change
  if (route !== letThrough && hasUnsaved()) {
    const at = stampOf();
    // Undo the change: Back is undone by Forward and vice versa.
    const delta = at === undefined ? -1 : at < shownAt ? 1 : -1;
    held = { route, go: () => history.go(-delta), from: document.activeElement };
    letThrough = null;
    history.go(delta);
    notify();
    return;
  }
  show(route);
}

/** A #/… address typed or followed on a page already open: the page it names, as a link to it would. */
function onHashChange() {
  const route = pathFromLegacyHash(window.location.hash);
  if (route === null) return;
  history.replaceState(history.state, '', shown);
  go(route);
}

/** A click on a link to one of our routes changes the route in place instead of loading the page again. */
function onClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || !isRouteLink(a, window.location.origin)) return;
  e.preventDefault();
  const url = new URL(a.href);
  go(url.pathname + url.search);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', onPopState);
  window.addEventListener('hashchange', onHashChange);
  document.addEventListener('click', onClick);
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    e.returnValue = '';
  });
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** The route a server render is for (the server has no address bar); unset in the browser. */
export const ServerRoute = createContext<string | null>(null);

export function useRoute(): Route {
  const onServer = useContext(ServerRoute);
  const route = useSyncExternalStore(
    subscribe,
    () => shown,
    () => onServer ?? shown,
  );
  return parse(route);
}

/**
 * While `dirty` says so, leaving the page asks first. Every form that can hold typed text not yet saved says so here
 * (the measure's fields, the status form, a budget line, a link, an obligation's form): the question counts them all.
 */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const has = () => true;
    unsaved.add(has);
    return () => {
      unsaved.delete(has);
    };
  }, [dirty]);
}

/** What waits for the user's answer (null when nothing), for LeaveDialog. */
export function useHeldLeave(): HeldLeave | null {
  return useSyncExternalStore(
    subscribe,
    () => held,
    () => null,
  );
}

/**
 * Does `go` (something that gives up the page's unsaved changes, such as opening another file) at once when there are
 * none, else once the user has agreed in LeaveDialog. `from`: where focus goes back when they stay.
 */
export function afterLeaveQuestion(go: () => void, from: Element | null = document.activeElement): void {
  if (!hasUnsaved()) {
    go();
    return;
  }
  // Asked again while the question is open (the desktop app's native menu can): the last action waits, and focus still
  // goes back to where the user was before the first ask, not to the dialog.
  held = { route: null, go, from: held ? held.from : from };
  notify();
}

/** Leave after all: the unsaved changes are given up. */
export function leaveAnyway(): void {
  if (!held) return;
  const { route, go: leave } = held;
  held = null;
  letThrough = route;
  notify();
  leave();
}

/** Stay on the page, with the changes (LeaveDialog puts focus back where it was). */
export function stay(): void {
  held = null;
  notify();
}

export function navigate(path: string, params?: Record<string, string | undefined>): void {
  go(routeHref(path, params));
}

/** Opens `href` (from hrefFor) as a link to it would. */
export function openHref(href: string): void {
  go(href);
}

/** Shows `path` in place of the current history entry (a view's address filled in, not a new step back). */
export function replaceRoute(path: string, params?: Record<string, string | undefined>): void {
  go(routeHref(path, params), true);
}
