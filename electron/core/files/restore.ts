// «Gjenopprett fra sikkerhetskopi…»: verify the backup, back up the current file first, then swap the
// restored copy into place with one atomic rename. Done with the file closed and the lease held.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { APPLICATION_ID, assertNotNewer, loadMigrations, tableCount } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { isSound, quickCheck } from '../repositories/file-health.repo.ts';
import { osUserName } from '../os-user.ts';
import { tempPathBeside } from './atomic-write.ts';
import {
  assertSoundFile,
  backupDirFor,
  backupEverywhere,
  keepDamagedCopy,
  snapshotTo,
  type BackupInfo,
  type BackupOptions,
} from './backup.ts';
import { isPortfolioFile } from './export-target.ts';
import {
  DEFAULT_LEASE_TTL_MS,
  describeHolder,
  holderGone,
  takeOverLease,
  tryAcquireLease,
  type Lease,
  type LeaseOptions,
} from './lease.ts';

export interface RestoreOptions extends BackupOptions {
  resourcesDir: string;
  user?: string;
  host?: string;
  pid?: number;
  leaseTtlMs?: number;
}

export interface RestoreResult {
  /** The backup of the file as it was just before the restore (or the kept copy of a damaged file). */
  previous: string | null;
}

function openChecked(path: string, resourcesDir: string): Database {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID || tableCount(db) === 0) {
      throw new AppError('invalid', `«${basename(path)}» er ikke en sikkerhetskopi av en tiltaksportefølje.`);
    }
    assertNotNewer(db, loadMigrations(resourcesDir));
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function acquire(file: string, opts: RestoreOptions): Lease {
  const leaseOpts: LeaseOptions = {
    user: opts.user ?? osUserName(),
    host: opts.host ?? hostname(),
    pid: opts.pid ?? process.pid,
    ttlMs: opts.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS,
    now: opts.now ?? (() => new Date()),
  };
  const r = tryAcquireLease(file, leaseOpts);
  if (r.lease) return r.lease;
  const taken = holderGone(r.holder, leaseOpts) ? takeOverLease(file, leaseOpts) : null;
  if (taken) return taken;
  throw new AppError('busy', `Filen er i bruk av ${describeHolder(r.holder)}. Be dem lukke den, og prøv igjen.`);
}

/** Is the current file a sound portfolio, fit for the backup API? Rolls back a hot journal if needed.
 * An empty or foreign file is not: it is kept as raw bytes, never listed as a backup to restore. */
function currentIsSound(file: string): boolean {
  if (!isPortfolioFile(file)) return false;
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true });
    return tableCount(db) > 0 && isSound(quickCheck(db));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

export async function restoreBackup(rawFile: string, backupFile: string, opts: RestoreOptions): Promise<RestoreResult> {
  const file = resolve(rawFile);
  try {
    assertSoundFile(backupFile);
  } catch {
    throw new AppError(
      'invalid',
      `Sikkerhetskopien «${basename(backupFile)}» er skadet eller ikke en SQLite-fil. Velg en annen.`,
    );
  }
  openChecked(backupFile, opts.resourcesDir).close();
  const lease = acquire(file, opts);
  try {
    let previous: string | null = null;
    if (existsSync(file)) {
      if (currentIsSound(file)) {
        const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
        try {
          previous = (await backupEverywhere(db, file, 'for-gjenoppretting', opts)).made?.path ?? null;
        } finally {
          db.close();
        }
        // Damage quick_check missed fails the backup's integrity_check: keep the raw bytes instead.
        previous ??= keepDamagedCopy(file, opts);
      } else {
        previous = keepDamagedCopy(file, opts);
        // A leftover journal belongs to the damaged file; applied to the restored one it would corrupt it.
        for (const ext of ['-journal', '-wal', '-shm']) {
          if (existsSync(file + ext))
            renameSync(file + ext, join(backupDirFor(file, opts), `${basename(previous)}${ext}`));
        }
      }
    }
    const tmp = tempPathBeside(file, 'restore');
    const src = openChecked(backupFile, opts.resourcesDir);
    try {
      await snapshotTo(src, tmp);
    } finally {
      src.close();
    }
    try {
      renameSync(tmp, file);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    return { previous };
  } finally {
    lease.release();
  }
}

export type { BackupInfo };
