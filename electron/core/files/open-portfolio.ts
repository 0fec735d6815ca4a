// The document lifecycle the shell (and the browser preview) calls: open with checks, the writer lease,
// backups before migrations and before the first change of each day, and a clean close.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { CoreContext } from '../context.ts';
import {
  assertNotNewer,
  isForeignDatabase,
  loadMigrations,
  migrate,
  pendingMigrations,
  schemaVersion,
  tableCount,
} from '../db/migrate.ts';
import { assertLooksLikePortfolio, notAPortfolio, openPortfolioDb } from '../db/open.ts';
import { setWriteGuard } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { isSound, quickCheck, schemaFingerprint } from '../repositories/file-health.repo.ts';
import { getMeta, setMeta } from '../repositories/meta.repo.ts';
import { osUserName } from '../os-user.ts';
import { backupNow, dailyBackupDue, listBackups, type BackupInfo, type BackupOptions } from './backup.ts';
import {
  DEFAULT_LEASE_TTL_MS,
  describeHolder,
  leaseExpired,
  readLease,
  takeOverLease,
  tryAcquireLease,
  type Lease,
  type LeaseHolderInfo,
  type LeaseOptions,
} from './lease.ts';
import { describeLocation, locationWarnings, type LocationInfo, type LocationProbe } from './location.ts';

export interface OpenPortfolioOptions extends BackupOptions {
  resourcesDir: string;
  now?: () => Date;
  user?: string;
  host?: string;
  pid?: number;
  leaseTtlMs?: number;
  /** How often the holder renews its heartbeat; default a third of the TTL. */
  heartbeatMs?: number;
  busyTimeoutMs?: number;
  /** Open for reading only, without asking for the lease. */
  readOnly?: boolean;
  /** Overrides for location detection (tests). */
  location?: LocationProbe;
  log?: (message: string, err?: unknown) => void;
}

export interface OpenedPortfolio {
  ctx: CoreContext;
  readOnly: boolean;
  /** Who holds the writer lease (ourselves when we write), or null when nobody does. */
  lease: LeaseHolderInfo | null;
  /** Shown to the user once: network or synced folder, lease taken over, read-only folder. */
  warnings: string[];
  location: LocationInfo;
  /** Become the writer when the holder's heartbeat has expired; false while it is alive. */
  takeOver(): Promise<boolean>;
  close(): void;
}

const LEASE_META_KEY = 'writer_lease';

function damagedError(path: string, opts: BackupOptions): AppError {
  return new AppError(
    'invalid',
    `Filen «${path}» er skadet og kan ikke åpnes. Den er ikke endret. Gjenopprett den nyeste gode sikkerhetskopien.`,
    { details: { damaged: true, backups: listBackups(path, opts) satisfies BackupInfo[] } },
  );
}

/** Any SQLite error from the fixed statements run on open, other than access and locking, means damage. */
function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return false;
  return !/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|PERM|AUTH|NOMEM|FULL|INTERRUPT)/.test(code);
}

/** Header bytes 18–19 are 2 in a WAL-mode file. */
function isWalFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(20);
    return readSync(fd, buf, 0, 20, 0) === 20 && buf[18] === 2 && buf[19] === 2;
  } finally {
    closeSync(fd);
  }
}

/**
 * Everything that must hold before anyone writes: a portfolio, not newer than this app, sound (quick_check).
 * Read-only unless a journal needs rolling back (the recovery SQLite itself does after a crash).
 */
function inspect(path: string, opts: OpenPortfolioOptions, log: (m: string, e?: unknown) => void): void {
  const hasBackups = () => listBackups(path, opts).length > 0;
  try {
    assertLooksLikePortfolio(path);
  } catch (err) {
    throw hasBackups() ? damagedError(path, opts) : err;
  }
  const needsWriter = existsSync(`${path}-journal`) || existsSync(`${path}-wal`) || isWalFile(path);
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: !needsWriter, fileMustExist: true });
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    const tables = tableCount(db);
    if (isForeignDatabase(db)) {
      throw hasBackups() ? damagedError(path, opts) : notAPortfolio(path);
    }
    assertNotNewer(db, loadMigrations(opts.resourcesDir));
    // Our files record their schema version from the first migration on; a portfolio without one is damaged.
    const version = schemaVersion(db);
    if (tables > 0 && (!Number.isInteger(version) || version < 1)) throw damagedError(path, opts);
    if (!isSound(quickCheck(db))) throw damagedError(path, opts);
    // quick_check does not read the schema text: a damaged column name would only fail later, mid-use.
    if (tables > 0 && !sameSchema(schemaFingerprint(db), expectedSchema(opts.resourcesDir, version)))
      throw damagedError(path, opts);
  } catch (err) {
    if (isSqliteCorruption(err)) throw damagedError(path, opts);
    if (/^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: string }).code))) {
      throw new AppError('busy', `Filen «${path}» er i bruk akkurat nå. Prøv igjen om litt.`);
    }
    if (err instanceof AppError) throw err;
    log('open failed', err);
    throw new AppError(
      'invalid',
      `Kan ikke åpne «${path}»: filen er låst, skrivebeskyttet eller utilgjengelig. Filen er ikke endret.`,
    );
  } finally {
    db?.close();
  }
}

const expectedSchemas = new Map<string, string[]>();
/** The schema a sound file at `version` has: the migrations up to it, applied to an empty database. */
function expectedSchema(resourcesDir: string, version: number): string[] {
  const key = `${resourcesDir}\0${version}`;
  let schema = expectedSchemas.get(key);
  if (!schema) {
    const mem = new BetterSqlite3(':memory:');
    try {
      migrate(mem, loadMigrations(resourcesDir).slice(0, version));
      schema = schemaFingerprint(mem);
    } finally {
      mem.close();
    }
    expectedSchemas.set(key, schema);
  }
  return schema;
}

function sameSchema(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function openPortfolio(rawPath: string, opts: OpenPortfolioOptions): Promise<OpenedPortfolio> {
  const path = resolve(rawPath);
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppError('not-found', `Finner ikke filen «${path}».`);
  const log = opts.log ?? ((m: string, e?: unknown) => console.error(m, e ?? ''));
  const now = opts.now ?? (() => new Date());
  const ttlMs = opts.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const leaseOpts: LeaseOptions = {
    user: opts.user ?? osUserName(),
    host: opts.host ?? hostname(),
    pid: opts.pid ?? process.pid,
    ttlMs,
    now,
  };
  const location = describeLocation(path, opts.location);
  const warnings = locationWarnings(location);

  inspect(path, opts, log);

  let lease: Lease | null = null;
  let takenOverAtOpen = false;
  let holder: LeaseHolderInfo | null = null;
  let readOnlyReason: string | undefined;
  if (opts.readOnly) {
    readOnlyReason = 'Filen er åpnet skrivebeskyttet, så endringen ble ikke lagret.';
    holder = readLeaseSafe(path);
  } else if (!canWrite(path)) {
    readOnlyReason =
      'Filen er skrivebeskyttet eller ligger i en mappe du ikke kan skrive i, så endringen ble ikke lagret.';
    warnings.push(
      'Filen er skrivebeskyttet og åpnet bare for lesing. Lagre en kopi et sted du kan skrive for å endre den.',
    );
  } else {
    try {
      const r = tryAcquireLease(path, leaseOpts);
      lease = r.lease;
      if (!lease && r.holder && leaseExpired(r.holder, now(), ttlMs)) {
        // The holder stopped renewing (crashed, switched off): take over, and say so.
        lease = takeOverLease(path, leaseOpts);
        takenOverAtOpen = lease !== null;
        if (lease)
          warnings.push(
            `Filen var sist i bruk av ${describeHolder(r.holder)}, som ikke lenger svarer. Du har nå overtatt den.`,
          );
      }
      if (!lease) {
        holder = r.holder;
        readOnlyReason =
          `Filen er i bruk av ${holder ? describeHolder(holder) : 'en annen'}. ` +
          'Du har den åpen skrivebeskyttet, så endringen ble ikke lagret.';
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!/^(EACCES|EPERM|EROFS)$/.test(code)) throw err;
      readOnlyReason = 'Mappen filen ligger i er skrivebeskyttet, så endringen ble ikke lagret.';
      warnings.push('Mappen filen ligger i er skrivebeskyttet, så filen er åpnet bare for lesing.');
    }
  }

  const timers: NodeJS.Timeout[] = [];
  let lastDailyCheck = '';

  const ctx: CoreContext = {
    db: null as unknown as Database,
    path,
    readOnly: true,
    readOnlyReason,
    now,
    user: () => leaseOpts.user,
  };

  const loseLease = () => {
    ctx.readOnly = true;
    const current = (holder = readLeaseSafe(path));
    ctx.readOnlyReason =
      `Filen er overtatt av ${current ? describeHolder(current) : 'en annen'}. ` + 'Endringen ble ikke lagret.';
    if (ctx.db)
      setWriteGuard(ctx.db, () => {
        throw new AppError('read-only', ctx.readOnlyReason!);
      });
  };
  /**
   * Open for writing under lease `l`. Fencing: our token goes into the file (meta.writer_lease) and every write
   * transaction checks it is still ours. After a take-over it is written at once, to shut out a holder that may
   * only be frozen; after a plain acquire (the previous holder closed properly) it is written with our first
   * change, so merely opening a file never modifies it.
   */
  async function becomeWriter(l: Lease, takenOver: boolean): Promise<void> {
    const db = openPortfolioDb(path, {
      resourcesDir: opts.resourcesDir,
      migrate: false,
      busyTimeoutMs: opts.busyTimeoutMs,
    });
    try {
      const migrations = loadMigrations(opts.resourcesDir);
      if (pendingMigrations(db, migrations).length > 0 && schemaVersion(db) > 0) {
        await backupNow(db, path, 'migrering', { ...opts, now });
      }
      migrate(db, migrations);
      const token = l.info.token;
      if (takenOver) db.transaction(() => setMeta(db, LEASE_META_KEY, token)).immediate();
      // The token in the file when we became the writer: still finding it means nobody took over since
      // (or our first write rolled back), so the write may proceed and claims the file.
      const found = getMeta(db, LEASE_META_KEY);
      setWriteGuard(db, () => {
        const current = getMeta(db, LEASE_META_KEY);
        if (current === token) return;
        if (current === found) {
          setMeta(db, LEASE_META_KEY, token);
          return;
        }
        loseLease();
        throw new AppError('read-only', ctx.readOnlyReason!);
      });
    } catch (err) {
      db.close();
      throw err;
    }
    ctx.db = db;
    ctx.readOnly = false;
    ctx.readOnlyReason = undefined;
    const beat = setInterval(
      () => {
        if (!ctx.readOnly && !l.renew()) loseLease();
      },
      opts.heartbeatMs ?? Math.max(50, Math.floor(ttlMs / 3)),
    );
    beat.unref();
    timers.push(beat);
  }

  function openReader(): void {
    const writable = canWrite(path);
    ctx.db = openPortfolioDb(path, {
      resourcesDir: opts.resourcesDir,
      readOnly: !writable,
      queryOnly: writable,
      busyTimeoutMs: opts.busyTimeoutMs,
    });
  }

  try {
    if (lease) await becomeWriter(lease, takenOverAtOpen);
    else openReader();
  } catch (err) {
    // After a take-over the lock stays ours but unrenewed: the old holder is out, and it expires for others.
    if (!takenOverAtOpen) lease?.release();
    if (isSqliteCorruption(err)) throw damagedError(path, opts);
    if (err instanceof AppError) throw err;
    log('open for writing failed', err);
    throw new AppError(
      'invalid',
      `Kan ikke åpne «${path}» for skriving. ` +
        'Filen er ikke endret; prøv igjen, eller gjenopprett fra en sikkerhetskopi.',
      {
        details: { backups: listBackups(path, opts) },
      },
    );
  }

  ctx.beforeWrite = async () => {
    if (ctx.readOnly || !lease) return;
    if (!lease.stillHeld()) {
      loseLease();
      return;
    }
    const day = now().toDateString();
    if (day === lastDailyCheck) return;
    try {
      if (dailyBackupDue(path, { ...opts, now })) await backupNow(ctx.db, path, 'daglig', { ...opts, now });
      lastDailyCheck = day;
    } catch (err) {
      // A failed backup must not block the user's save; the next write tries again.
      log('daily backup failed', err);
    }
  };
  ctx.backup = async (reason) => (ctx.readOnly ? null : backupNow(ctx.db, path, reason, { ...opts, now }));

  let closed = false;
  const opened: OpenedPortfolio = {
    ctx,
    get readOnly() {
      return ctx.readOnly;
    },
    get lease() {
      return lease && !ctx.readOnly ? lease.info : holder;
    },
    warnings,
    location,
    async takeOver() {
      if (!ctx.readOnly && lease) return true;
      if (opts.readOnly || closed) return false;
      const l = takeOverLease(path, leaseOpts);
      if (!l) {
        holder = readLeaseSafe(path);
        return false;
      }
      const reader = ctx.db;
      // On failure (e.g. the old holder still finishing a transaction) the lock stays ours but unrenewed,
      // so the old holder stays out; a later take-over (ours or another's) can claim it once it expires.
      await becomeWriter(l, true);
      reader.close();
      lease = l;
      holder = null;
      return true;
    },
    close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearInterval(t);
      try {
        ctx.db.close();
      } finally {
        if (lease && !ctx.readOnly) lease.release();
      }
    },
  };
  return opened;
}

function readLeaseSafe(path: string): LeaseHolderInfo | null {
  try {
    return readLease(path);
  } catch {
    return null;
  }
}
