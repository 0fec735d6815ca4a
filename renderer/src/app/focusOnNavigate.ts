// When the page changes (a link, Back, next/previous measure), focus moves to the new page's heading, so keyboard
// and screen-reader users start at the top of what they opened instead of at the document's body.
import { useEffect } from 'react';

const GIVE_UP_MS = 10_000;

/** `heading`, made focusable from script (not by Tab). */
function focusableFromScript(heading: HTMLElement): HTMLElement {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/** The page's heading in `main`, made focusable from script, or null while there is none. */
export function focusableHeading(main: HTMLElement): HTMLElement | null {
  const heading = main.querySelector<HTMLElement>('h1');
  return heading && focusableFromScript(heading);
}

/** Whether `el` is rendered (not inside a hidden page). Without checkVisibility (jsdom), every heading counts. */
const shown = (el: HTMLElement) => typeof el.checkVisibility !== 'function' || el.checkVisibility();

/** Focuses the first shown heading in `main` that takes focus. While a new page's chunk loads, the page left is still
 * in `main`, hidden: its heading does not take focus, and the new page's, once shown, does. A hidden heading that HAD
 * focus (the address changed while it was focused) still reads as focused until the browser drops focus to <body>,
 * so it is skipped, not taken for the new page's. */
function focusHeading(main: HTMLElement): boolean {
  for (const heading of main.querySelectorAll<HTMLElement>('h1')) {
    if (!shown(heading)) continue;
    focusableFromScript(heading).focus();
    if (document.activeElement === heading) return true;
  }
  return false;
}

/** The first page shown after start keeps the browser's own start (focus on the document); later ones do not. */
let shownBefore: string | null = null;

const RELOADED_BY_APP = 'tiltak:overskrift-etter-omlasting';

/** Starts the page afresh (a restored file) as the user's own step: once shown, its heading gets focus, as after a
 * link, instead of the browser's start on the document, where the button pressed was. */
export function reloadFocusingHeading(): void {
  try {
    sessionStorage.setItem(RELOADED_BY_APP, '1');
  } catch {
    // No storage: the page starts as the browser starts it.
  }
  window.location.reload();
}

function reloadedByApp(): boolean {
  try {
    const mark = sessionStorage.getItem(RELOADED_BY_APP);
    sessionStorage.removeItem(RELOADED_BY_APP);
    return mark !== null;
  } catch {
    return false;
  }
}

/** `page` names the page shown (the frame is left for Møtemodus and mounted again after it). */
export function useFocusHeadingOnNavigate(page: string, mainId: string): void {
  useEffect(() => {
    const first = shownBefore === null;
    shownBefore = page;
    if (first && !reloadedByApp()) return;
    const main = document.getElementById(mainId);
    if (!main || focusHeading(main)) return;
    // The page is still loading (its chunk, its data): focus its heading when it appears and takes focus.
    const observer = new MutationObserver(() => {
      if (focusHeading(main)) observer.disconnect();
    });
    // Shown: added, or (the page left, hidden while the new one loaded) its style changed.
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    const stop = window.setTimeout(() => observer.disconnect(), GIVE_UP_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [page, mainId]);
}
