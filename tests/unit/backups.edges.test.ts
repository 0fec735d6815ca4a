// Issue 11 §5: backups are never silently missing, and not only beside the file. When the day's backup cannot be
// made (a long file name, a nearly full disk, a folder that is not writable) the change is still saved and the
// page is told why; a second backup folder (a per-user setting) keeps copies elsewhere; restore works from the CLI.
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import {
  listBackups,
  memorySettingsStore,
  openPortfolio,
  type OpenedPortfolio,
} from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { cli } from '../support/cli.ts';
import { FIXED_NOW, portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';
import { smallDisk } from '../support/small-disk.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function dir(): string {
  const t = tempDir('tiltak-backups-');
  cleanups.push(t.cleanup);
  return t.dir;
}
async function open(path: string, extra: Partial<Parameters<typeof openPortfolio>[1]> = {}) {
  const o = await openPortfolio(path, { resourcesDir: RESOURCES, now: () => FIXED_NOW, log: () => {}, ...extra });
  cleanups.push(() => o.close());
  return o;
}
const save = (o: OpenedPortfolio, measureId = 1) =>
  dispatch(
    'status:record',
    { measureId, status: 'pagar', assessment: 'gronn', comment: `lagret ${measureId}` },
    () => o.ctx,
  );
const info = async (o: OpenedPortfolio) =>
  ((await dispatch('portfolio:info', {}, () => o.ctx)) as { ok: true; value: PortfolioInfo }).value;
const count = (p: string) => {
  const db = new BetterSqlite3(p, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM status_updates').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the day’s backup', () => {
  it('is made for a file whose name leaves no room for the backup suffix, within 255 bytes', async () => {
    const name = `${'Tiltaksportefølje for departementene '.repeat(6).slice(0, 230)}.tilt`;
    expect(Buffer.byteLength(name)).toBeGreaterThan(220);
    const path = portfolioFile(dir(), name);
    const o = await open(path);
    expect((await save(o)).ok).toBe(true);
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    for (const b of backups) expect(Buffer.byteLength(b.fileName)).toBeLessThanOrEqual(255);
    expect((await info(o)).backupWarning).toBeNull();
  });

  it('that cannot be made in a folder that is not writable: the change is saved and the page is told why', async () => {
    const d = dir();
    const path = portfolioFile(d, 'p.tilt');
    const backupDir = join(d, 'kopier');
    mkdirSync(backupDir);
    cleanups.push(makeReadOnly(backupDir));
    const o = await open(path, { backupDir });
    const before = count(path);
    expect((await save(o)).ok).toBe(true);
    expect(count(path)).toBe(before + 1);
    const warning = (await info(o)).backupWarning;
    expect(warning).toMatch(/^Sikkerhetskopien i «.*kopier» ble ikke laget fordi mappen er skrivebeskyttet\./);
    expect(warning).toMatch(/Endringen din er lagret likevel\.$/);
  });

  it('that cannot be made on a nearly full disk: the change is saved and the page says the disk is full', async () => {
    const disk = smallDisk(2048);
    cleanups.push(() => disk.cleanup());
    const path = portfolioFile(dir(), 'p.tilt', { size: 20 });
    const o = await open(path, { backupDir: disk.dir });
    disk.fill();
    expect((await save(o)).ok).toBe(true);
    expect((await info(o)).backupWarning).toMatch(/ble ikke laget fordi disken er \(nesten\) full\./);
    expect(readdirSync(disk.dir).filter((f) => !f.startsWith('.fyll'))).toEqual([]);
    // Once there is room again, the next change makes it and the warning goes.
    disk.free();
    expect((await save(o, 2)).ok).toBe(true);
    expect((await info(o)).backupWarning).toBeNull();
    expect(listBackups(path, { backupDir: disk.dir })).toHaveLength(1);
  });
});

describe('a second backup folder', () => {
  it('is a per-user setting; it gets a copy of each backup, and survives losing the file’s folder', async () => {
    const synced = join(dir(), 'OneDrive - JD');
    mkdirSync(synced);
    const second = dir();
    const settings = memorySettingsStore();
    const path = portfolioFile(synced, 'p.tilt', { size: 6 });
    const o = await open(path, { settings });
    expect(o.warnings.join(' ')).toMatch(/OneDrive.*Velg også en ekstra mappe for sikkerhetskopier/);

    const bad = await dispatch('backups:setSecondDir', { path: 'relativ/mappe' }, () => o.ctx);
    expect(bad).toMatchObject({ ok: false, error: { fields: { path: expect.stringMatching(/hele stien/) } } });
    const missing = await dispatch('backups:setSecondDir', { path: join(second, 'finnes-ikke') }, () => o.ctx);
    expect(missing).toMatchObject({
      ok: false,
      error: { fields: { path: expect.stringMatching(/Finner ingen mappe/) } },
    });
    const set = await dispatch('backups:setSecondDir', { path: second }, () => o.ctx);
    expect(set).toMatchObject({ ok: true, value: { secondDir: second } });
    expect(settings.read().secondBackupDir).toBe(second);
    const before = count(path);
    expect((await save(o)).ok).toBe(true);
    o.close();
    // The setting lives with the user, not in the portfolio.
    const db = new BetterSqlite3(path, { readonly: true });
    expect(JSON.stringify(db.prepare('SELECT * FROM meta').all())).not.toContain(second);
    db.close();

    // The synced folder is lost with the file and the backups beside it.
    const rescued = join(dir(), 'p.tilt');
    const copies = readdirSync(second, { recursive: true }) as string[];
    // Setting the folder made a first copy there at once (today's backup, taken before the change).
    const copy = copies.find((f) => f.endsWith('.manuell.bak'))!;
    expect(copy).toBeDefined();
    cpSync(join(second, copy), rescued);
    rmSync(synced, { recursive: true, force: true });
    expect(await cli('check', '--db', rescued)).toMatchObject({ code: 0, out: 'ok' });
    expect(count(rescued)).toBe(before);
  });
});

describe('npm run cli -- restore', () => {
  it('lists the backups and restores one with the same verification and safety copy as the app', async () => {
    const path = portfolioFile(dir(), 'p.tilt', { size: 6 });
    const o = await open(path);
    await save(o);
    const beforeSecond = count(path);
    o.close();
    const later = await open(path, { now: () => new Date(FIXED_NOW.getTime() + 86_400_000) });
    await save(later, 2);
    later.close();
    const afterBoth = count(path);

    const list = await cli('restore', '--db', path, '--list');
    expect(list.code).toBe(0);
    const names = list.out
      .split('\n')
      .slice(1)
      .map((l) => /(\S+\.bak)/.exec(l)![1]);
    expect(names).toHaveLength(2);
    const oldest = names[1];

    const r = await cli('restore', '--db', path, '--backup', oldest);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Gjenopprettet «.*p\.tilt» fra sikkerhetskopien fra .*tatt vare på som «.*for-gjenoppretting\.bak»/,
    );
    expect(count(path)).toBe(beforeSecond - 1);
    const safety = listBackups(path).find((b) => b.reason === 'for-gjenoppretting')!;
    expect(count(safety.path)).toBe(afterBoth);

    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    const damaged = listBackups(path).find((b) => b.reason === 'daglig')!;
    writeFileSync(damaged.path, 'ikke en database');
    const refused = await cli('restore', '--db', path, '--backup', damaged.fileName);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Sikkerhetskopien «.*» er skadet eller ikke en SQLite-fil\. Velg en annen\.$/);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(hash);

    for (const args of [[], ['--list', '--backup', oldest], ['--backup', 'finnes-ikke.bak']]) {
      const bad = await cli('restore', '--db', path, ...args);
      expect(bad.code).toBe(1);
      expect(bad.err.split('\n')).toHaveLength(1);
    }
  });
});
