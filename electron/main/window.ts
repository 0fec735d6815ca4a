// The main window and the hardening every web contents gets: no Node, sandboxed, isolated; no navigation away
// from app://, no new windows, no permissions; external links open in the browser, and only https ones.
import type { BrowserWindow, BrowserWindowConstructorOptions, Event, Session, Shell, WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './protocol.ts';

/** Opens a link in the user's browser when, and only when, it is an https: URL. */
export function openExternalIfHttps(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  // electronegativity: OPEN_EXTERNAL_JS_CHECK — only a parsed https: URL reaches this call
  // (file:, smb:, custom schemes are refused above).
  void shell.openExternal(parsed.href);
  return true;
}

type Hardenable = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export function hardenWebContents(contents: Hardenable, shell: Pick<Shell, 'openExternal'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfHttps(shell, url);
    return { action: 'deny' };
  });
  const guard = (event: Event, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalIfHttps(shell, url);
  };
  contents.on('will-navigate', guard as never);
  contents.on('will-redirect', guard as never);
  contents.on('will-frame-navigate', ((event: Event & { url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  }) as never);
  contents.on('will-attach-webview', ((event: Event) => event.preventDefault()) as never);
}

/** No camera, microphone, notifications, geolocation…: the app needs none. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  shell: Pick<Shell, 'openExternal'>;
  preload: string;
  title: string;
  /** A page with unsaved changes refuses to unload (beforeunload): asks the user whether to close anyway. */
  confirmLeave?: (win: BrowserWindow) => boolean;
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const { BrowserWindow, preload, title } = deps;
  // Written out literally (not built by a helper) so Electronegativity can read every setting.
  const win = new BrowserWindow({
    // The page's own size, not the frame's: the server's first view of the register is laid out for a page 860 px
    // tall (RegisterTable's FIRST_TABLE_HEIGHT); with the frame counted, the page was 30–60 px shorter than that.
    width: 1280,
    height: 860,
    useContentSize: true,
    minWidth: 800,
    minHeight: 560,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — our own bundled preload; it exposes one function per
      // contract operation and never ipcRenderer.
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(win.webContents, deps.shell);
  // The window title names the open file; the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  // Electron shows nothing when the page refuses to unload (unsaved changes): the window would just not close. Ask,
  // and unload when the user agrees.
  win.webContents.on('will-prevent-unload', (event) => {
    if (deps.confirmLeave?.(win)) event.preventDefault();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
