// App lifecycle: single instance, the app:// protocol, IPC, the one window, the menu, and which file to open.
// Everything Electron is passed in, so tests drive this with fakes.
import type * as Electron from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dispatch, type Logger } from '../core/handlers/dispatch.ts';
import { firstViews } from '../core/ssr/first-view.ts';
import { AppError } from '../core/errors.ts';
import { protectedPortfolio } from '../core/files/index.ts';
import { createDocumentHolder, windowTitle, type CurrentDocument, type DocumentHolder } from './current-document.ts';
import type { PortfolioFiles } from './document.ts';
import { formatDateTime } from '../../shared/format/nb.ts';
import {
  createFileActions,
  damagedBackups,
  FILE_EXTENSION,
  FILE_TYPE_NAME,
  runFromMenu,
  fileHandlersFor,
  type AskOptions,
  type Dialogs,
  type FileActions,
} from './file-actions.ts';
import { guardDownloads } from './downloads.ts';
import { registerIpc } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { ARKIV_LISTENING_CHANNEL, createPageRequests } from './page-requests.ts';
import type { ArkivRequest } from '../../shared/api/arkiv-requests.ts';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, serveApp } from './protocol.ts';
import { createRecentList, lastExisting } from './recent.ts';
import { createMainWindow, denyAllPermissions, hardenWebContents } from './window.ts';

export { damagedBackups } from './file-actions.ts';

export const PRODUCT_NAME = 'Tiltaksporteføljen';
export const DEFAULT_FILE_NAME = `Tiltaksportefølje.${FILE_EXTENSION}`;

export type ElectronApi = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'Menu' | 'dialog' | 'ipcMain' | 'protocol' | 'session' | 'shell'
>;

/** The .tilt file named on a command line (double-click, "Open with", a second launch), resolved against cwd. */
export function fileFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | null {
  const arg = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(`.${FILE_EXTENSION}`));
  return arg ? resolve(cwd, arg) : null;
}

/**
 * Where the default portfolio lives: the user's data folder (app.getPath('userData'), e.g.
 * %APPDATA%\Tiltaksporteføljen). Not Documents: on government PCs Documents is often redirected to a network
 * share or synced by OneDrive, which is exactly where a live SQLite file should not be.
 */
export function defaultPortfolioPath(userData: string): string {
  return join(userData, DEFAULT_FILE_NAME);
}

export function electronDialogs(dialog: ElectronApi['dialog'], win: () => Electron.BrowserWindow | null): Dialogs {
  const filters = [{ name: FILE_TYPE_NAME, extensions: [FILE_EXTENSION] }];
  return {
    async chooseFileToOpen(defaultPath) {
      const w = win();
      const opts: Electron.OpenDialogOptions = {
        title: 'Åpne portefølje',
        defaultPath,
        properties: ['openFile'],
        filters,
      };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
    async chooseNewFile(title, defaultPath) {
      const w = win();
      const opts: Electron.SaveDialogOptions = {
        title,
        defaultPath,
        filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return null;
      return r.filePath.toLowerCase().endsWith(`.${FILE_EXTENSION}`) ? r.filePath : `${r.filePath}.${FILE_EXTENSION}`;
    },
    async ask(opts: AskOptions) {
      const w = win();
      const o: Electron.MessageBoxOptions = { ...opts, title: PRODUCT_NAME, noLink: true };
      return (w ? await dialog.showMessageBox(w, o) : await dialog.showMessageBox(o)).response;
    },
  };
}

export interface AppOptions {
  files: PortfolioFiles;
  argv?: readonly string[];
  log?: Logger;
}

export interface RunningApp {
  documents: DocumentHolder;
  actions: FileActions;
  window(): Electron.BrowserWindow | null;
}

/** Starts the app; returns null when another instance already runs (it gets our file and focuses). */
export function startApp(e: ElectronApi, opts: AppOptions): RunningApp | null {
  const { app } = e;
  const log = opts.log ?? ((m: string, err: unknown) => console.error(m, err));
  e.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Norwegian UI: date fields show 31.12.2024 and the spell checker speaks bokmål, whatever the OS language.
  app.commandLine?.appendSwitch('lang', 'nb');

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const appPath = app.getAppPath();
  const resourcesDir = join(appPath, 'resources');
  const rendererDir = join(appPath, 'dist', 'renderer');
  const preload = join(appPath, 'dist-electron', 'preload.cjs');
  const userData = app.getPath('userData');

  let win: Electron.BrowserWindow | null = null;
  let ready = false;
  let pendingPath = fileFromArgv(opts.argv ?? process.argv);

  const documents = createDocumentHolder(opts.files, resourcesDir, () => refreshChrome());
  const recent = createRecentList(join(userData, 'nylige-filer.json'));
  const dialogs = electronDialogs(e.dialog, () => win);

  const refreshChrome = () => {
    const doc = documents.current();
    win?.setTitle(windowTitle(doc, PRODUCT_NAME));
    e.Menu.setApplicationMenu(
      e.Menu.buildFromTemplate(
        buildMenuTemplate(menuActions, {
          recent: recent.list(),
          hasFile: Boolean(doc),
          isMac: process.platform === 'darwin',
          dev: !app.isPackaged,
        }),
      ),
    );
  };

  /** Once per open: location warnings, and why the file is read-only with a way to take it over. */
  const announceOpened = async (doc: CurrentDocument) => {
    for (const w of doc.opened.warnings) await dialogs.ask({ type: 'warning', message: w, buttons: ['OK'] });
    if (!doc.opened.readOnly || !doc.opened.takeOver) return;
    const reason = doc.opened.ctx.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.';
    const choice = await dialogs.ask({
      type: 'info',
      message: reason,
      buttons: ['OK', 'Ta over skrivetilgangen'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice !== 1) return;
    if (await doc.opened.takeOver()) {
      refreshChrome();
      win?.reload();
    } else {
      await dialogs.ask({
        type: 'info',
        message:
          'Den andre brukeren har fortsatt filen åpen. ' +
          'Du kan ta over når de lukker den, eller når programmet deres ikke har svart på 30 sekunder.',
        buttons: ['OK'],
      });
    }
  };

  /** The page is being replaced because another file was opened: its unsaved edits cannot be kept. */
  let replacingPage = false;
  const afterSwitch = (doc: CurrentDocument) => {
    app.addRecentDocument(doc.path);
    refreshChrome();
    void announceOpened(doc);
    // Let an IPC reply reach the page before it reloads with the new file. The core has the new file already: a page
    // kept for its unsaved edits would write them into it, so this unload is not asked about.
    setImmediate(() => {
      if (!win) return;
      replacingPage = true;
      void win.loadURL(APP_ENTRY_URL).finally(() => (replacingPage = false));
    });
  };

  const actions = createFileActions({
    dialogs,
    documents,
    files: opts.files,
    recent,
    showItemInFolder: (p) => e.shell.showItemInFolder(p),
    defaultDir: () => app.getPath('documents'),
    afterSwitch,
  });

  const pageRequests = createPageRequests({
    target: () => win?.webContents ?? null,
    hasFile: () => documents.current() !== null,
  });
  /** An action that replaces the open file (and the page with it): the page runs it when it takes requests, asking
   * about its unsaved edits first as its own Arkiv button does; otherwise the main process runs it here. */
  const replacing = (request: ArkivRequest, inMain: () => Promise<void>): Promise<void> =>
    pageRequests.offer(request) ? Promise.resolve() : inMain();

  const menuActions = {
    newPortfolio: () => void replacing({ action: 'new' }, () => runFromMenu(dialogs, actions.newPortfolio, log)),
    open: () => void replacing({ action: 'open' }, () => runFromMenu(dialogs, actions.open, log)),
    openRecent: (path: string) =>
      void replacing({ action: 'openRecent', path }, () =>
        runFromMenu(dialogs, () => actions.openRecent(path), log).then(refreshChrome),
      ),
    clearRecent: () => {
      recent.clear();
      refreshChrome();
    },
    saveCopy: () => void runFromMenu(dialogs, actions.saveCopy, log),
    restoreBackup: () =>
      void replacing({ action: 'restoreBackup' }, () => runFromMenu(dialogs, actions.restoreBackup, log)),
    showInFolder: () => void runFromMenu(dialogs, actions.showInFolder, log),
    about: () =>
      void dialogs.ask({
        type: 'info',
        message: `${PRODUCT_NAME} ${app.getVersion()}`,
        detail: 'Oppfølging av regjeringens tiltak mot menneskehandel. Justis- og beredskapsdepartementet.',
        buttons: ['OK'],
      }),
  };

  const focus = () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  /** A file handed over by the operating system: the page opens it when it takes requests (after its leave
   * question), else main does. */
  const openRequested = async (path: string) => {
    const full = resolve(path);
    if (documents.current()?.path === full) return focus();
    actions.handOver(full);
    await replacing({ action: 'openFromSystem', path: full }, () =>
      runFromMenu(dialogs, () => actions.openFromSystem(full), log),
    );
    focus();
  };

  const fileHandlers = fileHandlersFor(actions);

  // A second launch (double-clicked .tilt file, "Open with") hands its file to us and quits.
  app.on('second-instance', (_event, argv, cwd) => {
    focus();
    const path = fileFromArgv(argv, cwd);
    if (path) void openRequested(path);
  });
  // macOS delivers files by event, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) void openRequested(path);
    else pendingPath = path;
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, e.shell));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => documents.close());

  void app.whenReady().then(async () => {
    denyAllPermissions(e.session.defaultSession);
    guardDownloads(e.session.defaultSession, {
      showSaveDialogSync: (w, o) => (w ? e.dialog.showSaveDialogSync(w, o) : e.dialog.showSaveDialogSync(o)),
      showError: (w, o) => void (w ? e.dialog.showMessageBox(w, o) : e.dialog.showMessageBox(o)),
      window: () => win,
      downloadsDir: () => app.getPath('downloads'),
      portfolio: () => {
        const doc = documents.current();
        return doc ? protectedPortfolio(doc.opened.ctx) : null;
      },
      log,
    });
    const overrides: Parameters<typeof registerIpc>[1]['overrides'] = {
      ...fileHandlers,
      // A recent file that is gone is taken off the list: the native «Åpne nylige» must lose it too.
      'file:openRecent': (input, ctx) =>
        Promise.resolve(fileHandlers['file:openRecent'](input, ctx)).finally(refreshChrome),
    };
    // The first page is rendered here with its data, through the same dispatch as IPC (core/ssr/first-view.ts).
    const views = firstViews({
      rendererDir,
      serverBundle: join(appPath, 'dist', 'ssr', 'server.cjs'),
      transport: (name, input) => dispatch(name, input, () => documents.context(), log, overrides),
      log,
    });
    serveApp(e.protocol, rendererDir, views);
    registerIpc(e.ipcMain, { context: () => documents.context(), overrides, log });
    e.ipcMain.on(ARKIV_LISTENING_CHANNEL, (event, value: unknown) => void pageRequests.heard(event, value));
    await openAtStart(pendingPath);
    win = createMainWindow({
      BrowserWindow: e.BrowserWindow,
      shell: e.shell,
      preload,
      title: windowTitle(documents.current(), PRODUCT_NAME),
      confirmLeave: (w) =>
        replacingPage ||
        e.dialog.showMessageBoxSync(w, {
          type: 'question',
          title: PRODUCT_NAME,
          message: 'Du har endringer som ikke er lagret. Forlate siden likevel?',
          buttons: ['Bli på siden', 'Forlat siden'],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        }) === 1,
    });
    win.on('closed', () => (win = null));
    // A new document in the window (a reload, another file) takes no Arkiv requests until its page says it does.
    win.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) pageRequests.forget();
    });
    win.webContents.on('render-process-gone', () => pageRequests.forget());
    win.on('unresponsive', () => pageRequests.hanging(true));
    win.on('responsive', () => pageRequests.hanging(false));
    ready = true;
    refreshChrome();
  });

  /** The file named at launch, else the last one used, else the default file (created from the seed). */
  async function openAtStart(requested: string | null): Promise<void> {
    let path = requested ?? lastExisting(recent);
    if (!path) {
      path = defaultPortfolioPath(userData);
      try {
        if (!existsSync(path)) {
          mkdirSync(userData, { recursive: true });
          await opts.files.createPortfolio(path, { resourcesDir });
        }
      } catch (err) {
        return startupProblem(err, path);
      }
    }
    try {
      const doc = await documents.open(path);
      recent.add(doc.path);
      app.addRecentDocument(doc.path);
      void announceOpened(doc);
    } catch (err) {
      return startupProblem(err, path);
    }
  }

  /** The file could not be opened: say why in one sentence, and offer a way on. Never create over it. */
  async function startupProblem(err: unknown, path: string): Promise<void> {
    if (!(err instanceof AppError)) log(`could not open ${path}`, err);
    const message = err instanceof AppError ? err.message : `Kunne ikke åpne «${path}». Filen er ikke endret.`;
    const newest = damagedBackups(err)[0];
    if (newest) {
      const restore = await dialogs.ask({
        type: 'error',
        message,
        detail:
          `Den nyeste gode sikkerhetskopien er fra ${formatDateTime(newest.createdAt)}. ` +
          'Den skadde filen tas vare på før den erstattes.',
        buttons: ['Gjenopprett sikkerhetskopien', 'Andre valg…'],
        defaultId: 0,
        cancelId: 1,
      });
      if (restore === 0) {
        try {
          await opts.files.restoreBackup(path, newest.file);
          const doc = await documents.open(path);
          recent.add(doc.path);
          return;
        } catch (again) {
          return startupProblem(again, path);
        }
      }
    }
    const choice = await dialogs.ask({
      type: 'error',
      message,
      detail:
        'Du kan åpne en annen fil, lage en ny portefølje, eller gjenopprette fra en sikkerhetskopi når filen er åpnet.',
      buttons: ['Åpne en annen fil…', 'Ny portefølje…', 'Avslutt'],
      defaultId: 0,
      cancelId: 2,
    });
    const action = choice === 0 ? actions.open : choice === 1 ? actions.newPortfolio : null;
    if (!action) return app.quit();
    try {
      const r = await action();
      if (!r.done) return app.quit();
    } catch (again) {
      return startupProblem(again, path);
    }
  }

  return { documents, actions, window: () => win };
}
