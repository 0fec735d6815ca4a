// The Arkiv actions, one implementation for the native menu and for the renderer's Arkiv button (file:* API
// operations). Dialogs run here in the main process, so a page can never skip a confirmation.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FileActionResult, RecentFile, fileContract } from '../../shared/api/file.contract.ts';
import { formatDateTime } from '../../shared/format/nb.ts';
import { AppError } from '../core/errors.ts';
import type { HandlersFor } from '../core/handlers/types.ts';
import type { CurrentDocument, DocumentHolder } from './current-document.ts';
import type { BackupEntry, PortfolioFiles } from './document.ts';
import type { RecentList } from './recent.ts';

export const FILE_EXTENSION = 'tilt';
export const FILE_TYPE_NAME = 'Tiltaksportefølje';

export interface AskOptions {
  type: 'none' | 'info' | 'error' | 'question' | 'warning';
  message: string;
  detail?: string;
  buttons: string[];
  defaultId?: number;
  cancelId?: number;
}

/** The native dialogs the actions need, narrowed so tests can answer them. */
export interface Dialogs {
  chooseFileToOpen(defaultDir: string): Promise<string | null>;
  chooseNewFile(title: string, defaultPath: string): Promise<string | null>;
  /** Returns the index of the button chosen. */
  ask(opts: AskOptions): Promise<number>;
}

export interface FileActionDeps {
  dialogs: Dialogs;
  documents: DocumentHolder;
  files: PortfolioFiles;
  recent: RecentList;
  showItemInFolder(path: string): void;
  /** Where "Ny portefølje" suggests to save when nothing is open. */
  defaultDir(): string;
  /** After another file was opened (or restored): reload the window, update title and menu. */
  afterSwitch(doc: CurrentDocument): void;
}

export interface FileActions {
  newPortfolio(): Promise<FileActionResult>;
  open(): Promise<FileActionResult>;
  openPath(path: string): Promise<FileActionResult>;
  openRecent(path: string): Promise<FileActionResult>;
  /** The operating system handed the app this file (a second launch, «Åpne med»): the page may now open it, once, by
   * `openFromSystem` (after its leave question). */
  handOver(path: string): void;
  openFromSystem(path: string): Promise<FileActionResult>;
  recent(): RecentFile[];
  saveCopy(): Promise<FileActionResult>;
  restoreBackup(): Promise<FileActionResult>;
  showInFolder(): Promise<FileActionResult>;
}

/** The backups offered with a damaged file (AppError details { damaged, backups }), newest first. */
export function damagedBackups(err: unknown): BackupEntry[] {
  const details =
    err instanceof AppError ? (err.details as { damaged?: unknown; backups?: unknown } | undefined) : undefined;
  if (!details?.damaged || !Array.isArray(details.backups)) return [];
  return (details.backups as BackupEntry[])
    .filter((b) => typeof b?.file === 'string' && typeof b?.createdAt === 'string')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const CANCELLED: FileActionResult = { done: false };
const MAX_BACKUP_CHOICES = 6;

function stem(path: string): string {
  return basename(path, extname(path));
}

export function createFileActions(deps: FileActionDeps): FileActions {
  const { dialogs, documents, files, recent } = deps;

  const requireDoc = (): CurrentDocument => {
    const doc = documents.current();
    if (!doc) throw new AppError('unavailable', 'Ingen portefølje er åpen.');
    return doc;
  };

  const switched = (doc: CurrentDocument, message?: string): FileActionResult => {
    recent.add(doc.path);
    deps.afterSwitch(doc);
    return message ? { done: true, message } : { done: true };
  };

  /** Files handed over by the operating system and not yet opened. */
  const handedOver = new Set<string>();
  const key = (path: string) => (process.platform === 'win32' ? resolve(path).toLowerCase() : resolve(path));

  const actions: FileActions = {
    async newPortfolio() {
      const dir = documents.current() ? dirname(documents.current()!.path) : deps.defaultDir();
      const path = await dialogs.chooseNewFile('Ny portefølje', join(dir, `Ny tiltaksportefølje.${FILE_EXTENSION}`));
      if (!path) return CANCELLED;
      const doc = await documents.create(path);
      return switched(doc, `Ny portefølje laget: «${basename(path)}».`);
    },

    async open() {
      const dir = documents.current() ? dirname(documents.current()!.path) : deps.defaultDir();
      const path = await dialogs.chooseFileToOpen(dir);
      return path ? actions.openPath(path) : CANCELLED;
    },

    async openPath(path) {
      try {
        return switched(await documents.open(path));
      } catch (err) {
        // A damaged or empty file: offer its newest good backup, as at start-up (never a new file over it).
        const newest = damagedBackups(err)[0];
        if (!newest) throw err;
        const time = formatDateTime(newest.createdAt);
        const choice = await dialogs.ask({
          type: 'error',
          message: (err as Error).message,
          detail:
            `Den nyeste gode sikkerhetskopien er fra ${time}. ` +
            'Filen slik den er nå, tas vare på før den erstattes.',
          buttons: ['Gjenopprett sikkerhetskopien', 'Avbryt'],
          defaultId: 0,
          cancelId: 1,
        });
        if (choice !== 0) return CANCELLED;
        await files.restoreBackup(path, newest.file);
        return switched(
          await documents.open(path),
          `«${basename(path)}» er gjenopprettet fra sikkerhetskopien fra ${time}.`,
        );
      }
    },

    async openRecent(path) {
      // Only a path from the list: the page cannot make the app open an arbitrary file by name.
      if (!recent.has(path)) throw new AppError('invalid', 'Filen står ikke i listen over nylig brukte filer.');
      if (!existsSync(path)) {
        recent.remove(path);
        throw new AppError(
          'not-found',
          `Finner ikke «${basename(path)}» lenger, så den er fjernet fra listen over nylige filer.`,
        );
      }
      return actions.openPath(path);
    },

    handOver(path) {
      handedOver.add(key(path));
    },

    async openFromSystem(path) {
      // Only a file the operating system handed us: the page cannot make the app open an arbitrary file by name.
      if (!handedOver.delete(key(path))) {
        throw new AppError('invalid', 'Filen er ikke en fil operativsystemet har bedt programmet åpne.');
      }
      return actions.openPath(resolve(path));
    },

    recent: () => recent.list(),

    async saveCopy() {
      const doc = requireDoc();
      const target = await dialogs.chooseNewFile(
        'Lagre en kopi',
        join(dirname(doc.path), `${stem(doc.path)} (kopi).${FILE_EXTENSION}`),
      );
      if (!target) return CANCELLED;
      await files.saveCopy(doc.opened.ctx, target);
      return {
        done: true,
        message: `Kopien er lagret som «${target}». Filen du arbeider i er fortsatt «${basename(doc.path)}».`,
      };
    },

    async restoreBackup() {
      const doc = requireDoc();
      if (doc.opened.readOnly) {
        throw new AppError(
          'read-only',
          'Filen er åpnet skrivebeskyttet fordi noen andre skriver i den, så den kan ikke gjenopprettes nå.',
        );
      }
      const backups = [...(await files.listBackups(doc.path))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      if (backups.length === 0)
        return { done: false, message: 'Det finnes ingen sikkerhetskopier av denne filen ennå.' };
      const shown = backups.slice(0, MAX_BACKUP_CHOICES);
      const choice = await dialogs.ask({
        type: 'question',
        message: 'Hvilken sikkerhetskopi vil du gjenopprette?',
        detail: `Sikkerhetskopier av «${basename(doc.path)}», nyeste først.`,
        buttons: [...shown.map((b) => formatDateTime(b.createdAt)), 'Avbryt'],
        defaultId: 0,
        cancelId: shown.length,
      });
      const backup = shown[choice];
      if (!backup) return CANCELLED;
      const confirmed = await dialogs.ask({
        type: 'warning',
        message: `Gjenopprette «${basename(doc.path)}» fra sikkerhetskopien fra ${formatDateTime(backup.createdAt)}?`,
        detail:
          'Endringer gjort etter dette tidspunktet blir borte fra filen. ' +
          'Filen slik den er nå sikkerhetskopieres først, så du kan gå tilbake.',
        buttons: ['Gjenopprett', 'Avbryt'],
        defaultId: 1,
        cancelId: 1,
      });
      if (confirmed !== 0) return CANCELLED;
      documents.close();
      try {
        await files.restoreBackup(doc.path, backup.file);
      } finally {
        // Reopen whatever is there now: the restored file, or the untouched original if restoring failed.
        const reopened = await documents.open(doc.path);
        deps.afterSwitch(reopened);
      }
      const backupTime = formatDateTime(backup.createdAt);
      return {
        done: true,
        message: `«${basename(doc.path)}» er gjenopprettet fra sikkerhetskopien fra ${backupTime}.`,
      };
    },

    async showInFolder() {
      deps.showItemInFolder(requireDoc().path);
      return { done: true };
    },
  };
  return actions;
}

/** The file:* API operations, answered by the shell. */
export function fileHandlersFor(actions: FileActions): HandlersFor<typeof fileContract> {
  return {
    'file:new': () => actions.newPortfolio(),
    'file:open': () => actions.open(),
    'file:recent': () => actions.recent(),
    'file:openRecent': (input) => actions.openRecent(input.path),
    'file:openFromSystem': (input) => actions.openFromSystem(input.path),
    'file:saveCopy': () => actions.saveCopy(),
    'file:restoreBackup': () => actions.restoreBackup(),
    'file:showInFolder': () => actions.showInFolder(),
  };
}

/** A native-menu run of an action: its message or error is shown in a dialog, never swallowed. */
export async function runFromMenu(
  dialogs: Dialogs,
  action: () => Promise<FileActionResult>,
  log: (m: string, e: unknown) => void = console.error,
): Promise<void> {
  try {
    const result = await action();
    if (result.message) await dialogs.ask({ type: 'info', message: result.message, buttons: ['OK'] });
  } catch (err) {
    if (!(err instanceof AppError)) log('file action failed', err);
    const message =
      err instanceof AppError
        ? err.message
        : 'Noe gikk galt. Filen er ikke endret. Prøv igjen, eller kontakt brukerstøtte.';
    await dialogs.ask({ type: 'error', message, buttons: ['OK'] });
  }
}
