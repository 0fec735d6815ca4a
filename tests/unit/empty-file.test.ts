// Issue 11 §2: a zero-byte or header-only file (what a sync client or a crash leaves) is damage, never a new
// portfolio. Opening it writes nothing and offers the newest good backup; check reports it; export refuses it;
// only init (or «Ny portefølje…») makes a portfolio, and init refuses an existing non-empty path.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors.ts';
import { listBackups, openPortfolio, restoreBackup } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { cli } from '../support/cli.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';

const tmp = tempDir('tiltak-empty-');
afterAll(() => tmp.cleanup());
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A portfolio with one day's backup beside it, then emptied (0 bytes) or cut to its first `keep` bytes. */
async function damagedWithBackup(name: string, keep: number): Promise<string> {
  const path = portfolioFile(tmp.dir, name, { size: 8 });
  const o = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
  const r = await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => o.ctx);
  expect(r.ok).toBe(true);
  o.close();
  const head = readFileSync(path).subarray(0, keep);
  writeFileSync(path, head);
  return path;
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('an empty or header-only .tilt file', () => {
  it.each([
    ['empty (0 bytes)', 0, /er tom \(0 byte\)/],
    ['the SQLite header only', 100, /skadet|ikke en fullstendig portefølje/],
    ['the first page only', 4096, /skadet|ikke en fullstendig portefølje/],
  ])('%s is refused on open, never written, and its newest good backup is offered', async (_, keep, message) => {
    const path = await damagedWithBackup(`tom-${keep}.tilt`, keep);
    const before = hash(path);
    const err = await refusal(openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} }));
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Den er ikke endret\. Gjenopprett den nyeste gode sikkerhetskopien\./);
    const details = err.details as { damaged: boolean; backups: { path: string; reason: string }[] };
    expect(details.damaged).toBe(true);
    expect(details.backups.map((b) => b.reason)).toEqual(['daglig']);
    expect(hash(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(existsSync(`${path}-journal`)).toBe(false);

    // The CLI says the same, and neither check nor export writes to it.
    const check = await cli('check', '--db', path);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(message);
    expect(check.err).toMatch(/npm run cli -- restore --db .* --list/);
    const out = join(tmp.dir, `ut-${keep}.csv`);
    const exp = await cli('export', '--db', path, '--format', 'csv', '--out', out);
    expect(exp.code).toBe(1);
    expect(exp.err.split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(hash(path)).toBe(before);

    // Restoring keeps the damaged bytes aside; the raw copy is never offered as a backup to restore.
    await restoreBackup(path, details.backups[0].path, { resourcesDir: RESOURCES });
    expect((await cli('check', '--db', path)).out).toBe('ok');
    expect(listBackups(path).map((b) => b.reason)).toContain('skadet');
    const offered = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    offered.close();
  });

  it('without backups is still refused and left as it was, saying there is no backup', async () => {
    const path = join(tmp.dir, 'ingen-kopi.tilt');
    writeFileSync(path, '');
    const err = await refusal(openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} }));
    expect(err.message).toMatch(/er tom \(0 byte\).*Det finnes ingen sikkerhetskopi av den/);
    expect(readFileSync(path).length).toBe(0);
  });

  it('is replaced only by init, which refuses any existing file that is not empty', async () => {
    const empty = join(tmp.dir, 'ny.tilt');
    writeFileSync(empty, '');
    expect(await cli('init', '--db', empty)).toMatchObject({ code: 0, out: `Laget portefølje: ${empty}` });
    expect((await cli('check', '--db', empty)).out).toBe('ok');

    const notes = join(tmp.dir, 'notater.tilt');
    writeFileSync(notes, 'viktige notater');
    const r = await cli('init', '--db', notes);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/finnes allerede/);
    expect(readFileSync(notes, 'utf8')).toBe('viktige notater');

    const portfolio = portfolioFile(tmp.dir, 'har-data.tilt');
    const before = hash(portfolio);
    expect((await cli('init', '--db', portfolio, '--example')).code).toBe(1);
    expect(hash(portfolio)).toBe(before);
  });

  it('a truncated file (a good file cut short) is damage too', async () => {
    const path = await damagedWithBackup('kuttet.tilt', 1_000_000);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = hash(path);
    const err = await refusal(openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} }));
    expect(err.details).toMatchObject({ damaged: true });
    expect(hash(path)).toBe(before);
  });
});
