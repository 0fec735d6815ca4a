// What a service needs from the outside world, injected so tests control the clock and the author.
import type { Database } from 'better-sqlite3';
import type { PdfRenderer } from './export/pdf.ts';

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
  /** Why the file is read-only, for the user ("Filen er i bruk av Kari på PC-123 …"). */
  readOnlyReason?: string;
  /** Run by the dispatcher before an operation that may write: the daily backup and the lease check.
   * Set by openPortfolio (electron/core/files); absent for in-memory test portfolios. */
  beforeWrite?: (operation: string) => Promise<void>;
  /** A backup of the open file now (e.g. before an import); null where there is no file. */
  backup?: (reason: 'import' | 'manuell') => Promise<unknown>;
}
