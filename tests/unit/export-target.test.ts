// Issue 11 §1: an export can never destroy the portfolio. Every export path (the CLI, the app's downloads) refuses
// the open portfolio by any spelling of its path, its lock, its backups and any other portfolio file, with one
// sentence and nothing written; and it writes through a temporary file and a rename, so a failed export never
// leaves half a file or damages an existing one.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { handleDownload } from '../../electron/main/downloads.ts';
import { cli } from '../support/cli.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { smallDisk } from '../support/small-disk.ts';

const tmp = tempDir('tiltak-export-target-');
afterAll(() => tmp.cleanup());
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.tiltak-'));

describe('npm run cli -- export never writes over the portfolio', () => {
  const dir = join(tmp.dir, 'mappe');
  mkdirSync(dir);
  const db = portfolioFile(dir, 'v.tilt', { size: 10 });
  const other = portfolioFile(dir, 'annen.tilt');
  mkdirSync(join(dir, 'under'));
  symlinkSync(db, join(dir, 'lenke.xlsx'));
  linkSync(db, join(dir, 'hardlenke.xlsx'));
  writeFileSync(join(dir, 'v.tilt.lock'), '');

  it.each([
    ['the file itself', () => db, /er porteføljen som er åpen/],
    ['the file through ..', () => join(dir, 'under', '..', 'v.tilt'), /er porteføljen som er åpen/],
    ['a symbolic link to it', () => join(dir, 'lenke.xlsx'), /er porteføljen som er åpen/],
    ['a hard link to it', () => join(dir, 'hardlenke.xlsx'), /er porteføljen som er åpen/],
    ['its lock file', () => `${db}.lock`, /hører til porteføljen/],
    ['its journal', () => `${db}-journal`, /hører til porteføljen/],
    ['its backup folder', () => join(dir, 'v.tilt.sikkerhetskopier', 'x.csv'), /mappen med sikkerhetskopier/],
    ['another portfolio', () => other, /er en porteføljefil/],
    ['a new .tilt name', () => join(dir, 'rapport.tilt'), /endelsen til en porteføljefil/],
    ['a folder', () => join(dir, 'under'), /er en mappe/],
  ])('refuses %s with one sentence, exit 1, nothing written', async (_, target, message) => {
    mkdirSync(join(dir, 'v.tilt.sikkerhetskopier'), { recursive: true });
    const before = [hash(db), hash(other)];
    const names = readdirSync(dir).sort();
    for (const format of ['xlsx', 'csv']) {
      const r = await cli('export', '--db', db, '--format', format, '--out', target());
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/ingenting er skrevet/i);
    }
    expect([hash(db), hash(other)]).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(names);
    expect((await cli('check', '--db', db)).out).toBe('ok');
  });

  it('writes a new file beside the portfolio through a temporary file, leaving none behind', async () => {
    const out = join(dir, 'status.csv');
    expect((await cli('export', '--db', db, '--format', 'csv', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeffPlan;Nr\./);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('a failed export leaves an existing file as it was', () => {
  it('on a full disk: one sentence, the old file whole, no temporary file', async () => {
    const disk = smallDisk(256);
    try {
      const db = portfolioFile(tmp.dir, 'full.tilt', { size: 40 });
      const target = join(disk.dir, 'status.xlsx');
      writeFileSync(target, 'forrige versjon');
      disk.fill();
      const r = await cli('export', '--db', db, '--format', 'xlsx', '--out', target);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^Disken er full, så «status\.xlsx» ble ikke skrevet\./);
      expect(readFileSync(target, 'utf8')).toBe('forrige versjon');
      expect(leftovers(disk.dir)).toEqual([]);
    } finally {
      disk.cleanup();
    }
  });
});

describe('the desktop app saves an export download only through the same check', () => {
  function fakeItem(name: string) {
    const item = {
      savePath: null as string | null,
      cancelled: false,
      done: null as ((e: unknown, state: string) => void) | null,
      getFilename: () => name,
      setSavePath: (p: string) => void (item.savePath = p),
      cancel: () => void (item.cancelled = true),
      once: (_: string, fn: (e: unknown, state: string) => void) => {
        item.done = fn;
        return item;
      },
    };
    return item;
  }

  async function setup() {
    const dir = join(tmp.dir, `app-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    const opened = await openPortfolio(portfolioFile(dir, 'p.tilt'), { resourcesDir: RESOURCES, log: () => {} });
    const errors: string[] = [];
    const deps = (answer: string) => ({
      showSaveDialogSync: () => answer,
      showError: (_w: unknown, o: { message: string }) => void errors.push(o.message),
      window: () => null,
      downloadsDir: () => dir,
      portfolio: () => ({ path: opened.ctx.path, backupDirs: opened.ctx.backupDirs!() }),
    });
    return { dir, opened, errors, deps };
  }

  it('refuses the open portfolio chosen in the save dialog: cancelled, said, file unchanged', async () => {
    const { opened, errors, deps } = await setup();
    try {
      const before = hash(opened.ctx.path);
      const item = fakeItem('statustabell.xlsx');
      handleDownload(item as never, deps(opened.ctx.path));
      expect(item.cancelled).toBe(true);
      expect(item.savePath).toBeNull();
      expect(errors).toEqual([expect.stringMatching(/er porteføljen som er åpen.*ingenting er skrevet/)]);
      expect(hash(opened.ctx.path)).toBe(before);
    } finally {
      opened.close();
    }
  });

  it('downloads into a temporary file beside the target and renames it when complete', async () => {
    const { dir, opened, errors, deps } = await setup();
    try {
      const target = join(dir, 'rapport.docx');
      writeFileSync(target, 'gammel');
      const item = fakeItem('statustabell.docx');
      handleDownload(item as never, deps(target));
      expect(dirname(item.savePath!)).toBe(dir);
      expect(basename(item.savePath!)).toMatch(/^\.tiltak-.*\.part$/);
      // Electron writes the bytes to the save path; the target is untouched until the download completes.
      writeFileSync(item.savePath!, 'ny rapport');
      expect(readFileSync(target, 'utf8')).toBe('gammel');
      item.done!({}, 'completed');
      expect(readFileSync(target, 'utf8')).toBe('ny rapport');
      expect(existsSync(item.savePath!)).toBe(false);

      const broken = fakeItem('statustabell.docx');
      handleDownload(broken as never, deps(target));
      writeFileSync(broken.savePath!, 'halv');
      broken.done!({}, 'interrupted');
      expect(readFileSync(target, 'utf8')).toBe('ny rapport');
      expect(leftovers(dir)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      opened.close();
    }
  });
});
