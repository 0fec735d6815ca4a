// Hash routing: #/tiltak?plan=… — works under app:// and http:// alike, and a view can be linked to.
// A page with unsaved changes holds the route: any change of the hash (a link, the menu, Forrige/Neste, navigate(),
// Back and Forward) is undone at once and waits for the user's answer in LeaveDialog; closing or reloading the window
// asks through beforeunload (in Electron, the main process shows that question: window.ts).
import { useEffect, useSyncExternalStore } from 'react';

export interface Route {
  path: string;
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

/** Each history entry is stamped with when it was first shown, so a hash change can tell Back from Forward. */
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

/** The hash the app shows: the address bar's, unless a change of it is held. */
let shown = typeof window === 'undefined' ? '' : window.location.hash;
let shownAt = typeof window === 'undefined' ? 0 : stamp();
/** What the user asked for while there were unsaved changes (a route, or replacing the open file), and how to do it
 * once they agree; `from`: where focus goes back when they stay. */
export interface HeldLeave {
  /** The route asked for; null for an action that is not a change of route (Arkiv → Åpne…). */
  hash: string | null;
  go(): void;
  from: Element | null;
}
let held: HeldLeave | null = null;
/** The next change to this hash goes through (the user agreed to leave). */
let letThrough: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((cb) => cb());

function onHashChange() {
  const hash = window.location.hash;
  if (hash === shown) return; // our own undoing of a held change
  if (hash !== letThrough && hasUnsaved()) {
    const at = stampOf();
    // Undo the change: a new entry (a link, navigate) is left by Back; Back is undone by Forward and vice versa.
    const delta = at === undefined ? -1 : at < shownAt ? 1 : -1;
    held = {
      hash,
      go: at === undefined ? () => (window.location.hash = hash) : () => history.go(-delta),
      from: document.activeElement,
    };
    letThrough = null;
    history.go(delta);
    notify();
    return;
  }
  letThrough = null;
  held = null;
  shown = hash;
  shownAt = stamp();
  notify();
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', onHashChange);
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

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => shown);
  return parse(hash);
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
  return useSyncExternalStore(subscribe, () => held);
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
  held = { hash: null, go, from: held ? held.from : from };
  notify();
}

/** Leave after all: the unsaved changes are given up. */
export function leaveAnyway(): void {
  if (!held) return;
  const { hash, go } = held;
  held = null;
  letThrough = hash;
  notify();
  go();
}

/** Stay on the page, with the changes (LeaveDialog puts focus back where it was). */
export function stay(): void {
  held = null;
  notify();
}

export function hrefFor(path: string, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, params?: Record<string, string | undefined>): void {
  window.location.hash = hrefFor(path, params);
}
