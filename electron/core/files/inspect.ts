// Everything that must hold before anyone writes to an existing file: a complete portfolio (not empty, not
// foreign, not newer than this app), sound by quick_check, with the schema the migrations make. Nothing here
// writes, except SQLite rolling back a crashed writer's hot journal (its own recovery), which needs write access.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  assertNotNewer,
  isForeignDatabase,
  loadMigrations,
  migrate,
  schemaVersion,
  tableCount,
} from '../db/migrate.ts';
import { assertLooksLikePortfolio, isWalHeader, notAPortfolio } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { isSound, quickCheck, schemaFingerprint } from '../repositories/file-health.repo.ts';
import { listBackups, type BackupInfo, type BackupOptions } from './backup.ts';

export interface InspectOptions extends BackupOptions {
  resourcesDir: string;
  busyTimeoutMs?: number;
}

export function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The refusal of a file that is damaged, empty or incomplete; it carries the backups to offer. */
export function damagedError(path: string, opts: BackupOptions, what = 'er skadet og kan ikke åpnes'): AppError {
  // Raw copies of earlier damaged files are evidence, not something to restore.
  const backups = listBackups(path, opts).filter((b) => b.reason !== 'skadet') satisfies BackupInfo[];
  const next = backups.length
    ? 'Gjenopprett den nyeste gode sikkerhetskopien.'
    : 'Det finnes ingen sikkerhetskopi av den; åpne en annen fil eller lag en ny portefølje.';
  return new AppError('invalid', `Filen «${path}» ${what}. Den er ikke endret. ${next}`, {
    details: { damaged: true, backups },
  });
}

/** A hot journal that only a writer can roll back, met by someone who may not write there. */
export function unrecoveredJournal(path: string): AppError {
  return new AppError(
    'read-only',
    `«${basename(path)}» ble avbrutt midt i en lagring, og bare noen med skrivetilgang til mappen kan rydde opp: ` +
      'åpne filen én gang med skrivetilgang, så kan den leses igjen (filen er ikke endret).',
  );
}

/** Any SQLite error from the fixed statements run on open, other than access and locking, means damage. */
export function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return false;
  return !/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|PERM|AUTH|NOMEM|FULL|INTERRUPT)/.test(code);
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

/** Throws one sentence (AppError) unless `path` is an existing, complete, sound portfolio file. */
export function inspectPortfolio(path: string, opts: InspectOptions, log: (m: string, e?: unknown) => void): void {
  if (!existsSync(path)) throw new AppError('not-found', `Finner ikke filen «${path}».`);
  if (statSync(path).isDirectory()) throw new AppError('invalid', `«${path}» er en mappe, ikke en porteføljefil.`);
  const hasBackups = () => listBackups(path, opts).length > 0;
  // What a sync client or a crash leaves: an empty file. Damage to report, never a new portfolio to make.
  if (statSync(path).size === 0) throw damagedError(path, opts, 'er tom (0 byte) og er ikke en portefølje');
  try {
    assertLooksLikePortfolio(path);
  } catch (err) {
    throw hasBackups() ? damagedError(path, opts) : err;
  }
  const hotJournal = existsSync(`${path}-journal`) || existsSync(`${path}-wal`) || isWalHeader(path);
  // Opened for writing where the user may write (with every change refused by query_only): SQLite rolls back a
  // crashed writer's hot journal only then, and verifies CHECK constraints in quick_check only then.
  const writable = canWrite(path) && canWrite(dirname(path));
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: !writable, fileMustExist: true });
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    if (writable && !hotJournal) db.pragma('query_only = ON');
    const tables = tableCount(db);
    if (tables === 0) throw damagedError(path, opts, 'er ikke en fullstendig portefølje (den har ingen tabeller)');
    if (isForeignDatabase(db)) throw hasBackups() ? damagedError(path, opts) : notAPortfolio(path);
    assertNotNewer(db, loadMigrations(opts.resourcesDir));
    // Our files record their schema version from the first migration on; a portfolio without one is damaged.
    const version = schemaVersion(db);
    if (!Number.isInteger(version) || version < 1) throw damagedError(path, opts);
    if (!isSound(quickCheck(db))) throw damagedError(path, opts);
    // quick_check does not read the schema text: a damaged column name would only fail later, mid-use.
    if (!sameSchema(schemaFingerprint(db), expectedSchema(opts.resourcesDir, version))) throw damagedError(path, opts);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = String((err as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_READONLY_ROLLBACK' || (hotJournal && !writable && code.startsWith('SQLITE_READONLY')))
      throw unrecoveredJournal(path);
    if (isSqliteCorruption(err)) throw damagedError(path, opts);
    if (/^SQLITE_(BUSY|LOCKED)/.test(code))
      throw new AppError('busy', `Filen «${path}» er i bruk akkurat nå. Prøv igjen om litt.`);
    log('open failed', err);
    throw new AppError(
      'invalid',
      `Kan ikke åpne «${path}»: filen er låst, skrivebeskyttet eller utilgjengelig. Filen er ikke endret.`,
    );
  } finally {
    db?.close();
  }
}
