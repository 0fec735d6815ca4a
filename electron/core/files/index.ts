// The file lifecycle API the Electron shell, the browser preview and the CLI call.
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { backupDirsFor, saveCopyOf } from './backup.ts';
import { assertNotThePortfolio, type ProtectedPortfolio } from './export-target.ts';

export { openPortfolio, type OpenedPortfolio, type OpenPortfolioOptions } from './open-portfolio.ts';
export { listBackups, backupDirFor, backupDirsFor, type BackupInfo, type BackupReason } from './backup.ts';
export { assertExportTarget, commitExportTemp, exportTempPath, writeExportFile } from './export-target.ts';
export type { ProtectedPortfolio } from './export-target.ts';
export { defaultSettingsDir, fileSettingsStore, memorySettingsStore, type SettingsStore } from './user-settings.ts';
export { restoreBackup, type RestoreOptions, type RestoreResult } from './restore.ts';
export { watchExternalChanges, changeCounter } from './changes.ts';
export { describeHolder, readLease, type LeaseHolderInfo } from './lease.ts';
export { describeLocation, type LocationInfo } from './location.ts';

/** What an export or a copy must never overwrite: the open file, its lock and journals, its backups. */
export function protectedPortfolio(ctx: CoreContext): ProtectedPortfolio | null {
  if (ctx.path === ':memory:') return null;
  return { path: ctx.path, backupDirs: ctx.backupDirs?.() ?? backupDirsFor(ctx.path) };
}

/** «Lagre en kopi…»: a consistent copy through the online backup API, written whole or not at all. */
export async function saveCopy(ctx: CoreContext, target: string): Promise<void> {
  // A "copy" over the open file would replace the live file under its own connection.
  const portfolio = protectedPortfolio(ctx);
  if (portfolio)
    assertNotThePortfolio(
      target,
      portfolio,
      (s) => new AppError('invalid', `${s} Kopien må ha et annet navn enn filen som er åpen.`),
    );
  return saveCopyOf(ctx.db, target);
}
