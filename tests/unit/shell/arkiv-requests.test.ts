// The native Arkiv menu's file-replacing actions, and a file handed over by the operating system, go to the page when
// it takes requests (so it asks its leave question about unsaved edits first), and run in main as before when it does
// not. With a fake Electron and real portfolio files.
import type { MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARKIV_LISTENING_CHANNEL,
  ARKIV_REQUEST_CHANNEL,
  parseArkivRequest,
} from '../../../shared/api/arkiv-requests.ts';
import { startApp, type ElectronApi, type RunningApp } from '../../../electron/main/app.ts';
import { sourceResourcesDir } from '../../../electron/core/paths.ts';
import { createPortfolioFiles } from '../../../electron/main/document.ts';
import { createPageRequests } from '../../../electron/main/page-requests.ts';
import { portfolioFile, tempDir } from '../../support/portfolio.ts';
import { FakeBrowserWindow } from './fakes.ts';
import { fakeElectron } from './fake-electron.ts';

const portfolioFiles = createPortfolioFiles(sourceResourcesDir());
const dirs: { cleanup(): void }[] = [];
const running: RunningApp[] = [];
afterEach(() => {
  for (const r of running.splice(0)) r.documents.close();
  for (const d of dirs.splice(0)) d.cleanup();
});

const OUR_FRAME = { url: 'app://tiltak/index.html#/tiltak/2', parent: null };
const LEAVE_QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';

async function started() {
  const tmp = tempDir('tiltak-arkiv-');
  dirs.push(tmp);
  const e = fakeElectron({ userData: join(tmp.dir, 'userData') });
  const app = startApp(e as unknown as ElectronApi, { files: portfolioFiles, argv: ['electron'], log: () => {} })!;
  running.push(app);
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(1));
  const win = FakeBrowserWindow.instances[0]!;
  const say = (value: unknown, from: { sender?: unknown; senderFrame?: unknown } = {}) =>
    e.listened.get(ARKIV_LISTENING_CHANNEL)!({ sender: win.webContents, senderFrame: OUR_FRAME, ...from }, value);
  const arkivItem = (label: string) => {
    const arkiv = (e.menus.at(-1) as MenuItemConstructorOptions[]).find((m) => m.label === 'Arkiv')!;
    const items = arkiv.submenu as MenuItemConstructorOptions[];
    const item =
      items.find((i) => i.label === label) ??
      (items.find((i) => i.label === 'Åpne nylige')!.submenu as MenuItemConstructorOptions[]).find(
        (i) => i.label === label,
      );
    return () => (item!.click as () => void)();
  };
  const requests = () =>
    win.webContents.sent.filter(([channel]) => channel === ARKIV_REQUEST_CHANNEL).map(([, r]) => r);
  const invoke = (name: string, input: unknown) =>
    (e.handled.get(name) as (event: unknown, input: unknown) => Promise<{ ok: boolean; error?: { message: string } }>)(
      { senderFrame: OUR_FRAME },
      input,
    );
  return { e, app, win, dir: tmp.dir, say, arkivItem, requests, invoke };
}

describe('the native Arkiv menu, with a page that takes requests', () => {
  it('hands «Ny portefølje…», «Åpne…», «Gjenopprett…», a recent file to the page; runs nothing itself', async () => {
    const s = await started();
    const first = s.app.documents.current()!.path;
    const other = portfolioFile(s.dir, 'Nylig.tilt');
    await s.app.actions.openPath(other); // now on the recent list
    await s.app.actions.openPath(first);
    await vi.waitFor(() => expect(s.e.menus.length).toBeGreaterThan(2));
    s.say(true);

    s.arkivItem('Ny portefølje…')();
    s.arkivItem('Åpne…')();
    s.arkivItem('Gjenopprett fra sikkerhetskopi…')();
    s.arkivItem('Nylig.tilt')();

    expect(s.requests()).toEqual([
      { action: 'new' },
      { action: 'open' },
      { action: 'restoreBackup' },
      { action: 'openRecent', path: other },
    ]);
    // Nothing was asked or chosen in main, and the file is the same.
    await new Promise((r) => setImmediate(r));
    expect(s.e.fileDialogs).toEqual({ open: 0, save: 0 });
    expect(s.e.asked).toEqual([]);
    expect(s.app.documents.current()?.path).toBe(first);
  });

  it('keeps «Lagre en kopi…» in main: it replaces nothing', async () => {
    const s = await started();
    s.say(true);
    s.arkivItem('Lagre en kopi…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.save).toBe(1));
    expect(s.requests()).toEqual([]);
  });

  it('each request is exactly one of the allowed ones', async () => {
    const s = await started();
    s.say(true);
    s.arkivItem('Åpne…')();
    for (const r of s.requests()) expect(parseArkivRequest(r)).toEqual(r);
  });
});

describe('the native Arkiv menu runs in main, as before, when the page takes no requests', () => {
  it('a page that never said it listens: «Åpne…» shows the open dialog in main', async () => {
    const s = await started();
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(1));
    expect(s.requests()).toEqual([]);
  });

  it('a page that stopped listening, or is being replaced by a new document, takes nothing', async () => {
    const s = await started();
    s.say(true);
    s.say(false);
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(1));

    s.say(true);
    // A change of hash is the same document: the page still takes requests.
    s.win.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    s.arkivItem('Åpne…')();
    expect(s.requests()).toEqual([{ action: 'open' }]);
    // A reload or another file: a new document, which has to say it listens again.
    s.win.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(2));
    expect(s.requests()).toHaveLength(1);
    // Its renderer gone: the same.
    s.say(true);
    s.win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(3));
    expect(s.requests()).toHaveLength(1);
  });

  it('a hung page is not waited for: main runs the action while it hangs; then the page takes it', async () => {
    const s = await started();
    s.say(true);
    s.win.emit('unresponsive');
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(1));
    expect(s.requests()).toEqual([]);
    s.win.emit('responsive');
    s.arkivItem('Åpne…')();
    expect(s.requests()).toEqual([{ action: 'open' }]);
    expect(s.e.fileDialogs.open).toBe(1);
  });

  it('only our own window’s app:// main frame can say it listens, and only with true or false', async () => {
    const s = await started();
    s.say(true, { senderFrame: { url: 'app://tiltak/index.html', parent: {} } });
    s.say(true, { senderFrame: { url: 'https://example.org/', parent: null } });
    s.say(true, { sender: {} });
    s.say('true');
    s.say(1);
    s.arkivItem('Åpne…')();
    await vi.waitFor(() => expect(s.e.fileDialogs.open).toBe(1));
    expect(s.requests()).toEqual([]);
  });
});

describe('a file handed over by the operating system while the app runs', () => {
  it('goes to a page that takes requests; the page opens it once, and no other file by that operation', async () => {
    const s = await started();
    const first = s.app.documents.current()!.path;
    const other = portfolioFile(s.dir, 'Annen fil.tilt');
    s.win.refusesUnload = true; // the page has unsaved edits
    s.say(true);
    s.e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe', 'Annen fil.tilt'], s.dir);
    await vi.waitFor(() => expect(s.requests()).toEqual([{ action: 'openFromSystem', path: other }]));
    expect(s.app.documents.current()?.path).toBe(first);
    expect(s.win.focused).toBeGreaterThan(0);

    // The page asked and the user chose to leave: it opens the file through the operation.
    const refused = await s.invoke('file:openFromSystem', { path: portfolioFile(s.dir, 'Tredje.tilt') });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/operativsystemet/) } });
    expect(await s.invoke('file:openFromSystem', { path: other })).toEqual({ ok: true, value: { done: true } });
    expect(s.app.documents.current()?.path).toBe(other);
    // Once only.
    expect(await s.invoke('file:openFromSystem', { path: other })).toMatchObject({ ok: false });
    expect(s.e.asked.map((a) => a.message)).not.toContain(LEAVE_QUESTION);
  });

  it('a page that takes no requests: main opens it itself, as before', async () => {
    const s = await started();
    const other = portfolioFile(s.dir, 'Annen fil.tilt');
    s.e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe', 'Annen fil.tilt'], s.dir);
    await vi.waitFor(() => expect(s.app.documents.current()?.path).toBe(other));
    expect(s.requests()).toEqual([]);
  });

  it('the file already open only focuses the window', async () => {
    const s = await started();
    s.say(true);
    const path = s.app.documents.current()!.path;
    s.e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe', path], '/');
    await vi.waitFor(() => expect(s.win.focused).toBeGreaterThan(0));
    expect(s.requests()).toEqual([]);
    expect(s.app.documents.current()?.path).toBe(path);
  });
});

describe('createPageRequests (the decision, under plain Node)', () => {
  const target = () => ({
    sent: [] as unknown[][],
    send(...a: unknown[]) {
      this.sent.push(a);
    },
    isDestroyed: () => false,
  });

  it('offers only to the window that listens, with a file open', () => {
    const t = target();
    let hasFile = true;
    const r = createPageRequests({ target: () => t, hasFile: () => hasFile });
    expect(r.offer({ action: 'open' })).toBe(false);
    expect(r.heard({ sender: t, senderFrame: OUR_FRAME }, true)).toBe(true);
    expect(r.offer({ action: 'open' })).toBe(true);
    hasFile = false;
    expect(r.offer({ action: 'new' })).toBe(false);
    expect(t.sent).toEqual([[ARKIV_REQUEST_CHANNEL, { action: 'open' }]]);
  });

  it('no window: nothing is offered, nothing heard', () => {
    const r = createPageRequests({ target: () => null, hasFile: () => true });
    expect(r.heard({ sender: null, senderFrame: OUR_FRAME }, true)).toBe(false);
    expect(r.offer({ action: 'open' })).toBe(false);
  });
});
