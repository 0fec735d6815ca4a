// The bridge: one function per contract operation, exposed as window.tiltak. ipcRenderer itself never leaves
// this file, and no other channel can be reached from the page.
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';

export type Bridge = Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>;

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<ApiResult<unknown>>): Bridge {
  const bridge: Bridge = {};
  for (const name of OPERATION_NAMES) bridge[name] = (input?: unknown) => invoke(name, input);
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld(
  'tiltak',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
