// File actions need native dialogs, so the Electron shell supplies the real handlers (electron/main/file-actions.ts).
// Anywhere else (the browser preview, the CLI) they are refused with one clear sentence.
import type { fileContract } from '../../../shared/api/file.contract.ts';
import { AppError } from '../errors.ts';
import type { HandlersFor } from './types.ts';

export const NOT_IN_PREVIEW = 'Ikke tilgjengelig i nettleservisningen: filhandlinger finnes bare i skrivebordsappen.';

const unavailable = (): never => {
  throw new AppError('unavailable', NOT_IN_PREVIEW);
};

export const fileHandlers: HandlersFor<typeof fileContract> = {
  'file:new': unavailable,
  'file:open': unavailable,
  'file:recent': unavailable,
  'file:openRecent': unavailable,
  'file:openFromSystem': unavailable,
  'file:saveCopy': unavailable,
  'file:restoreBackup': unavailable,
  'file:showInFolder': unavailable,
};
