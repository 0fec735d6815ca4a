// Opening a portfolio file: recognise it, refuse what is not ours or too new, set durable pragmas, migrate.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../errors.ts';
import { registerTextFunctions } from './text-functions.ts';
import { assertNotNewer, isForeignDatabase, loadMigrations, migrate } from './migrate.ts';

export interface OpenOptions {
  resourcesDir: string;
  /** Create the file when it does not exist (never replaces an existing one). */
  create?: boolean;
  readOnly?: boolean;
  busyTimeoutMs?: number;
  /** Apply pending migrations (default true). openPortfolio turns it off to back up first. */
  migrate?: boolean;
  /** A reader that may still roll back a crashed writer's journal: writable at the file level, but
   * `query_only` refuses every change (used when another instance holds the writer lease). */
  queryOnly?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function readHeader(path: string, bytes = 16): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Header bytes 18–19 are 2 in a WAL-mode file. */
export function isWalHeader(path: string): boolean {
  const h = readHeader(path, 20);
  return h.length === 20 && h[18] === 2 && h[19] === 2;
}

export function notAPortfolio(path: string): AppError {
  return new AppError('invalid', `«${path}» er ikke en tiltaksportefølje. Filen er ikke endret.`);
}

/** Check an existing file before SQLite touches it, so a foreign or empty file is never written to
 * (SQLite would happily turn an empty file into a new database). */
export function assertLooksLikePortfolio(path: string): void {
  if (statSync(path).size === 0)
    throw new AppError('invalid', `«${path}» er tom (0 byte) og er ikke en portefølje. Filen er ikke endret.`);
  if (readHeader(path).toString('latin1') !== SQLITE_HEADER) throw notAPortfolio(path);
}

export function openPortfolioDb(path: string, opts: OpenOptions): Database {
  const exists = path !== ':memory:' && existsSync(path);
  if (!exists && path !== ':memory:' && !opts.create) {
    throw new AppError('not-found', `Finner ikke filen «${path}».`);
  }
  if (exists) assertLooksLikePortfolio(path);

  const db = new BetterSqlite3(path, { readonly: Boolean(opts.readOnly), fileMustExist: !opts.create });
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    db.pragma('foreign_keys = ON');
    // The register reads 10 000 measures with their latest status; the default 2 MB page cache thrashes.
    db.pragma('cache_size = -65536');
    registerTextFunctions(db);
    const migrations = loadMigrations(opts.resourcesDir);
    if (isForeignDatabase(db)) throw notAPortfolio(path);
    assertNotNewer(db, migrations);
    if (opts.queryOnly) {
      db.pragma('query_only = ON');
    } else if (!opts.readOnly) {
      // Durability first: rollback journal with full sync; WAL is unsafe on network and synced folders. A file
      // not in WAL mode already uses the rollback journal, so only a WAL file needs the (locking) conversion.
      if (exists && isWalHeader(path)) {
        let mode: string;
        try {
          mode = String(db.pragma('journal_mode = DELETE', { simple: true })).toLowerCase();
        } catch (err) {
          if (!/^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code))) throw err;
          mode = 'busy';
        }
        if (mode !== 'delete') {
          throw new AppError(
            mode === 'busy' ? 'busy' : 'invalid',
            `«${path}» bruker WAL-journal, og den kunne ikke gjøres om til vanlig journal ` +
              '(filen er kanskje åpen i et annet program). Lukk de andre programmene og prøv igjen. ' +
              'Filen er ikke endret.',
          );
        }
      }
      db.pragma('synchronous = FULL');
      if (opts.migrate !== false) migrate(db, migrations);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** SQLite verifies CHECK constraints (in integrity_check and quick_check) and runs FTS5's integrity-check only on a
 * connection that may write. A read-only connection is checked through a copy in memory, so the file itself is
 * never written. */
/**
 * A file from an older version opened only to read (a reader, the CLI's exports, a file one may not write): its
 * schema lacks what today's queries read, and a reader must not migrate the file. Read an upgraded copy in memory;
 * the file itself is left exactly as it is.
 */
export function upgradedCopy(db: Database, resourcesDir: string): Database {
  const copy = new BetterSqlite3(db.serialize());
  try {
    copy.pragma('foreign_keys = ON');
    registerTextFunctions(copy);
    migrate(copy, loadMigrations(resourcesDir));
    copy.pragma('query_only = ON');
    return copy;
  } catch (err) {
    copy.close();
    throw err;
  }
}

export function writableView(db: Database): { db: Database; close(): void } {
  const readOnly = db.readonly || db.pragma('query_only', { simple: true }) === 1;
  if (!readOnly) return { db, close: () => {} };
  const copy = new BetterSqlite3(db.serialize());
  return { db: copy, close: () => copy.close() };
}
