// Backups with SQLite's online backup API (a consistent snapshot even while the file is in use; never a
// plain file copy): before a migration, before an import, before the first change of each day, before a
// restore. Each backup must pass integrity_check or it is discarded. Kept: the newest backup of each of
// the last 14 days plus the last 10. They go beside the file and, when the user chose one, into a second
// folder too (so losing a synced folder does not take the file and every backup with it).
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
import { createHash } from 'node:crypto';
import { todayIso } from '../../../shared/format/nb.ts';
import { AppError } from '../errors.ts';
import { integrityCheck, isSound } from '../repositories/file-health.repo.ts';
import { fsyncDir, tempPathBeside } from './atomic-write.ts';

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
  /** A second folder the user chose (a per-user setting); each file gets its own subfolder there. */
  secondBackupDir?: string | null;
  now?: () => Date;
  keepDaily?: number;
  keepLast?: number;
}

const REASONS: BackupReason[] = ['daglig', 'migrering', 'import', 'for-gjenoppretting', 'manuell', 'skadet'];

/** File names are limited to 255 bytes; a backup adds about 45 to the file's name, its folder 17. */
const MAX_STEM_BYTES = 200;

/** The file's name as backups use it: whole, or shortened with a hash so it stays unique and within limits. */
export function backupStem(file: string): string {
  const name = basename(file);
  if (Buffer.byteLength(name) <= MAX_STEM_BYTES) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  let cut = '';
  for (const ch of name) {
    if (Buffer.byteLength(cut + ch) > MAX_STEM_BYTES - 9) break;
    cut += ch;
  }
  return `${cut}~${hash}`;
}

export function backupDirFor(file: string, opts: BackupOptions = {}): string {
  return opts.backupDir
    ? resolve(opts.backupDir)
    : join(dirname(resolve(file)), `${backupStem(file)}.sikkerhetskopier`);
}

/** The file's own subfolder in the second backup folder; the path hash keeps two files of one name apart. */
export function secondBackupDirFor(file: string, root: string): string {
  const hash = createHash('sha256').update(resolve(file)).digest('hex').slice(0, 8);
  return join(resolve(root), `${backupStem(file)}.${hash}.sikkerhetskopier`);
}

/** Every folder that holds backups of `file`: beside it (or `backupDir`), then the second folder if chosen. */
export function backupDirsFor(file: string, opts: BackupOptions = {}): string[] {
  const dirs = [backupDirFor(file, opts)];
  if (opts.secondBackupDir) dirs.push(secondBackupDirFor(file, opts.secondBackupDir));
  return dirs;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(s: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : null;
}

function backupsIn(dir: string, file: string): BackupInfo[] {
  let names: string[];
  try {
    names = existsSync(dir) ? readdirSync(dir) : [];
  } catch {
    return []; // a second folder that is unplugged or unreadable holds nothing we can offer
  }
  const prefix = `${backupStem(file)}.`;
  const out: BackupInfo[] = [];
  for (const name of names) {
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
  return out;
}

/** Backups of `file` in every backup folder, newest first (a copy found in both folders is listed once). */
export function listBackups(file: string, opts: BackupOptions = {}): BackupInfo[] {
  return listBackupsIn(file, backupDirsFor(file, opts));
}

export function listBackupsIn(file: string, dirs: string[]): BackupInfo[] {
  const seen = new Set<string>();
  const out: BackupInfo[] = [];
  for (const dir of dirs) {
    for (const b of backupsIn(dir, file)) {
      if (seen.has(b.fileName)) continue;
      seen.add(b.fileName);
      out.push(b);
    }
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
  const tmp = tempPathBeside(target, 'partial');
  try {
    await db.backup(tmp);
    assertSoundFile(tmp);
    fsyncFile(tmp);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
}

function freeName(dir: string, file: string, reason: BackupReason, now: Date): string {
  let target = join(dir, `${backupStem(file)}.${stamp(now)}.${reason}.bak`);
  // Two backups in the same millisecond (tests, a migration right before the daily one): never overwrite.
  for (let ms = 1; existsSync(target); ms++)
    target = join(dir, `${backupStem(file)}.${stamp(new Date(now.getTime() + ms))}.${reason}.bak`);
  return target;
}

async function backupInto(
  db: Database,
  file: string,
  dir: string,
  reason: BackupReason,
  opts: BackupOptions,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = freeName(dir, file, reason, (opts.now ?? (() => new Date()))());
  await snapshotTo(db, target);
  pruneDir(dir, file, opts);
  return target;
}

/** Make one backup of the open file beside it (or in `backupDir`); returns it. Prunes old backups afterwards. */
export async function backupNow(
  db: Database,
  file: string,
  reason: BackupReason,
  opts: BackupOptions = {},
): Promise<BackupInfo> {
  const target = await backupInto(db, file, backupDirFor(file, opts), reason, opts);
  return listBackups(file, opts).find((b) => b.path === target)!;
}

export interface BackupOutcome {
  /** The backup made (beside the file if that worked, else in the second folder), or null when none was. */
  made: BackupInfo | null;
  /** One sentence per folder where no backup could be made, for the user. */
  problems: string[];
}

/** Why a backup into `dir` failed, for the user: disk full, no write access, or the folder is gone. */
export function backupProblem(err: unknown, dir: string, second: boolean): string {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const where = second ? `i den ekstra mappen «${dir}»` : `i «${dir}»`;
  let why = 'den kunne ikke skrives';
  if (/ENOSPC|EDQUOT|SQLITE_FULL/.test(code)) why = 'disken er (nesten) full';
  else if (/EACCES|EPERM|EROFS|SQLITE_READONLY|SQLITE_CANTOPEN/.test(code)) why = 'mappen er skrivebeskyttet';
  else if (/ENOENT|ENOTDIR/.test(code)) why = 'mappen finnes ikke eller er frakoblet';
  else if (/ENAMETOOLONG/.test(code)) why = 'filnavnet blir for langt';
  return `Sikkerhetskopien ${where} ble ikke laget fordi ${why}.`;
}

/** A backup in every backup folder; never throws for a folder that fails, but says why in `problems`. */
export async function backupEverywhere(
  db: Database,
  file: string,
  reason: BackupReason,
  opts: BackupOptions = {},
): Promise<BackupOutcome> {
  const dirs = backupDirsFor(file, opts);
  const problems: string[] = [];
  let made: string | null = null;
  for (const [i, dir] of dirs.entries()) {
    try {
      const target = await backupInto(db, file, dir, reason, opts);
      made ??= target;
    } catch (err) {
      problems.push(backupProblem(err, dir, i > 0));
    }
  }
  return { made: made ? (listBackups(file, opts).find((b) => b.path === made) ?? null) : null, problems };
}

/** A damaged file cannot go through the backup API; its bytes are kept as evidence before a restore. */
export function keepDamagedCopy(file: string, opts: BackupOptions = {}): string {
  const dir = backupDirFor(file, opts);
  mkdirSync(dir, { recursive: true });
  const target = freeName(dir, file, 'skadet', (opts.now ?? (() => new Date()))());
  copyFileSync(file, target);
  return target;
}

/** Keep the newest backup of each of the last `keepDaily` days plus the `keepLast` newest; delete the rest. */
export function pruneBackups(file: string, opts: BackupOptions = {}): string[] {
  return backupDirsFor(file, opts).flatMap((dir) => pruneDir(dir, file, opts));
}

function pruneDir(dir: string, file: string, opts: BackupOptions): string[] {
  const keepDaily = opts.keepDaily ?? 14;
  const keepLast = opts.keepLast ?? 10;
  const all = backupsIn(dir, file).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
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
