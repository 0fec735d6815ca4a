// Exports reach the desktop app as downloads (the page hands over the bytes as a Blob). Left to Electron, the
// user's save dialog could name the open portfolio and the report would replace it. Every download therefore goes
// through the core's export check (files/export-target.ts) and lands through a temporary file and a rename.
import type { BrowserWindow, DownloadItem, Event, MessageBoxOptions, SaveDialogOptions, Session } from 'electron';
import { rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppError } from '../core/errors.ts';
import {
  assertExportTarget,
  commitExportTemp,
  exportTempPath,
  type ProtectedPortfolio,
} from '../core/files/export-target.ts';

export interface DownloadDeps {
  /** Synchronous: Electron takes the save path only inside the will-download event. */
  showSaveDialogSync(win: BrowserWindow | null, opts: SaveDialogOptions): string | undefined;
  showError(win: BrowserWindow | null, opts: MessageBoxOptions): void;
  window(): BrowserWindow | null;
  /** Where the save dialog starts. */
  downloadsDir(): string;
  /** The open portfolio, which no export may overwrite (null when none is open). */
  portfolio(): ProtectedPortfolio | null;
  log?(message: string, err: unknown): void;
}

const sentence = (err: unknown) =>
  err instanceof AppError ? err.message : 'Eksporten kunne ikke lagres. Ingenting er skrevet; prøv igjen.';

/** Handles one download: ask where, refuse a forbidden target, write to a temporary file, rename when done. */
export function handleDownload(
  item: Pick<DownloadItem, 'getFilename' | 'setSavePath' | 'cancel' | 'once'>,
  deps: DownloadDeps,
) {
  const name = item.getFilename();
  const ext = extname(name).slice(1);
  const target = deps.showSaveDialogSync(deps.window(), {
    title: 'Lagre eksporten',
    defaultPath: join(deps.downloadsDir(), name),
    filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (!target) return item.cancel();
  try {
    assertExportTarget(target, deps.portfolio());
  } catch (err) {
    item.cancel();
    return deps.showError(deps.window(), { type: 'error', message: sentence(err), buttons: ['OK'] });
  }
  const tmp = exportTempPath(target);
  item.setSavePath(tmp);
  item.once('done', (_event: Event, state: string) => {
    if (state !== 'completed') return void rmSync(tmp, { force: true });
    try {
      commitExportTemp(tmp, target, deps.portfolio());
    } catch (err) {
      if (!(err instanceof AppError)) deps.log?.('export download failed', err);
      deps.showError(deps.window(), { type: 'error', message: sentence(err), buttons: ['OK'] });
    }
  });
}

export function guardDownloads(session: Pick<Session, 'on'>, deps: DownloadDeps): void {
  session.on('will-download', (_event, item) => handleDownload(item, deps));
}
