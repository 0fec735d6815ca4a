// THE one seam between the shell and the core's document lifecycle. Everything else in electron/main talks to
// `portfolioFiles` through the `PortfolioFiles` interface below.
//
// The implementation is the core's durable lifecycle (electron/core/files/: openPortfolio with quick_check and
// the writer lease, online backups, restore, save copy, change detection); PDFs print through Electron.
import type { CoreContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { createPortfolioFile } from '../core/services/portfolio.service.ts';
import * as files from '../core/files/index.ts';
import type { PdfRenderer } from '../core/export/pdf.ts';

export interface OpenedPortfolio {
  ctx: CoreContext;
  readOnly: boolean;
  /** Who holds the writer lease, when the file was opened read-only because someone else writes to it. */
  lease: unknown;
  /** Sentences to show once after opening (e.g. a network drive or synced folder). */
  warnings: string[];
  /** Become the writer once the holder's heartbeat has expired; false while it is alive. */
  takeOver?(): Promise<boolean>;
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

/** `resourcesDir` (migrations and seed) is needed again when a restored file is checked and migrated;
 * `pdf` prints reports (Electron's printToPDF in the app, see pdf.ts); `settings` are the user's (userData). */
export function createPortfolioFiles(
  resourcesDir: string,
  pdf?: PdfRenderer,
  settings: files.SettingsStore = files.fileSettingsStore(),
): PortfolioFiles {
  const second = () => settings.read().secondBackupDir;
  return {
    async openPortfolio(path, opts) {
      try {
        const opened = await files.openPortfolio(path, { resourcesDir: opts.resourcesDir, settings });
        opened.ctx.pdf = pdf;
        return opened;
      } catch (err) {
        // The shell speaks of backups as { file, createdAt }; the core lists them with their path.
        const details =
          err instanceof AppError
            ? (err.details as { damaged?: boolean; backups?: files.BackupInfo[] } | undefined)
            : undefined;
        if (err instanceof AppError && details?.damaged) {
          const backups: BackupEntry[] = (details.backups ?? []).map((b) => ({ file: b.path, createdAt: b.createdAt }));
          throw new AppError(err.code, err.message, { details: { damaged: true, backups } });
        }
        throw err;
      }
    },
    createPortfolio(path, opts) {
      createPortfolioFile(path, { resourcesDir: opts.resourcesDir, now: new Date() });
    },
    listBackups(path) {
      return files
        .listBackups(path, { secondBackupDir: second() })
        .filter((b) => b.reason !== 'skadet')
        .map((b) => ({ file: b.path, createdAt: b.createdAt }));
    },
    async restoreBackup(path, file) {
      await files.restoreBackup(path, file, { resourcesDir, secondBackupDir: second() });
    },
    saveCopy: (ctx, target) => files.saveCopy(ctx, target),
    watchExternalChanges: (ctx, onChange) => files.watchExternalChanges(ctx, onChange),
  };
}
