// The bridge: one function per contract operation, exposed as window.tiltak; and window.tiltakArkiv, where the page
// subscribes to the shell's Arkiv requests (shared/api/arkiv-requests.ts: a fixed set of actions, each replacing the
// open file). ipcRenderer itself never leaves this file, and no other channel can be reached from the page.
import { contextBridge, ipcRenderer } from 'electron';
import {
  ARKIV_LISTENING_CHANNEL,
  ARKIV_REQUEST_CHANNEL,
  parseArkivRequest,
  type ArkivRequest,
} from '../../shared/api/arkiv-requests.ts';
import { OPERATION_NAMES } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';

export type Bridge = Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>;

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<ApiResult<unknown>>): Bridge {
  const bridge: Bridge = {};
  for (const name of OPERATION_NAMES) bridge[name] = (input?: unknown) => invoke(name, input);
  return Object.freeze(bridge);
}

export interface ArkivRequests {
  /** Calls `listener` with each Arkiv request (a fresh plain object, never the IPC event); returns the unsubscribe. */
  onRequest(listener: (request: ArkivRequest) => void): () => void;
}

/** The page's side of the Arkiv requests. While it has a listener it tells main it takes them; only a request that is
 * exactly one of the allowed ones reaches it. */
export function buildArkivRequests(ipc: {
  on(channel: string, listener: (event: unknown, value: unknown) => void): unknown;
  send(channel: string, value: boolean): void;
}): ArkivRequests {
  const listeners = new Set<(request: ArkivRequest) => void>();
  ipc.on(ARKIV_REQUEST_CHANNEL, (_event, value) => {
    const request = parseArkivRequest(value);
    if (!request) return;
    for (const listener of [...listeners]) listener({ ...request });
  });
  return Object.freeze({
    onRequest(listener: (request: ArkivRequest) => void) {
      if (typeof listener !== 'function') throw new TypeError('onRequest needs a function.');
      const own = (request: ArkivRequest) => listener(request);
      listeners.add(own);
      if (listeners.size === 1) ipc.send(ARKIV_LISTENING_CHANNEL, true);
      return () => {
        if (listeners.delete(own) && listeners.size === 0) ipc.send(ARKIV_LISTENING_CHANNEL, false);
      };
    },
  });
}

contextBridge.exposeInMainWorld(
  'tiltak',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld(
  'tiltakArkiv',
  buildArkivRequests({
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    send: (channel, value) => ipcRenderer.send(channel, value),
  }),
);
