// Who runs an Arkiv action that replaces the open file (shared/api/arkiv-requests.ts): the page, when it takes
// requests, so it can ask its leave question about unsaved edits first; else the main process itself, as before (at
// start-up, with no window, while the page loads, on a page that never subscribed, while it hangs, or with no file
// open). Plain
// logic over a narrow view of the window's web contents, so it is tested under Node without Electron.
import type { WebFrameMain } from 'electron';
import { ARKIV_LISTENING_CHANNEL, ARKIV_REQUEST_CHANNEL, type ArkivRequest } from '../../shared/api/arkiv-requests.ts';
import { isTrustedSender } from './ipc.ts';

export interface RequestTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** What the page's "I listen" message carries that we check: who sent it, from which frame. */
export interface ListeningEvent {
  sender: unknown;
  senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined;
}

export interface PageRequestDeps {
  /** The main window's web contents; null when there is no window. */
  target(): RequestTarget | null;
  /** Whether a file is open (without one the page has nothing to leave, and may be an error page). */
  hasFile(): boolean;
}

export interface PageRequests {
  /** The page says it takes requests (true) or no longer does (false). Ignored unless it is our window's own app://
   * main frame saying a boolean. Returns whether it was heard. */
  heard(event: ListeningEvent, value: unknown): boolean;
  /** The page is being replaced (a new document is loading) or is gone: it takes nothing until it says so again. */
  forget(): void;
  /** Electron's «unresponsive» (true) and «responsive» (false): a hung page could not answer a request, so while it
   * hangs main runs the action (its own dialogs still ask); once it answers again it takes requests as before. */
  hanging(hung: boolean): void;
  /** Hands the request to the page when it takes requests, and says so; false: the caller runs it in main. */
  offer(request: ArkivRequest): boolean;
}

export { ARKIV_LISTENING_CHANNEL, ARKIV_REQUEST_CHANNEL };

export function createPageRequests(deps: PageRequestDeps): PageRequests {
  /** The web contents whose current page said it listens. */
  let listening: RequestTarget | null = null;
  let hung = false;
  return {
    heard(event, value) {
      const target = deps.target();
      if (!target || event.sender !== target || !isTrustedSender(event.senderFrame) || typeof value !== 'boolean')
        return false;
      listening = value ? target : null;
      return true;
    },
    forget() {
      listening = null;
      hung = false;
    },
    hanging(value) {
      hung = value;
    },
    offer(request) {
      const target = deps.target();
      if (!target || target !== listening || hung || target.isDestroyed() || !deps.hasFile()) return false;
      target.send(ARKIV_REQUEST_CHANNEL, request);
      return true;
    },
  };
}
