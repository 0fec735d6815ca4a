// The document lifecycle: open checks, the writer lease, backups, restore and «Lagre en kopi…».
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors.ts';
import { backupNow, pruneBackups } from '../../electron/core/files/backup.ts';
import {
  listBackups,
  openPortfolio,
  readLease,
  restoreBackup,
  saveCopy,
  watchExternalChanges,
  type OpenedPortfolio,
} from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { FIXED_NOW, portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function open(path: string, extra: Partial<Parameters<typeof openPortfolio>[1]> = {}): Promise<OpenedPortfolio> {
  const o = await openPortfolio(path, { resourcesDir: RESOURCES, now: () => FIXED_NOW, log: () => {}, ...extra });
  cleanups.push(() => o.close());
  return o;
}

const edit = (measureId = 1, comment = 'ok') => ({
  measureId,
  status: 'pagar',
  assessment: 'gronn',
  comment,
  effectiveDate: '2026-11-01',
});
const save = (o: OpenedPortfolio, input: unknown = edit()) =>
  dispatch(
    'status:record',
    input,
    () => o.ctx,
    () => {},
  );
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const count = (p: string) => {
  const db = new BetterSqlite3(p, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM status_updates').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('opening a file', () => {
  it('refuses a file that is not a portfolio, or is newer, and leaves it untouched', async () => {
    const d = dir();
    const text = join(d, 'notat.tilt');
    writeFileSync(text, 'Dette er et notat, ikke en portefølje.');
    const before = hash(text);
    expect((await refusal(open(text))).message).toMatch(/ikke en tiltaksportefølje/);
    expect(hash(text)).toBe(before);
    expect(existsSync(`${text}.lock`)).toBe(false);

    const newer = portfolioFile(d, 'nyere.tilt');
    const db = new BetterSqlite3(newer);
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
    db.close();
    const h = hash(newer);
    expect((await refusal(open(newer))).message).toMatch(/nyere versjon/);
    expect(hash(newer)).toBe(h);
  });

  it('refuses a damaged file without writing to it and offers the newest good backup', async () => {
    const d = dir();
    const path = portfolioFile(d, 'skadet.tilt', { size: 30 });
    const o = await open(path);
    await save(o);
    o.close();
    expect(listBackups(path)).toHaveLength(1);
    // Wreck a b-tree page in the middle of the file.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(3000, 0xa5), 0, 3000, 4096 * 3 + 10);
    closeSync(fd);
    const before = hash(path);
    const err = await refusal(open(path));
    expect(err.message).toMatch(/skadet/);
    const details = err.details as { damaged: boolean; backups: { path: string; reason: string }[] };
    expect(details.damaged).toBe(true);
    expect(details.backups[0].reason).toBe('daglig');
    expect(hash(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);

    const restored = await restoreBackup(path, details.backups[0].path, { resourcesDir: RESOURCES });
    expect(restored.previous).toMatch(/skadet\.bak$/);
    const again = await open(path);
    expect(again.readOnly).toBe(false);
  });

  it('treats a damaged schema as a damaged file, not as a crash', async () => {
    const path = portfolioFile(dir());
    const db = new BetterSqlite3(path);
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(
      "UPDATE sqlite_schema SET sql = 'CREATE TABLE status_updates (id INTEGER PRIMARY KEY, comm\u00a4t' " +
        "WHERE name = 'status_updates'",
    ).run();
    db.close();
    const before = hash(path);
    const err = await refusal(open(path));
    expect(err.details).toMatchObject({ damaged: true });
    expect(hash(path)).toBe(before);
  });

  it('converts a file found in WAL mode to the rollback journal', async () => {
    const path = portfolioFile(dir());
    const db = new BetterSqlite3(path);
    db.pragma('journal_mode = WAL');
    db.close();
    const o = await open(path);
    expect(o.ctx.db.pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('refuses, with a clear sentence, a WAL file it cannot convert because another program has it open', async () => {
    const path = portfolioFile(dir());
    const other = new BetterSqlite3(path);
    other.pragma('journal_mode = WAL');
    other.prepare('SELECT count(*) FROM measures').get();
    cleanups.push(() => other.close());
    const err = await refusal(open(path, { busyTimeoutMs: 50 }));
    expect(err.message).toMatch(/WAL-journal|i bruk/);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('the writer lease', () => {
  it('is taken without modifying the file: opening and closing leaves its bytes as they were', async () => {
    const path = portfolioFile(dir());
    const before = hash(path);
    const o = await open(path);
    expect(o.readOnly).toBe(false);
    await dispatch('measures:list', {}, () => o.ctx);
    o.close();
    expect(hash(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('gives a second instance the file read-only, saying who holds it, and releases on close', async () => {
    const path = portfolioFile(dir());
    const kari = await open(path, { user: 'Kari', host: 'PC-123' });
    expect(kari.readOnly).toBe(false);
    expect(readLease(path)?.user).toBe('Kari');
    const ola = await open(path, { user: 'Ola', host: 'PC-9' });
    expect(ola.readOnly).toBe(true);
    expect(ola.lease).toMatchObject({ user: 'Kari', host: 'PC-123' });
    const r = await save(ola);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Filen er i bruk av Kari på PC-123 .*ikke lagret/);
    expect(await ola.takeOver()).toBe(false);
    kari.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(await ola.takeOver()).toBe(true);
    expect((await save(ola)).ok).toBe(true);
  });

  it('lets another instance take over only after the heartbeat expired, and fences the old holder out', async () => {
    const path = portfolioFile(dir());
    const kari = await open(path, { user: 'Kari', host: 'PC-123', leaseTtlMs: 60_000 });
    const later = new Date(FIXED_NOW.getTime() + 61_000);
    const ola = await open(path, { user: 'Ola', host: 'PC-9', leaseTtlMs: 60_000, now: () => later });
    // Kari's heartbeat (stamped at FIXED_NOW) is older than the TTL from Ola's clock: Ola takes over at once.
    expect(ola.readOnly).toBe(false);
    expect(ola.warnings.join(' ')).toMatch(/Kari på PC-123.*overtatt/);
    const before = count(path);
    const r = await save(kari);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('read-only');
      expect(r.error.message).toMatch(/overtatt av Ola på PC-9/);
    }
    expect(kari.readOnly).toBe(true);
    expect(count(path)).toBe(before);
    expect((await save(ola)).ok).toBe(true);
  });
});

describe('backups', () => {
  it('are made before the first change of each day, not before reads, and each is a sound copy', async () => {
    const path = portfolioFile(dir());
    let now = FIXED_NOW;
    const o = await open(path, { now: () => now });
    await dispatch('measures:list', {}, () => o.ctx);
    expect(listBackups(path)).toHaveLength(0);
    const before = count(path);
    await save(o);
    await save(o, edit(2));
    expect(listBackups(path)).toHaveLength(1);
    const first = listBackups(path)[0];
    expect(count(first.path)).toBe(before); // the state before the day's first change
    now = new Date(FIXED_NOW.getTime() + 24 * 3600_000);
    await save(o, edit(3));
    const all = listBackups(path);
    expect(all).toHaveLength(2);
    for (const b of all) {
      const db = new BetterSqlite3(b.path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('are made before a migration and on request before an import', async () => {
    const d = dir();
    const path = portfolioFile(d);
    const resources = join(d, 'resources');
    mkdirSync(join(resources, 'migrations'), { recursive: true });
    cpSync(join(RESOURCES, 'migrations'), join(resources, 'migrations'), { recursive: true });
    const next = String(listMigrations(resources) + 1).padStart(4, '0');
    writeFileSync(
      join(resources, 'migrations', `${next}_test.sql`),
      'CREATE TABLE test_extra (id INTEGER PRIMARY KEY) STRICT;',
    );
    const o = await open(path, { resourcesDir: resources });
    const migration = listBackups(path).find((b) => b.reason === 'migrering');
    expect(migration).toBeDefined();
    const db = new BetterSqlite3(migration!.path, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'test_extra'").get()).toEqual({ n: 0 });
    db.close();
    await o.ctx.backup!('import');
    expect(listBackups(path).some((b) => b.reason === 'import')).toBe(true);
  });

  it('keep the newest of each of the last 14 days plus the last 10', async () => {
    const path = portfolioFile(dir());
    const db = new BetterSqlite3(path, { readonly: true });
    cleanups.push(() => db.close());
    const day = 24 * 3600_000;
    for (let i = 0; i < 30; i++)
      await backupNow(db, path, 'daglig', { now: () => new Date(FIXED_NOW.getTime() + i * day) });
    for (let i = 1; i <= 12; i++)
      await backupNow(db, path, 'manuell', { now: () => new Date(FIXED_NOW.getTime() + 29 * day + i * 60_000) });
    pruneBackups(path);
    const kept = listBackups(path);
    // The 10 newest are all from the last day; 13 earlier days add their newest each.
    expect(kept).toHaveLength(23);
    expect(kept.slice(0, 10).every((b) => b.reason === 'manuell')).toBe(true);
    const oldest = new Date(FIXED_NOW.getTime() + 16 * day).toISOString();
    expect(kept.at(-1)!.createdAt).toBe(oldest);
  });

  it(
    'restore is refused while the file is open, and otherwise first backs up the current file, ' +
      'then swaps in the chosen one',
    async () => {
      const path = portfolioFile(dir());
      let now = FIXED_NOW;
      const o = await open(path, { now: () => now });
      await save(o, edit(1, 'før'));
      now = new Date(FIXED_NOW.getTime() + 24 * 3600_000);
      await save(o, edit(2, 'etter'));
      const chosen = listBackups(path).at(-1)!; // yesterday's: before both edits
      const current = count(path);
      // Someone still has it open: refused.
      // The test clock jumped a day, so give the holder's heartbeat a TTL that covers it.
      const opts = { resourcesDir: RESOURCES, now: () => now, leaseTtlMs: 2 * 24 * 3600_000 };
      expect((await refusal(restoreBackup(path, chosen.path, opts))).code).toBe('busy');
      o.close();
      const { previous } = await restoreBackup(path, chosen.path, opts);
      expect(count(path)).toBe(count(chosen.path));
      expect(count(previous!)).toBe(current);
      expect(listBackups(path).find((b) => b.path === previous)?.reason).toBe('for-gjenoppretting');
    },
  );

  it('refuses to restore from a backup that is not a sound portfolio', async () => {
    const d = dir();
    const path = portfolioFile(d);
    const junk = join(d, 'søppel.bak');
    writeFileSync(junk, 'ikke en database');
    const before = hash(path);
    expect((await refusal(restoreBackup(path, junk, { resourcesDir: RESOURCES }))).message).toMatch(
      /skadet eller ikke en SQLite-fil/,
    );
    expect(hash(path)).toBe(before);
  });
});

describe('«Lagre en kopi…» and external changes', () => {
  it('saves a consistent copy, or fails with a sentence and leaves nothing behind', async () => {
    const d = dir();
    const o = await open(portfolioFile(d));
    await save(o);
    const target = join(d, 'kopi.tilt');
    await saveCopy(o.ctx, target);
    const copy = new BetterSqlite3(target, { readonly: true });
    expect(snapshot(copy)).toBe(snapshot(o.ctx.db));
    copy.close();
    const err = await refusal(saveCopy(o.ctx, join(d, 'finnes-ikke', 'kopi.tilt')));
    expect(err.message).toMatch(/Kan ikke lagre kopien/);
  });

  it('notices a commit by another connection through data_version', async () => {
    const path = portfolioFile(dir());
    const o = await open(path);
    let changes = 0;
    const stop = watchExternalChanges(o.ctx, () => changes++, 10);
    cleanups.push(stop);
    const c0 = await dispatch('portfolio:changes', {}, () => o.ctx);
    const other = new BetterSqlite3(path);
    other.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run();
    other.close();
    await new Promise((r) => setTimeout(r, 60));
    expect(changes).toBeGreaterThan(0);
    const c1 = await dispatch('portfolio:changes', {}, () => o.ctx);
    const counter = (r: typeof c0) => (r.ok ? (r.value as { counter: number }).counter : NaN);
    expect(counter(c1)).toBeGreaterThan(counter(c0));
  });
});

function listMigrations(resources: string): number {
  return readdirSync(join(resources, 'migrations')).filter((f) => /^\d{4}_.*\.sql$/.test(f)).length;
}
