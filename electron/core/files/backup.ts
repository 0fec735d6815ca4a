// Backups with SQLite's online backup API (a consistent snapshot even while the file is in use; never a
// plain file copy): before a migration, before an import, before the first change of each day, before a
// restore. Each backup must pass integrity_check or it is discarded. Kept: the newest backup of each of
// the last 14 days plus the last 10.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/format/nb.ts';
import { AppError } from '../errors.ts';
import { integrityCheck, isSound } from '../repositories/file-health.repo.ts';

export type BackupReason = 'daglig' | 'migrering' | 'import' | 'for-gjenoppretting' | 'manuell' | 'skadet';

export interface BackupInfo {
  path: string;
  fileName: string;
  /** ISO timestamp. */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export interface BackupOptions {
  /** Folder for backups; default: `<folder of the file>/<file name>.sikkerhetskopier`. */
  backupDir?: string;
  now?: () => Date;
  keepDaily?: number;
  keepLast?: number;
}

const REASONS: BackupReason[] = ['daglig', 'migrering', 'import', 'for-gjenoppretting', 'manuell', 'skadet'];

export function backupDirFor(file: string, opts: BackupOptions = {}): string {
  return opts.backupDir ? resolve(opts.backupDir) : join(dirname(resolve(file)), `${basename(file)}.sikkerhetskopier`);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(s: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : null;
}

/** Backups of `file`, newest first. */
export function listBackups(file: string, opts: BackupOptions = {}): BackupInfo[] {
  const dir = backupDirFor(file, opts);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(file)}.`;
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.bak')) continue;
    const [ts, reason] = name.slice(prefix.length, -4).split('.');
    const at = parseStamp(ts ?? '');
    if (!at || !REASONS.includes(reason as BackupReason)) continue;
    const path = join(dir, name);
    out.push({
      path,
      fileName: name,
      createdAt: at.toISOString(),
      reason: reason as BackupReason,
      sizeBytes: statSync(path).size,
    });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** True when no backup of `file` was made today (local date): the next change must be preceded by one. */
export function dailyBackupDue(file: string, opts: BackupOptions = {}): boolean {
  const today = todayIso((opts.now ?? (() => new Date()))());
  return !listBackups(file, opts).some((b) => todayIso(new Date(b.createdAt)) === today);
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Throws unless `path` is a sound SQLite file. */
export function assertSoundFile(path: string): void {
  let db: Database | null = null;
  let ok: boolean;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    ok = isSound(integrityCheck(db));
  } catch {
    ok = false;
  } finally {
    db?.close();
  }
  if (!ok)
    throw new AppError(
      'internal',
      `Sikkerhetskopien «${basename(path)}» besto ikke integritetskontrollen og ble forkastet.`,
    );
}

/** Copy `db` to `target` through the online backup API, verify it and move it into place atomically. */
export async function snapshotTo(db: Database, target: string): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  try {
    await db.backup(tmp);
    assertSoundFile(tmp);
    fsyncFile(tmp);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
}

/** Make one backup of the open file; returns it. Prunes old backups afterwards. */
export async function backupNow(
  db: Database,
  file: string,
  reason: BackupReason,
  opts: BackupOptions = {},
): Promise<BackupInfo> {
  const dir = backupDirFor(file, opts);
  mkdirSync(dir, { recursive: true });
  const now = (opts.now ?? (() => new Date()))();
  let target = join(dir, `${basename(file)}.${stamp(now)}.${reason}.bak`);
  // Two backups in the same millisecond (tests, a migration right before the daily one): never overwrite.
  for (let ms = 1; existsSync(target); ms++)
    target = join(dir, `${basename(file)}.${stamp(new Date(now.getTime() + ms))}.${reason}.bak`);
  await snapshotTo(db, target);
  pruneBackups(file, opts);
  return listBackups(file, opts).find((b) => b.path === target)!;
}

/** A damaged file cannot go through the backup API; its bytes are kept as evidence before a restore. */
export function keepDamagedCopy(file: string, opts: BackupOptions = {}): string {
  const dir = backupDirFor(file, opts);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(file)}.${stamp((opts.now ?? (() => new Date()))())}.skadet.bak`);
  copyFileSync(file, target);
  return target;
}

/** Keep the newest backup of each of the last `keepDaily` days plus the `keepLast` newest; delete the rest. */
export function pruneBackups(file: string, opts: BackupOptions = {}): string[] {
  const keepDaily = opts.keepDaily ?? 14;
  const keepLast = opts.keepLast ?? 10;
  const all = listBackups(file, opts);
  const keep = new Set(all.slice(0, keepLast).map((b) => b.path));
  const days = new Set<string>();
  for (const b of all) {
    const day = todayIso(new Date(b.createdAt));
    if (days.has(day)) continue;
    if (days.size >= keepDaily) break;
    days.add(day);
    keep.add(b.path);
  }
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.path) || b.reason === 'skadet') continue;
    rmSync(b.path, { force: true });
    removed.push(b.path);
  }
  return removed;
}

/** «Lagre en kopi…»: a consistent copy of the open portfolio, written whole or not at all. */
export async function saveCopyOf(db: Database, target: string): Promise<void> {
  try {
    await snapshotTo(db, resolve(target));
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (/ENOSPC|SQLITE_FULL/.test(code))
      throw new AppError('internal', `Disken er full; kopien «${target}» ble ikke lagret.`);
    throw new AppError('read-only', `Kan ikke lagre kopien «${target}»: mappen finnes ikke eller er skrivebeskyttet.`);
  }
}
