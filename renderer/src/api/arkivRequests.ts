// The desktop shell's Arkiv requests (shared/api/arkiv-requests.ts): its native Arkiv menu and a file handed over by
// the operating system ask the page to run an action that replaces the open file, so the page can ask its leave
// question first. The preload exposes window.tiltakArkiv; the browser preview has none and sends nothing.
import type { ArkivRequest } from '../../../shared/api/arkiv-requests.ts';

declare global {
  interface Window {
    tiltakArkiv?: { onRequest(listener: (request: ArkivRequest) => void): () => void };
  }
}

/** Calls `listener` with each request from the shell while subscribed; returns the unsubscribe. */
export function onArkivRequest(listener: (request: ArkivRequest) => void): () => void {
  return window.tiltakArkiv?.onRequest(listener) ?? (() => {});
}
