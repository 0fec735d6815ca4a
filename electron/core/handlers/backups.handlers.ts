// Backups as the user sees them, and the second backup folder (a setting on this machine, not in the file).
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import type { backupsContract, BackupOverview } from '../../../shared/api/backups.contract.ts';
import type { CoreContext } from '../context.ts';
import { AppError, fieldError } from '../errors.ts';
import { backupDirFor, listBackupsIn } from '../files/backup.ts';
import type { HandlersFor } from './types.ts';

function overview(ctx: CoreContext): BackupOverview {
  const dirs = ctx.backupDirs?.() ?? [backupDirFor(ctx.path)];
  return {
    dir: dirs[0],
    secondDir: ctx.settings?.read().secondBackupDir ?? null,
    backups: listBackupsIn(ctx.path, dirs).map((b) => ({
      fileName: b.fileName,
      createdAt: b.createdAt,
      reason: b.reason,
      sizeBytes: b.sizeBytes,
    })),
  };
}

function assertUsableFolder(path: string, ctx: CoreContext): string {
  const full = resolve(path);
  if (!isAbsolute(path)) throw fieldError('path', 'Skriv hele stien til mappen, for eksempel C:\\Sikkerhetskopier.');
  let isDir = false;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw fieldError('path', `Finner ingen mappe «${full}». Lag den først, eller velg en annen.`);
  try {
    accessSync(full, constants.W_OK);
  } catch {
    throw fieldError('path', `Du kan ikke skrive i «${full}». Velg en mappe du har skrivetilgang til.`);
  }
  const beside = ctx.backupDirs?.()[0] ?? backupDirFor(ctx.path);
  if (full === beside || full.startsWith(beside + sep) || beside.startsWith(full + sep))
    throw fieldError('path', 'Velg en annen mappe enn den der sikkerhetskopiene ved siden av filen ligger.');
  return full;
}

export const backupsHandlers: HandlersFor<typeof backupsContract> = {
  'backups:overview': (_, ctx) => overview(ctx),
  'backups:setSecondDir': async ({ path }, ctx) => {
    if (!ctx.settings || ctx.path === ':memory:')
      throw new AppError('unavailable', 'Innstillingen kan ikke lagres her.');
    const dir = path === null || path === '' ? null : assertUsableFolder(path, ctx);
    ctx.settings.write({ ...ctx.settings.read(), secondBackupDir: dir });
    // A first copy there at once, so the user sees that it works (a reader has nothing to add).
    if (dir && !ctx.readOnly) await ctx.backup?.('manuell');
    return overview(ctx);
  },
  'backups:restore': () => {
    throw new AppError(
      'unavailable',
      'Gjenopprett fra Arkiv → «Gjenopprett fra sikkerhetskopi…», eller med npm run cli -- restore.',
    );
  },
};
