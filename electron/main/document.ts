// THE one seam between the shell and the core's document lifecycle. Everything else in electron/main talks to
// `portfolioFiles` through the `PortfolioFiles` interface below.
//
// Interim implementation: the durable lifecycle (electron/core/files/: openPortfolio with writer lease and
// quick_check, listBackups, restoreBackup, saveCopy, watchExternalChanges) is built on another branch. At merge,
// replace the bodies below with calls to it; the names and shapes already match.
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CoreContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { createPortfolioFile } from '../core/services/portfolio.service.ts';
import { openSession } from '../core/session.ts';

export interface OpenedPortfolio {
  ctx: CoreContext;
  readOnly: boolean;
  /** Who holds the writer lease, when the file was opened read-only because someone else writes to it. */
  lease: unknown;
  /** Sentences to show once after opening (e.g. a network drive or synced folder). */
  warnings: string[];
  close(): void;
}

export interface BackupEntry {
  /** The backup file (an absolute path, or a name the lifecycle understands). */
  file: string;
  /** When it was taken, ISO 8601. */
  createdAt: string;
}

export interface OpenOptions {
  resourcesDir: string;
}

export interface PortfolioFiles {
  /** Throws AppError; a damaged file carries details { damaged: true, backups: BackupEntry[] }. */
  openPortfolio(path: string, opts: OpenOptions): OpenedPortfolio | Promise<OpenedPortfolio>;
  /** Creates a new portfolio file from the seed; never replaces an existing file. */
  createPortfolio(path: string, opts: OpenOptions): void | Promise<void>;
  listBackups(path: string): BackupEntry[] | Promise<BackupEntry[]>;
  /** Restores `file` over `path` (backing the current file up first). The caller has closed `path`. */
  restoreBackup(path: string, file: string): void | Promise<void>;
  /** A consistent copy of the open portfolio (online backup, never a plain file copy). */
  saveCopy(ctx: CoreContext, target: string): void | Promise<void>;
  /** Calls onChange when another process changed the file; returns a function that stops watching. */
  watchExternalChanges(ctx: CoreContext, onChange: () => void): () => void;
}

export const portfolioFiles: PortfolioFiles = {
  openPortfolio(path, opts) {
    const ctx = openSession(path, { resourcesDir: opts.resourcesDir });
    return { ctx, readOnly: ctx.readOnly, lease: null, warnings: [], close: () => ctx.db.close() };
  },
  createPortfolio(path, opts) {
    createPortfolioFile(path, { resourcesDir: opts.resourcesDir, now: new Date() });
  },
  listBackups() {
    return []; // interim: backups come with the durable lifecycle
  },
  restoreBackup() {
    throw new AppError('unavailable', 'Gjenoppretting fra sikkerhetskopi er ikke tilgjengelig i denne versjonen.');
  },
  async saveCopy(ctx, target) {
    if (resolve(target) === resolve(ctx.path)) {
      throw new AppError('invalid', 'Kopien må ha et annet navn enn filen som er åpen.');
    }
    // SQLite's online backup API into a temporary file, then rename: never a half-written copy.
    const tmp = `${target}.${process.pid}.copy`;
    try {
      await ctx.db.backup(tmp);
      renameSync(tmp, target);
    } catch (err) {
      rmSync(tmp, { force: true });
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new AppError('internal', 'Disken er full; kopien ble ikke lagret.');
      if (typeof code === 'string') throw new AppError('invalid', `Kunne ikke lagre kopien som «${target}»: mappen finnes ikke eller er skrivebeskyttet.`);
      throw err;
    }
  },
  watchExternalChanges() {
    return () => {}; // interim: change detection comes with the durable lifecycle
  },
};
