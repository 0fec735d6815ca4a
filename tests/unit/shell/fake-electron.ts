// A fake `electron` module for the lifecycle: real files on disk, fake windows, dialogs answered by the test.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeBrowserWindow, FakeEmitter, fakeShell } from './fakes.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function fakeElectron(opts: { userData: string; documents?: string; lock?: boolean; answers?: number[] }) {
  const app = Object.assign(new FakeEmitter(), {
    quitCalls: 0,
    recentDocs: [] as string[],
    isPackaged: false,
    requestSingleInstanceLock: () => opts.lock ?? true,
    quit() {
      this.quitCalls++;
    },
    getAppPath: () => REPO_ROOT,
    getPath: (name: string) =>
      name === 'userData' ? opts.userData : (opts.documents ?? join(opts.userData, 'Dokumenter')),
    getVersion: () => '0.1.0',
    whenReady: () => Promise.resolve(),
    addRecentDocument(p: string) {
      this.recentDocs.push(p);
    },
  });
  const asked: { message: string; buttons: string[] }[] = [];
  const answers = [...(opts.answers ?? [])];
  /** Paths the synchronous save dialog answers with, in order (undefined: cancelled). */
  const saveAnswers: (string | undefined)[] = [];
  const menus: unknown[] = [];
  const handled = new Map<string, unknown>();
  /** ipcMain.on listeners (one-way messages from the page), by channel. */
  const listened = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  /** How often a native open or save dialog was shown. */
  const fileDialogs = { open: 0, save: 0 };
  const schemes: unknown[] = [];
  FakeBrowserWindow.instances = [];
  return {
    asked,
    saveAnswers,
    menus,
    handled,
    listened,
    fileDialogs,
    schemes,
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void menus.push(m) },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        const o = args[args.length - 1] as { message: string; buttons: string[] };
        asked.push(o);
        return Promise.resolve({ response: answers.shift() ?? 0 });
      },
      showMessageBoxSync: (...args: unknown[]) => {
        const o = args[args.length - 1] as { message: string; buttons: string[] };
        asked.push(o);
        return answers.shift() ?? 0;
      },
      showOpenDialog: () => {
        fileDialogs.open++;
        return Promise.resolve({ canceled: true, filePaths: [] });
      },
      showSaveDialog: () => {
        fileDialogs.save++;
        return Promise.resolve({ canceled: true });
      },
      showSaveDialogSync: () => saveAnswers.shift(),
    },
    ipcMain: {
      handle: (name: string, fn: unknown) => void handled.set(name, fn),
      removeHandler: (name: string) => void handled.delete(name),
      on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => void listened.set(channel, fn),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => void schemes.push(s),
      handle: (s: string, fn: unknown) => void handled.set(`protocol:${s}`, fn),
    },
    session: {
      defaultSession: Object.assign(new FakeEmitter(), {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
      }),
    },
    shell: fakeShell(),
    contextBridge: { exposeInMainWorld: () => {} },
  };
}
