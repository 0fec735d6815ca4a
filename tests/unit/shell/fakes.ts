// Small stand-ins for Electron objects: enough surface for the shell's code, recording what it did.
import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener) {
    return this.on(name, fn);
  }
  emit(name: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(name) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
  }
}

export function fakeEvent() {
  const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) };
  return e;
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  /** What main sent the page: [channel, ...args]. */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  title: string;
  loaded: string[] = [];
  focused = 0;
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    FakeBrowserWindow.instances.push(this);
  }
  /** The page has unsaved changes: its beforeunload refuses, and Electron emits will-prevent-unload. */
  refusesUnload = false;
  loadURL(url: string) {
    if (this.refusesUnload) {
      const e = fakeEvent();
      this.webContents.emit('will-prevent-unload', e);
      if (!e.defaultPrevented) return Promise.reject(new Error('ERR_ABORTED (-3) loading the page'));
    }
    this.loaded.push(url);
    return Promise.resolve();
  }
  setTitle(t: string) {
    this.title = t;
  }
  getTitle() {
    return this.title;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {
    this.focused++;
  }
}

export function fakeShell() {
  const opened: string[] = [];
  const shown: string[] = [];
  return {
    opened,
    shown,
    openExternal: (url: string) => {
      opened.push(url);
      return Promise.resolve();
    },
    showItemInFolder: (p: string) => void shown.push(p),
  };
}
