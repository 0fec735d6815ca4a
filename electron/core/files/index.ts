// The file lifecycle API the Electron shell and the browser preview call.
import { resolve } from 'node:path';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { saveCopyOf } from './backup.ts';

export { openPortfolio, type OpenedPortfolio, type OpenPortfolioOptions } from './open-portfolio.ts';
export { listBackups, backupDirFor, type BackupInfo, type BackupReason } from './backup.ts';
export { restoreBackup, type RestoreOptions, type RestoreResult } from './restore.ts';
export { watchExternalChanges, changeCounter } from './changes.ts';
export { describeHolder, readLease, type LeaseHolderInfo } from './lease.ts';
export { describeLocation, type LocationInfo } from './location.ts';

/** «Lagre en kopi…»: a consistent copy through the online backup API, written whole or not at all. */
export async function saveCopy(ctx: CoreContext, target: string): Promise<void> {
  // A "copy" over the open file would replace the live file under its own connection.
  if (resolve(target) === resolve(ctx.path))
    throw new AppError('invalid', 'Kopien må ha et annet navn enn filen som er åpen.');
  return saveCopyOf(ctx.db, target);
}
