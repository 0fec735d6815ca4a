// What a service needs from the outside world, injected so tests control the clock and the author.
import type { Database } from 'better-sqlite3';
import type { PdfRenderer } from './export/pdf.ts';
import type { SettingsStore } from './files/user-settings.ts';

/** The writer lease as this opener sees it (a reader may become the writer once the holder has left). */
export interface WriterControl {
  /** Looks at the lock again; updates `readOnlyReason` when the holder has left or changed. */
  refresh(): void;
  /** True when this opener is a reader because of another holder, and that holder is gone. */
  readonly canTakeOver: boolean;
  /** Grows each time the lease state this opener reports changes (the page refetches when it moves). */
  readonly generation: number;
  takeOver(): Promise<boolean>;
}

export interface CoreContext {
  db: Database;
  /** The portfolio file's path (":memory:" in tests). */
  path: string;
  readOnly: boolean;
  now(): Date;
  /** Default author for new entries: the operating-system user's name unless overridden. */
  user(): string;
  /** Prints HTML to PDF: webContents.printToPDF in the app, headless Chromium in the preview. */
  pdf?: PdfRenderer;
  /** Why the file is read-only, as the user is told on opening it ("Filen er i bruk av Kari på PC-123 …"); a refused
   * change says this and that it was not saved (writeRefusal). */
  readOnlyReason?: string;
  /** Run by the dispatcher before an operation that may write: the daily backup and the lease check.
   * Set by openPortfolio (electron/core/files); absent for in-memory test portfolios. */
  beforeWrite?: (operation: string) => Promise<void>;
  /** A backup of the open file now (e.g. before an import); null where there is no file. */
  backup?: (reason: 'import' | 'manuell') => Promise<unknown>;
  /** Set by openPortfolio (electron/core/files). */
  writer?: WriterControl;
  /** Why the last backup could not be made everywhere (the change itself was saved); null when it could. */
  backupWarning?: string | null;
  /** The user's settings on this machine (e.g. a second backup folder); not stored in the portfolio. */
  settings?: SettingsStore;
  /** The folders that hold backups of this file, beside it first. */
  backupDirs?: () => string[];
}

/** What a change refused because the file is read-only says: why, and that the change was not saved. */
export function writeRefusal(ctx: Pick<CoreContext, 'readOnlyReason'>): string {
  return `${ctx.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.'} Endringen ble ikke lagret.`;
}
