// The Arkiv actions against real portfolio files, with dialogs answered by the test.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentHolder } from '../../../electron/main/current-document.ts';
import { sourceResourcesDir } from '../../../electron/core/paths.ts';
import { createPortfolioFiles, type PortfolioFiles } from '../../../electron/main/document.ts';
import {
  createFileActions,
  fileHandlersFor,
  runFromMenu,
  type AskOptions,
  type Dialogs,
} from '../../../electron/main/file-actions.ts';
import { createRecentList } from '../../../electron/main/recent.ts';
import { NOT_IN_PREVIEW } from '../../../electron/core/handlers/file.handlers.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { RESOURCES, memoryPortfolio, portfolioFile, tempDir } from '../../support/portfolio.ts';

const portfolioFiles = createPortfolioFiles(sourceResourcesDir());

const dirs: { cleanup(): void }[] = [];
const holders: { close(): void }[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.close();
  for (const d of dirs.splice(0)) d.cleanup();
});

function setup(opts: { files?: PortfolioFiles; answers?: (string | number | null)[] } = {}) {
  const tmp = tempDir('tiltak-actions-');
  dirs.push(tmp);
  const answers = [...(opts.answers ?? [])];
  const asked: AskOptions[] = [];
  const dialogs: Dialogs = {
    chooseFileToOpen: async () => (answers.shift() as string | null) ?? null,
    chooseNewFile: async () => (answers.shift() as string | null) ?? null,
    ask: async (o) => {
      asked.push(o);
      return (answers.shift() as number | undefined) ?? 0;
    },
  };
  const files = opts.files ?? portfolioFiles;
  const documents = createDocumentHolder(files, RESOURCES);
  holders.push(documents);
  const recent = createRecentList(join(tmp.dir, 'nylige.json'));
  const switched: string[] = [];
  const shown: string[] = [];
  const actions = createFileActions({
    dialogs,
    documents,
    files,
    recent,
    showItemInFolder: (p) => shown.push(p),
    defaultDir: () => tmp.dir,
    afterSwitch: (d) => switched.push(d.path),
  });
  return { dir: tmp.dir, actions, documents, recent, asked, switched, shown };
}

describe('Ny portefølje and Åpne', () => {
  it('creates a new file from the seed, opens it and remembers it', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const target = join(tmp.dir, 'Ny.tilt');
    const s = setup({ answers: [target] });
    const r = await s.actions.newPortfolio();
    expect(r).toEqual({ done: true, message: 'Ny portefølje laget: «Ny.tilt».' });
    expect(existsSync(target)).toBe(true);
    expect(s.documents.current()?.path).toBe(target);
    expect(s.actions.recent().map((f) => f.fileName)).toEqual(['Ny.tilt']);
    expect(s.switched).toEqual([target]);
  });

  it('cancelling a dialog changes nothing', async () => {
    const s = setup({ answers: [null] });
    expect(await s.actions.open()).toEqual({ done: false });
    expect(s.documents.current()).toBeNull();
    expect(s.switched).toEqual([]);
  });

  it('opens a chosen file, lists it under recent files, and switches the window to it', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Valgt.tilt');
    const s = setup({ answers: [path] });
    expect(await s.actions.open()).toEqual({ done: true });
    expect(s.documents.current()?.path).toBe(path);
    expect(s.actions.recent()).toEqual([{ path, fileName: 'Valgt.tilt' }]);
    expect(s.switched).toEqual([path]);
  });

  it('a file that fails to open keeps the current one open', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const good = portfolioFile(tmp.dir, 'God.tilt');
    const s = setup({ answers: [good, join(tmp.dir, 'finnes-ikke.tilt')] });
    await s.actions.open();
    await expect(s.actions.open()).rejects.toThrow(/Finner ikke filen/);
    expect(s.documents.current()?.path).toBe(good);
    expect(s.documents.context().db.open).toBe(true);
  });
});

describe('Åpne nylige', () => {
  it('opens only a path from the list; a vanished file is removed with a clear message', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Nylig.tilt');
    const s = setup();
    await expect(s.actions.openRecent(path)).rejects.toThrow('Filen står ikke i listen over nylig brukte filer.');
    s.recent.add(path);
    s.recent.add(join(tmp.dir, 'borte.tilt'));
    await expect(s.actions.openRecent(join(tmp.dir, 'borte.tilt'))).rejects.toThrow(/Finner ikke «borte.tilt» lenger/);
    expect(s.actions.recent().map((r) => r.fileName)).toEqual(['Nylig.tilt']);
    expect(await s.actions.openRecent(path)).toEqual({ done: true });
  });
});

describe('a file handed over by the operating system (file:openFromSystem)', () => {
  it('opens only a file handed over, once', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Dobbeltklikket.tilt');
    const other = portfolioFile(tmp.dir, 'Annen.tilt');
    const s = setup();
    await expect(s.actions.openFromSystem(path)).rejects.toThrow(/ikke en fil operativsystemet har bedt/);
    s.actions.handOver(path);
    await expect(s.actions.openFromSystem(other)).rejects.toThrow(/ikke en fil operativsystemet har bedt/);
    expect(await s.actions.openFromSystem(path)).toEqual({ done: true });
    expect(s.documents.current()?.path).toBe(path);
    expect(s.switched).toEqual([path]);
    await expect(s.actions.openFromSystem(path)).rejects.toThrow(/ikke en fil operativsystemet har bedt/);
  });

  it('the browser preview refuses it as it refuses every file action', async () => {
    const r = await dispatch('file:openFromSystem', { path: '/d/a.tilt' }, () => memoryPortfolio());
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable', message: NOT_IN_PREVIEW } });
  });
});

describe('Lagre en kopi', () => {
  it('writes a consistent copy with the online backup API and keeps working in the original', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Original.tilt');
    const copy = join(tmp.dir, 'Original (kopi).tilt');
    const s = setup({ answers: [path, copy] });
    await s.actions.open();
    const r = await s.actions.saveCopy();
    expect(r.done).toBe(true);
    expect(r.message).toContain('Original (kopi).tilt');
    const db = new BetterSqlite3(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n).toBe(44);
    db.close();
    expect(s.documents.current()?.path).toBe(path);
  });

  it('refuses to copy the file over itself', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Selv.tilt');
    const s = setup({ answers: [path, path] });
    await s.actions.open();
    await expect(s.actions.saveCopy()).rejects.toThrow('Kopien må ha et annet navn enn filen som er åpen.');
  });
});

describe('Gjenopprett fra sikkerhetskopi', () => {
  const withBackups = (restored: string[]): PortfolioFiles => ({
    ...portfolioFiles,
    listBackups: () => [
      { file: 'eldre.tilt', createdAt: '2026-11-20T08:00:00.000Z' },
      { file: 'nyeste.tilt', createdAt: '2026-11-22T08:00:00.000Z' },
    ],
    restoreBackup: (_path, file) => void restored.push(file),
  });

  it('asks which backup, then asks for confirmation; cancelling restores nothing', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Fil.tilt');
    const restored: string[] = [];
    const s = setup({ files: withBackups(restored), answers: [path, 0, 1] }); // newest, then «Avbryt»
    await s.actions.open();
    expect(await s.actions.restoreBackup()).toEqual({ done: false });
    expect(restored).toEqual([]);
    expect(s.asked[0]!.buttons).toHaveLength(3);
    expect(s.asked[1]!.buttons).toEqual(['Gjenopprett', 'Avbryt']);
    expect(s.asked[1]!.defaultId).toBe(1); // the safe choice is the default
  });

  it('restores the chosen backup after confirmation and reopens the file', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir, 'Fil.tilt');
    const restored: string[] = [];
    const s = setup({ files: withBackups(restored), answers: [path, 1, 0] }); // the older one, confirmed
    await s.actions.open();
    const r = await s.actions.restoreBackup();
    expect(restored).toEqual(['eldre.tilt']);
    expect(r.done).toBe(true);
    expect(r.message).toMatch(/gjenopprettet fra sikkerhetskopien fra 20\.11\.2026/);
    expect(s.documents.current()?.path).toBe(path);
    expect(s.switched).toEqual([path, path]);
  });

  it('with no backups yet, says so', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const s = setup({ answers: [portfolioFile(tmp.dir)] });
    await s.actions.open();
    expect(await s.actions.restoreBackup()).toEqual({
      done: false,
      message: 'Det finnes ingen sikkerhetskopier av denne filen ennå.',
    });
  });
});

describe('Vis filen i mappen', () => {
  it('shows the open file, and refuses politely when none is open', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const path = portfolioFile(tmp.dir);
    const s = setup({ answers: [path] });
    await expect(s.actions.showInFolder()).rejects.toThrow('Ingen portefølje er åpen.');
    await s.actions.open();
    await s.actions.showInFolder();
    expect(s.shown).toEqual([path]);
  });
});

describe('menu runs and the API', () => {
  it('a menu run shows the message, or the error, in a dialog', async () => {
    const asked: AskOptions[] = [];
    const dialogs = { ask: async (o: AskOptions) => (asked.push(o), 0) } as unknown as Dialogs;
    await runFromMenu(dialogs, async () => ({ done: true, message: 'Kopien er lagret.' }));
    await runFromMenu(
      dialogs,
      async () => {
        throw new Error('disk on fire');
      },
      () => {},
    );
    expect(asked.map((a) => [a.type, a.message])).toEqual([
      ['info', 'Kopien er lagret.'],
      ['error', 'Noe gikk galt. Filen er ikke endret. Prøv igjen, eller kontakt brukerstøtte.'],
    ]);
  });

  it(
    'the shell answers file:* through dispatch; ' + 'the preview answers "Ikke tilgjengelig i nettleservisningen"',
    async () => {
      const s = setup();
      const p = memoryPortfolio();
      expect(
        await dispatch(
          'file:recent',
          undefined,
          () => p,
          () => {},
          fileHandlersFor(s.actions),
        ),
      ).toEqual({ ok: true, value: [] });
      for (const name of [
        'file:new',
        'file:open',
        'file:saveCopy',
        'file:restoreBackup',
        'file:showInFolder',
        'file:recent',
      ]) {
        expect(await dispatch(name, undefined, () => p)).toEqual({
          ok: false,
          error: { code: 'unavailable', message: NOT_IN_PREVIEW },
        });
      }
      expect(NOT_IN_PREVIEW).toMatch(/^Ikke tilgjengelig i nettleservisningen/);
    },
  );
});
