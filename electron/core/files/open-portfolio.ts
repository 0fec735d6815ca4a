// The document lifecycle the shell (and the browser preview) calls: open with checks, the writer lease,
// backups before migrations and before the first change of each day, and a clean close.
import type { Database } from 'better-sqlite3';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { writeRefusal, type CoreContext } from '../context.ts';
import { loadMigrations, migrate, pendingMigrations, schemaVersion } from '../db/migrate.ts';
import { openPortfolioDb, upgradedCopy } from '../db/open.ts';
import { setWriteGuard } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { getMeta, setMeta } from '../repositories/meta.repo.ts';
import { osUserName } from '../os-user.ts';
import { backupDirsFor, backupEverywhere, dailyBackupDue, listBackups, type BackupOptions } from './backup.ts';
import { canWrite, damagedError, inspectPortfolio, isSqliteCorruption, unrecoveredJournal } from './inspect.ts';
import {
  DEFAULT_LEASE_TTL_MS,
  describeHolder,
  holderGone,
  readLease,
  takeOverLease,
  tryAcquireLease,
  type Lease,
  type LeaseHolderInfo,
  type LeaseOptions,
} from './lease.ts';
import { describeLocation, locationWarnings, type LocationInfo, type LocationProbe } from './location.ts';
import type { SettingsStore } from './user-settings.ts';

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
  /** The user's settings (the second backup folder is read from here at each backup). */
  settings?: SettingsStore;
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
  /** Become the writer when the holder has left or its heartbeat has expired; false while it is alive. */
  takeOver(): Promise<boolean>;
  close(): void;
}

const LEASE_META_KEY = 'writer_lease';

export async function openPortfolio(rawPath: string, opts: OpenPortfolioOptions): Promise<OpenedPortfolio> {
  const path = resolve(rawPath);
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
  /** Backup options as of now: the second folder is a setting the user may change while the file is open. */
  const backupOpts = (): BackupOptions => ({
    ...opts,
    now,
    secondBackupDir: opts.secondBackupDir ?? opts.settings?.read().secondBackupDir ?? null,
  });
  const location = describeLocation(path, opts.location);
  const warnings = locationWarnings(location, Boolean(backupOpts().secondBackupDir));

  inspectPortfolio(path, { ...backupOpts(), resourcesDir: opts.resourcesDir, busyTimeoutMs: opts.busyTimeoutMs }, log);

  let lease: Lease | null = null;
  let takenOverAtOpen = false;
  let holder: LeaseHolderInfo | null = null;
  let readOnlyReason: string | undefined;
  /** A reader only because another instance holds the lease (so it may become the writer later). */
  let leaseReader = false;
  if (opts.readOnly) {
    readOnlyReason = 'Filen er åpnet skrivebeskyttet.';
    holder = readLeaseSafe(path);
  } else if (!canWrite(path)) {
    readOnlyReason = 'Filen er skrivebeskyttet eller ligger i en mappe du ikke kan skrive i.';
    warnings.push(
      'Filen er skrivebeskyttet og åpnet bare for lesing. Lagre en kopi et sted du kan skrive for å endre den.',
    );
  } else {
    try {
      const r = tryAcquireLease(path, leaseOpts);
      lease = r.lease;
      if (!lease && r.holder && holderGone(r.holder, leaseOpts)) {
        // The holder stopped renewing (crashed, switched off) or its process is gone: take over, and say so.
        lease = takeOverLease(path, leaseOpts);
        takenOverAtOpen = lease !== null;
        if (lease && r.holder.token !== '')
          warnings.push(
            `Filen var sist i bruk av ${describeHolder(r.holder)}, som ikke lenger svarer. Du har nå overtatt den.`,
          );
      }
      if (!lease) {
        holder = r.holder;
        leaseReader = true;
        readOnlyReason = heldBy(holder);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOSPC' || code === 'EDQUOT') {
        readOnlyReason = 'Disken er full, så filen er åpnet bare for lesing. Frigjør plass og åpne den på nytt.';
        warnings.push(readOnlyReason);
      } else if (code === 'ENAMETOOLONG') {
        readOnlyReason = 'Filnavnet er for langt til at programmet kan skrive i filen.';
        warnings.push('Filnavnet er for langt til at programmet kan skrive i filen. Gi filen et kortere navn.');
      } else if (/^(EACCES|EPERM|EROFS)$/.test(code)) {
        readOnlyReason = 'Mappen filen ligger i er skrivebeskyttet.';
        warnings.push('Mappen filen ligger i er skrivebeskyttet, så filen er åpnet bare for lesing.');
      } else throw err;
    }
  }

  const timers: NodeJS.Timeout[] = [];
  let lastDailyCheck = '';
  let generation = 0;

  const ctx: CoreContext = {
    db: null as unknown as Database,
    path,
    readOnly: true,
    readOnlyReason,
    now,
    user: () => leaseOpts.user,
    settings: opts.settings,
    backupWarning: null,
    backupDirs: () => backupDirsFor(path, backupOpts()),
  };

  const loseLease = () => {
    ctx.readOnly = true;
    leaseReader = true;
    const current = (holder = readLeaseSafe(path));
    ctx.readOnlyReason = `Filen er overtatt av ${current ? describeHolder(current) : 'en annen'}.`;
    generation++;
    if (ctx.db)
      setWriteGuard(ctx.db, () => {
        throw new AppError('read-only', writeRefusal(ctx));
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
        const { made, problems } = await backupEverywhere(db, path, 'migrering', backupOpts());
        // Never migrate without a way back.
        if (!made) throw new AppError('internal', `Filen kunne ikke oppgraderes uten sikkerhetskopi. ${problems[0]}`);
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
        // Claiming the file needs the lock to still name us (another instance may have taken over meanwhile).
        if (current === found && l.stillHeld()) {
          setMeta(db, LEASE_META_KEY, token);
          return;
        }
        loseLease();
        throw new AppError('read-only', writeRefusal(ctx));
      });
    } catch (err) {
      db.close();
      throw err;
    }
    ctx.db = db;
    ctx.readOnly = false;
    ctx.readOnlyReason = undefined;
    leaseReader = false;
    generation++;
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
    const db = openPortfolioDb(path, {
      resourcesDir: opts.resourcesDir,
      readOnly: !writable,
      queryOnly: writable,
      busyTimeoutMs: opts.busyTimeoutMs,
    });
    try {
      // A hot journal left since the inspection (a writer crashed meanwhile) shows itself on the first read.
      db.prepare('SELECT count(*) FROM meta').get();
    } catch (err) {
      db.close();
      if (String((err as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw unrecoveredJournal(path);
      throw err;
    }
    if (pendingMigrations(db, loadMigrations(opts.resourcesDir)).length === 0) {
      ctx.db = db;
      return;
    }
    try {
      ctx.db = upgradedCopy(db, opts.resourcesDir);
    } finally {
      db.close();
    }
    warnings.push(
      'Filen er laget av en eldre versjon av programmet. Den vises her oppgradert, men selve filen er ikke endret; ' +
        'den oppgraderes (etter en sikkerhetskopi) første gang den åpnes med skrivetilgang.',
    );
  }

  try {
    if (lease) await becomeWriter(lease, takenOverAtOpen);
    else openReader();
  } catch (err) {
    // After a take-over the lock stays ours but unrenewed: the old holder is out, and it expires for others.
    if (!takenOverAtOpen) lease?.release();
    if (isSqliteCorruption(err)) throw damagedError(path, backupOpts());
    if (err instanceof AppError) throw err;
    if (/^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code)))
      throw new AppError('busy', `Filen «${path}» er i bruk akkurat nå. Prøv igjen om litt.`);
    log('open for writing failed', err);
    throw new AppError(
      'invalid',
      `Kan ikke åpne «${path}» for skriving. ` +
        'Filen er ikke endret; prøv igjen, eller gjenopprett fra en sikkerhetskopi.',
      {
        details: { backups: listBackups(path, backupOpts()) },
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
      if (!dailyBackupDue(path, backupOpts())) {
        lastDailyCheck = day;
        return;
      }
      const { made, problems } = await backupEverywhere(ctx.db, path, 'daglig', backupOpts());
      // The change goes ahead either way; the page says once why a backup is missing today.
      ctx.backupWarning = problems.length ? `${problems.join(' ')} Endringen din er lagret likevel.` : null;
      if (made) lastDailyCheck = day;
    } catch (err) {
      // A failed backup must not block the user's save; the next write tries again.
      log('daily backup failed', err);
    }
  };
  ctx.backup = async (reason) => {
    if (ctx.readOnly) return null;
    const { made, problems } = await backupEverywhere(ctx.db, path, reason, backupOpts());
    ctx.backupWarning = problems.length ? problems.join(' ') : null;
    return made;
  };

  let closed = false;
  const takeOver = async (): Promise<boolean> => {
    if (!ctx.readOnly && lease) return true;
    if (opts.readOnly || closed || !leaseReader) return false;
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
  };

  let canTakeOver = false;
  ctx.writer = {
    refresh() {
      if (closed || !ctx.readOnly || !leaseReader) return;
      const current = readLeaseSafe(path);
      const free = current === null || holderGone(current, leaseOpts);
      const reason = free
        ? 'Filen er ikke lenger i bruk av andre. Velg «Ta over skrivetilgangen» for å gjøre endringer.'
        : heldBy(current);
      if (reason !== ctx.readOnlyReason || free !== canTakeOver) {
        holder = current;
        canTakeOver = free;
        ctx.readOnlyReason = reason;
        generation++;
      }
    },
    get canTakeOver() {
      return canTakeOver && ctx.readOnly;
    },
    get generation() {
      return generation;
    },
    async takeOver() {
      const ok = await takeOver();
      if (ok) canTakeOver = false;
      else ctx.writer!.refresh();
      return ok;
    },
  };

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
    takeOver: () => ctx.writer!.takeOver(),
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

function heldBy(holder: LeaseHolderInfo | null): string {
  return `Filen er i bruk av ${holder ? describeHolder(holder) : 'en annen'}. Du har den åpen skrivebeskyttet.`;
}

function readLeaseSafe(path: string): LeaseHolderInfo | null {
  try {
    return readLease(path);
  } catch {
    return null;
  }
}
