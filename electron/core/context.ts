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
}
