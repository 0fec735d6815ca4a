// The lifecycle with a fake Electron and a real portfolio on disk: single instance, first start, title, files
// from the command line and from a second launch.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/contract.ts';
import { fileFromArgv, startApp, type ElectronApi, type RunningApp } from '../../../electron/main/app.ts';
import { sourceResourcesDir } from '../../../electron/core/paths.ts';
import { createPortfolioFiles } from '../../../electron/main/document.ts';
import { portfolioFile, tempDir } from '../../support/portfolio.ts';
import { FakeBrowserWindow, fakeEvent } from './fakes.ts';
import { fakeElectron } from './fake-electron.ts';

const portfolioFiles = createPortfolioFiles(sourceResourcesDir());

const dirs: { cleanup(): void }[] = [];
const running: RunningApp[] = [];
afterEach(() => {
  for (const r of running.splice(0)) r.documents.close();
  for (const d of dirs.splice(0)) d.cleanup();
});

function setup(opts: { lock?: boolean; argv?: string[]; answers?: number[] } = {}) {
  const tmp = tempDir('tiltak-app-');
  dirs.push(tmp);
  const e = fakeElectron({ userData: join(tmp.dir, 'userData'), lock: opts.lock, answers: opts.answers });
  const app = startApp(e as unknown as ElectronApi, {
    files: portfolioFiles,
    argv: opts.argv ?? ['electron'],
    log: () => {},
  });
  if (app) running.push(app);
  return { e, app, dir: tmp.dir };
}

const started = () => vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(1));

const LEAVE_QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';

describe('closing a window whose page has unsaved changes', () => {
  it('asks; «Bli på siden» keeps the page, «Forlat siden» lets it close', async () => {
    const { e } = setup({ answers: [0, 1] });
    await started();
    const win = FakeBrowserWindow.instances[0]!;
    const stay = fakeEvent();
    win.webContents.emit('will-prevent-unload', stay);
    expect(e.asked.at(-1)).toMatchObject({ message: LEAVE_QUESTION, buttons: ['Bli på siden', 'Forlat siden'] });
    expect(stay.defaultPrevented).toBe(false);
    const leave = fakeEvent();
    win.webContents.emit('will-prevent-unload', leave);
    expect(leave.defaultPrevented).toBe(true);
  });
});

describe('first start', () => {
  it(
    'creates Tiltaksportefølje.tilt from the seed in the user data folder, ' + 'opens it and names it in the title',
    async () => {
      const { e, app } = setup();
      await started();
      const path = join(e.app.getPath('userData'), 'Tiltaksportefølje.tilt');
      expect(existsSync(path)).toBe(true);
      expect(app!.documents.current()?.path).toBe(path);
      expect(FakeBrowserWindow.instances[0]!.title).toBe('Tiltaksportefølje.tilt – Tiltaksporteføljen');
      const info = app!.documents.context().db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number };
      expect(info.n).toBe(44);
    },
  );

  it('registers the app:// scheme, the protocol handler and exactly the contract’s IPC operations', async () => {
    const { e } = setup();
    await started();
    expect(e.schemes).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
    expect(e.handled.has('protocol:app')).toBe(true);
    expect([...e.handled.keys()].filter((k) => !k.startsWith('protocol:')).sort()).toEqual([...OPERATION_NAMES].sort());
    expect(e.menus.length).toBeGreaterThan(0);
  });
});

describe('single instance', () => {
  it('a second instance quits at once and opens no window or file', () => {
    const { e, app } = setup({ lock: false });
    expect(app).toBeNull();
    expect(e.app.quitCalls).toBe(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(e.handled.size).toBe(0);
  });

  it('the first instance focuses and opens the file the second launch was given', async () => {
    const { e, app, dir } = setup();
    await started();
    const other = portfolioFile(dir, 'Annen fil.tilt');
    const win = FakeBrowserWindow.instances[0]!;
    e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe', '--some-switch', 'Annen fil.tilt'], dir);
    await vi.waitFor(() => expect(app!.documents.current()?.path).toBe(other));
    expect(win.focused).toBeGreaterThan(0);
    expect(win.title).toBe('Annen fil.tilt – Tiltaksporteføljen');
    await vi.waitFor(() => expect(win.loaded.at(-1)).toBe('app://tiltak/tiltak'));
  });

  it('a page that takes no Arkiv requests is replaced without a native question: main opened the file', async () => {
    const { e, app, dir } = setup();
    await started();
    const other = portfolioFile(dir, 'Annen fil.tilt');
    const win = FakeBrowserWindow.instances[0]!;
    const loads = win.loaded.length;
    win.refusesUnload = true;
    e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe', 'Annen fil.tilt'], dir);
    await vi.waitFor(() => expect(app!.documents.current()?.path).toBe(other));
    await vi.waitFor(() => expect(win.loaded.length).toBe(loads + 1));
    expect(e.asked.map((a) => a.message)).not.toContain(LEAVE_QUESTION);
  });

  it('a second launch without a file only focuses the window', async () => {
    const { e, app } = setup();
    await started();
    const before = app!.documents.current()?.path;
    e.app.emit('second-instance', {}, ['Tiltaksporteføljen.exe'], '/');
    expect(FakeBrowserWindow.instances[0]!.focused).toBe(1);
    expect(app!.documents.current()?.path).toBe(before);
  });
});

describe('files at launch', () => {
  it('opens the .tilt file named on the command line', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Fra kommandolinjen.tilt');
    const { app } = setup({ argv: ['Tiltaksporteføljen.exe', path] });
    await started();
    expect(app!.documents.current()?.path).toBe(path);
    expect(FakeBrowserWindow.instances[0]!.title).toBe('Fra kommandolinjen.tilt – Tiltaksporteføljen');
  });

  it('a file that is not a portfolio is left untouched and the user is told why and offered a way on', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = join(tmp.dir, 'notat.tilt');
    const { writeFileSync, readFileSync } = await import('node:fs');
    writeFileSync(path, 'ikke en database');
    const { e, app } = setup({ argv: ['x', path], answers: [2] }); // «Avslutt»
    await vi.waitFor(() => expect(e.app.quitCalls).toBe(1));
    expect(e.asked[0]!.message).toMatch(/ikke en tiltaksportefølje/);
    expect(e.asked[0]!.buttons).toEqual(['Åpne en annen fil…', 'Ny portefølje…', 'Avslutt']);
    expect(readFileSync(path, 'utf8')).toBe('ikke en database');
    expect(app!.documents.current()).toBeNull();
  });

  it('fileFromArgv picks the .tilt argument and resolves it against the working folder', () => {
    expect(fileFromArgv(['app.exe', '--flag', 'a.TILT'], '/home/u')).toBe('/home/u/a.TILT');
    expect(fileFromArgv(['app.exe', '.', '--x=y'], '/home/u')).toBeNull();
    expect(fileFromArgv(['app.exe', '/abs/b.tilt'], '/home/u')).toBe('/abs/b.tilt');
  });
});

describe('the window title', () => {
  it('says (skrivebeskyttet) when the file is open read-only', async () => {
    const { windowTitle } = await import('../../../electron/main/current-document.ts');
    const doc = (readOnly: boolean) => ({ path: '/d/Portefølje.tilt', opened: { readOnly } }) as never;
    expect(windowTitle(doc(false))).toBe('Portefølje.tilt – Tiltaksporteføljen');
    expect(windowTitle(doc(true))).toBe('Portefølje.tilt (skrivebeskyttet) – Tiltaksporteføljen');
    expect(windowTitle(null)).toBe('Tiltaksporteføljen');
  });
});

describe('a file someone else is writing to', () => {
  it('opens read-only, says who holds it, and offers to take over — refused while the holder is alive', async () => {
    const { openPortfolio } = await import('../../../electron/core/files/index.ts');
    const tmp = tempDir('tiltak-lease-');
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Delt.tilt');
    const holder = await openPortfolio(path, {
      resourcesDir: sourceResourcesDir(),
      user: 'Kari',
      host: 'PC-123',
      pid: 4242,
    });
    try {
      const { e, app } = setup({ argv: ['electron', path], answers: [1] });
      await started();
      await vi.waitFor(() => expect(e.asked.length).toBeGreaterThanOrEqual(2));
      expect(app!.documents.current()?.opened.readOnly).toBe(true);
      expect(FakeBrowserWindow.instances[0]!.title).toBe('Delt.tilt (skrivebeskyttet) – Tiltaksporteføljen');
      expect(e.asked[0]).toMatchObject({
        message: expect.stringContaining('Kari'),
        buttons: ['OK', 'Ta over skrivetilgangen'],
      });
      expect(e.asked[1]!.message).toMatch(/^Den andre brukeren har fortsatt filen åpen/);
      expect(app!.documents.current()?.opened.readOnly).toBe(true);
    } finally {
      holder.close();
    }
  });
});
