// Write a whole file or nothing: write a temporary file beside the target, fsync it, then rename it over the
// target. A failed or killed write leaves at most a hidden `.…tmp` file and never a half-written target.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.ts';

/** A hidden temporary name in the target's folder, short enough for any file-system name limit. */
export function tempPathBeside(target: string, ext = 'tmp'): string {
  return join(dirname(target), `.tiltak-${randomBytes(6).toString('hex')}.${ext}`);
}

/** Best effort: make the rename itself durable (a directory fsync; not possible on every platform). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** One Norwegian sentence for a file-system error while writing `path`; null for codes we do not know. */
export function writeErrorSentence(err: unknown, path: string): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const dir = dirname(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Kan ikke skrive «${path}»: mappen «${dir}» finnes ikke. Ingenting er skrevet.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kan ikke skrive «${path}»: mappen eller filen er skrivebeskyttet. Ingenting er skrevet.`;
    case 'EISDIR':
      return `«${path}» er en mappe; oppgi et filnavn. Ingenting er skrevet.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Disken er full, så «${basename(path)}» ble ikke skrevet. Frigjør plass og prøv igjen.`;
    case 'ENAMETOOLONG':
      return `Filnavnet «${basename(path)}» er for langt. Velg et kortere navn; ingenting er skrevet.`;
    default:
      return null;
  }
}

export function atomicWriteFile(path: string, data: Uint8Array | string, beforeRename?: () => void): void {
  const tmp = tempPathBeside(path);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    beforeRename?.();
    renameSync(tmp, path);
    fsyncDir(dirname(path));
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof AppError) throw err;
    const sentence = writeErrorSentence(err, path);
    if (sentence) throw new AppError('invalid', sentence);
    throw err;
  }
}
