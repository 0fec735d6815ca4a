// The one place every export path goes through (the CLI, the app's save dialog, anything that writes a report
// to a file the user named): the target must never be a portfolio, the open portfolio by any spelling of its
// path, its lock or journal, or anything in its backup folders; and the file is written whole or not at all.
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { APPLICATION_ID } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { atomicWriteFile, fsyncDir, tempPathBeside, writeErrorSentence } from './atomic-write.ts';

/** The portfolio an export reads from, and where its backups are. */
export interface ProtectedPortfolio {
  path: string;
  backupDirs: string[];
}

/** Files that belong to a portfolio beside it: SQLite's journals and our writer lease. */
const COMPANION_SUFFIXES = ['', '-journal', '-wal', '-shm', '.lock', '.lock~'];

/** True when `path` is a SQLite file carrying our application id (header bytes 68–71). */
export function isPortfolioFile(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(72);
    if (readSync(fd, buf, 0, 72, 0) < 72) return false;
    return buf.subarray(0, 16).toString('latin1') === 'SQLite format 3\0' && buf.readUInt32BE(68) === APPLICATION_ID;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function caseInsensitive(): boolean {
  // The default file systems of Windows (NTFS) and macOS (APFS) ignore case.
  return process.platform === 'win32' || process.platform === 'darwin';
}

/** The path as the file system resolves it: symlinks and `..` followed as far as the path exists. */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync.native(full);
  } catch {
    const dir = dirname(full);
    if (dir === full) return full;
    return join(canonical(dir), basename(full));
  }
}

function key(path: string): string {
  const c = canonical(path);
  return caseInsensitive() ? c.toLowerCase() : c;
}

function sameInode(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

const refuse = (sentence: string) =>
  new AppError('invalid', `${sentence} Velg et annet filnavn; ingenting er skrevet.`);

/** Throws when `target` is the portfolio itself (by any spelling of its path), its lock or journal, or lies in
 * one of its backup folders: the checks «Lagre en kopi…» needs too. */
export function assertNotThePortfolio(rawTarget: string, portfolio: ProtectedPortfolio, refusal = refuse): void {
  const target = resolve(rawTarget);
  const name = basename(target);
  const targetKey = key(target);
  if (sameInode(target, portfolio.path) || targetKey === key(portfolio.path))
    throw refusal(`«${name}» er porteføljen som er åpen.`);
  for (const suffix of COMPANION_SUFFIXES.slice(1)) {
    if (targetKey === key(`${portfolio.path}${suffix}`) || sameInode(target, `${portfolio.path}${suffix}`))
      throw refusal(`«${name}» hører til porteføljen (lås eller journal).`);
  }
  for (const dir of portfolio.backupDirs) {
    if (targetKey.startsWith(key(dir) + sep)) throw refusal(`«${name}» ligger i mappen med sikkerhetskopier.`);
  }
}

/** Throws one Norwegian sentence when `target` must not be written by an export. */
export function assertExportTarget(rawTarget: string, portfolio: ProtectedPortfolio | null): void {
  const target = resolve(rawTarget);
  const name = basename(target);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new AppError('invalid', `«${target}» er en mappe; oppgi et filnavn. Ingenting er skrevet.`);
  if (portfolio) assertNotThePortfolio(target, portfolio);
  if (isPortfolioFile(target)) throw refuse(`«${name}» er en porteføljefil, og en eksport kan ikke erstatte den.`);
  if (/\.tilt$/i.test(name)) throw refuse(`«${name}» har endelsen til en porteføljefil (.tilt).`);
}

/** Checks the target, then writes it through a temporary file in the same folder and a rename. */
export function writeExportFile(target: string, data: Uint8Array | string, portfolio: ProtectedPortfolio | null): void {
  const full = resolve(target);
  assertExportTarget(full, portfolio);
  // Checked again just before the rename: the target may have changed while the export was being made.
  atomicWriteFile(full, data, () => assertExportTarget(full, portfolio));
}

/** A hidden temporary file beside `target` for a writer that streams the export itself (Electron's downloads). */
export function exportTempPath(target: string): string {
  return tempPathBeside(resolve(target), 'part');
}

/** Moves a finished temporary export into place, after checking the target once more; removes it on failure. */
export function commitExportTemp(tmp: string, target: string, portfolio: ProtectedPortfolio | null): void {
  try {
    assertExportTarget(target, portfolio);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, resolve(target));
    fsyncDir(dirname(resolve(target)));
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('invalid', writeErrorSentence(err, target) ?? `Kunne ikke skrive «${target}».`);
  }
}
