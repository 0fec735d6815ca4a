// Where focus goes when a modal dialog closes. While it is open the page behind it is inert, so nothing there can be
// focused from the dialog's own buttons; and a dialog taken out of the page leaves focus on <body>, where the next Tab
// starts from the top and a screen reader loses its place. So the dialog remembers what had focus when it opened and,
// once it has closed, puts focus back there: or on the element named for that answer (the field the question asks to
// change, the row a closed period's button has left), or, when the opener is gone, hidden or disabled, on a fallback;
// as a last resort on the page's heading. Never on <body>.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { focusableHeading } from '../app/focusOnNavigate.ts';

/** An element's id, or the element; null or undefined: none. */
export type FocusTarget = string | Element | null | undefined;

function resolve(target: FocusTarget, doc: Document): HTMLElement | null {
  const el = typeof target === 'string' ? doc.getElementById(target) : target;
  return el instanceof HTMLElement && el.isConnected ? el : null;
}

/** The page's heading (as after navigating), else <main>. */
function pageHeading(doc: Document): HTMLElement | null {
  const main = doc.querySelector<HTMLElement>('main');
  return main ? (focusableHeading(main) ?? main) : null;
}

/**
 * Focuses the first of `targets` that takes focus (one that is gone, hidden, disabled or inert does not), else the
 * page's heading or <main>. Returns the element focused, or null when none would take it.
 */
export function focusFirst(targets: readonly FocusTarget[], doc: Document = document): HTMLElement | null {
  for (const el of [...targets.map((t) => resolve(t, doc)), pageHeading(doc)]) {
    if (!el) continue;
    el.focus();
    if (doc.activeElement === el) return el;
  }
  return null;
}

/**
 * For a dialog open while `open` is true: remembers what had focus as it opened, and puts focus back once it has
 * closed (or its component is gone). The function returned names, for the close about to happen, where focus should go
 * instead of the opener. `fallback`: where focus goes when the opener cannot take it any more.
 */
export function useReturnFocus(open: boolean, fallback?: FocusTarget): (target: FocusTarget) => void {
  const opener = useRef<Element | null>(null);
  const instead = useRef<FocusTarget>(null);
  const fallbackNow = useRef(fallback);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    fallbackNow.current = fallback;
  });
  // A layout effect runs before the dialog's own effect calls showModal(): focus is still where the user was.
  useLayoutEffect(() => {
    if (open && !wasOpen.current) {
      wasOpen.current = true;
      opener.current = document.activeElement;
    }
  }, [open]);
  const restore = useCallback(() => {
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const targets = [instead.current, opener.current, fallbackNow.current];
    instead.current = null;
    opener.current = null;
    focusFirst(targets);
  }, []);
  // A passive effect runs after the dialog's own (children's effects first): by then it is closed or out of the page.
  useEffect(() => {
    if (!open) restore();
  }, [open, restore]);
  useEffect(() => restore, [restore]);
  return useCallback((target: FocusTarget) => {
    instead.current = target;
  }, []);
}

/**
 * For an action that takes away the control used (its row deleted, its item removed, its form closed), or disables it:
 * `whenGone(targets)`, called as the action starts, remembers what has focus; once that is out of the page or disabled,
 * focus goes to the first of `targets` that takes it, else the page's heading, instead of <body>. It returns a
 * function that forgets this (for an action refused). Checked after each render of the component using it.
 */
export function useFocusWhenGone(): (targets: readonly FocusTarget[]) => () => void {
  const pending = useRef<{ from: Element | null; targets: readonly FocusTarget[] } | null>(null);
  useLayoutEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    const from = wanted.from;
    if (from?.isConnected && !(from as HTMLButtonElement).disabled) return;
    pending.current = null;
    focusFirst(wanted.targets);
  });
  return useCallback((targets: readonly FocusTarget[]) => {
    const wanted = { from: document.activeElement, targets };
    pending.current = wanted;
    return () => {
      if (pending.current === wanted) pending.current = null;
    };
  }, []);
}
