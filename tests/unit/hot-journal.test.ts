// Issue 11 §4: a hot journal left by a writer that crashed mid-transaction is handled by every opener: rolled
// back where the opener may write (check and export then simply work), and otherwise reported in one sentence that
// says what to do, with the file and its journal left exactly as they were.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors.ts';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { cli } from '../support/cli.ts';
import { crashedCopy, portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';

const tmp = tempDir('tiltak-hotjournal-');
afterAll(() => tmp.cleanup());
const undo: (() => void)[] = [];
afterEach(() => {
  while (undo.length) undo.pop()!();
});
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function crashed(name: string): { dir: string; path: string; original: string } {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  const original = portfolioFile(dir, 'original.tilt', { size: 30 });
  const path = crashedCopy(original, join(dir, 'krasj.tilt'));
  // The crash left pages of the unfinished transaction in the file itself: it differs from the original.
  expect(hash(path)).not.toBe(hash(original));
  return { dir, path, original };
}

describe('a file left with a hot journal by a crashed writer', () => {
  it('is rolled back by check and export when they may write, which then work', async () => {
    const { dir, path, original } = crashed('skrivbar');
    const c = await cli('check', '--db', path);
    expect(c).toMatchObject({ code: 0, out: 'ok', err: '' });
    expect(existsSync(`${path}-journal`)).toBe(false);
    const out = join(dir, 'status.json');
    expect((await cli('export', '--db', path, '--format', 'json', '--out', out)).code).toBe(0);
    // The rollback restored exactly the committed state.
    const a = await openPortfolio(path, { resourcesDir: RESOURCES, readOnly: true, log: () => {} });
    const b = await openPortfolio(original, { resourcesDir: RESOURCES, readOnly: true, log: () => {} });
    expect(snapshot(a.ctx.db)).toBe(snapshot(b.ctx.db));
    a.close();
    b.close();
  });

  it('opened read-only by the app is rolled back too, when the folder is writable', async () => {
    const { path } = crashed('leser');
    const o = await openPortfolio(path, { resourcesDir: RESOURCES, readOnly: true, log: () => {} });
    expect(o.readOnly).toBe(true);
    expect(existsSync(`${path}-journal`)).toBe(false);
    o.close();
  });

  it('in a folder the user may not write is reported in one sentence, and nothing is touched', async () => {
    const { dir, path } = crashed('lesetilgang');
    const before = [hash(path), hash(`${path}-journal`)];
    undo.push(makeReadOnly(dir));
    for (const args of [
      ['check', '--db', path],
      ['export', '--db', path, '--format', 'csv', '--out', join(tmp.dir, 'ut.csv')],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/ble avbrutt midt i en lagring.*åpne filen én gang med skrivetilgang/);
      expect(r.err).not.toMatch(/readonly|attempt to write|Uventet/i);
    }
    let err: unknown;
    try {
      await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('read-only');
    expect([hash(path), hash(`${path}-journal`)]).toEqual(before);
  });
});
