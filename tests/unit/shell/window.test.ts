// The window's security settings: isolated, sandboxed, no Node; navigation, new windows and permissions denied.
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createMainWindow,
  denyAllPermissions,
  hardenWebContents,
  openExternalIfHttps,
} from '../../../electron/main/window.ts';
import { FakeBrowserWindow, FakeWebContents, fakeEvent, fakeShell } from './fakes.ts';

describe('the main window', () => {
  const make = () =>
    createMainWindow({
      BrowserWindow: FakeBrowserWindow as unknown as new () => BrowserWindow,
      shell: fakeShell(),
      preload: '/app/dist-electron/preload.cjs',
      title: 'a.tilt – Tiltaksporteføljen',
    }) as unknown as FakeBrowserWindow;

  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(make().options.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
    });
  });

  it('opens with a page of 1280 × 860, the size the first view of the register is laid out for', () => {
    const { width, height, useContentSize } = make().options;
    expect({ width, height, useContentSize }).toEqual({ width: 1280, height: 860, useContentSize: true });
  });

  it('loads app:// only, keeps its own title, and is hardened', () => {
    const win = make();
    expect(win.loaded).toEqual(['app://tiltak/tiltak']);
    expect(win.title).toBe('a.tilt – Tiltaksporteføljen');
    const e = fakeEvent();
    win.emit('page-title-updated', e, 'Tiltaksporteføljen');
    expect(e.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler!({ url: 'https://x.no/' })).toEqual({ action: 'deny' });
  });
});

describe('closing the window with unsaved changes', () => {
  const make = (answer: boolean | undefined) => {
    const asked: unknown[] = [];
    const win = createMainWindow({
      BrowserWindow: FakeBrowserWindow as unknown as new () => BrowserWindow,
      shell: fakeShell(),
      preload: '/app/dist-electron/preload.cjs',
      title: 'a.tilt – Tiltaksporteføljen',
      confirmLeave:
        answer === undefined
          ? undefined
          : (w) => {
              asked.push(w);
              return answer;
            },
    }) as unknown as FakeBrowserWindow;
    return { win, asked };
  };

  it('asks the user, and closes only when they choose to leave', () => {
    const leave = make(true);
    const e1 = fakeEvent();
    leave.win.webContents.emit('will-prevent-unload', e1);
    expect(leave.asked).toEqual([leave.win]);
    expect(e1.defaultPrevented).toBe(true);

    const stay = make(false);
    const e2 = fakeEvent();
    stay.win.webContents.emit('will-prevent-unload', e2);
    expect(stay.asked).toEqual([stay.win]);
    expect(e2.defaultPrevented).toBe(false);
  });

  it('keeps the page (the unload refused) when there is nobody to ask', () => {
    const { win } = make(undefined);
    const e = fakeEvent();
    win.webContents.emit('will-prevent-unload', e);
    expect(e.defaultPrevented).toBe(false);
  });
});

describe('navigation and new windows', () => {
  const setup = () => {
    const shell = fakeShell();
    const wc = new FakeWebContents();
    hardenWebContents(wc as never, shell);
    return { shell, wc };
  };

  it('denies window.open for every URL; an https link opens in the browser instead', () => {
    const { shell, wc } = setup();
    for (const url of [
      'https://www.regjeringen.no/',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://tiltak/index.html',
    ]) {
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual(['https://www.regjeringen.no/']);
  });

  it.each(['will-navigate', 'will-redirect'])('%s away from app:// is prevented', (name) => {
    const { shell, wc } = setup();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://other/x',
      'data:text/html,<script>1</script>',
    ]) {
      const e = fakeEvent();
      wc.emit(name, e, url);
      expect(e.defaultPrevented).toBe(true);
    }
    expect(shell.opened).toEqual(['https://evil.example/']);
  });

  it('navigation inside the app is allowed', () => {
    const { wc } = setup();
    const e = fakeEvent();
    wc.emit('will-navigate', e, 'app://tiltak/index.html#/tiltak');
    expect(e.defaultPrevented).toBe(false);
  });

  it('subframe navigation away from app:// and <webview> are prevented', () => {
    const { wc } = setup();
    const frame = Object.assign(fakeEvent(), { url: 'https://evil.example/' });
    wc.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const wv = fakeEvent();
    wc.emit('will-attach-webview', wv);
    expect(wv.defaultPrevented).toBe(true);
  });
});

describe('openExternal', () => {
  it('only for https: URLs', () => {
    const shell = fakeShell();
    expect(openExternalIfHttps(shell, 'https://lovdata.no/')).toBe(true);
    for (const url of [
      'http://lovdata.no/',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@b.no',
      'not a url',
      '',
    ]) {
      expect(openExternalIfHttps(shell, url)).toBe(false);
    }
    expect(shell.opened).toEqual(['https://lovdata.no/']);
  });
});

describe('permissions', () => {
  it('every permission request and check is denied', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (fn: never) => (request = fn),
      setPermissionCheckHandler: (fn: never) => (check = fn),
    } as never);
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      request!(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(check!()).toBe(false);
  });
});
