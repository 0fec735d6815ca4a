// IPC: exactly the contract's operations, each one answering only our own app:// main frame. The input is
// validated and errors are typed by the same `dispatch` the browser preview uses.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { OPERATION_NAMES, type Api } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { CoreContext } from '../core/context.ts';
import { dispatch, type Logger } from '../core/handlers/dispatch.ts';
import type { HandlersFor } from '../core/handlers/types.ts';
import { isAppUrl } from './protocol.ts';

export const FOREIGN_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Forespørselen kom ikke fra programmets eget vindu og ble avvist.' },
};

type FrameLike = Pick<WebFrameMain, 'url' | 'parent'>;

/** Our page, in a top-level frame: not an iframe, not another origin, not a frame that has gone away. */
export function isTrustedSender(frame: FrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export interface IpcOptions {
  context: () => CoreContext;
  /** Handlers the shell supplies itself (the file actions). */
  overrides?: Partial<HandlersFor<Api>>;
  log?: Logger;
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, opts: IpcOptions): () => void {
  const log = opts.log ?? console.error;
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        log(`refused ${name} from ${event.senderFrame?.url ?? 'a frame that is gone'}`, null);
        return FOREIGN_SENDER;
      }
      return dispatch(name, input, opts.context, log, opts.overrides);
    });
  }
  return () => {
    for (const name of OPERATION_NAMES) ipcMain.removeHandler(name);
  };
}
