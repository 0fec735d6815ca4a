// Write a whole file or nothing: write beside the target, fsync, then rename over it.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../errors.ts';

export function atomicWriteFile(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      writeSync(fd, buf, 0, buf.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ENOENT' ||
      code === 'EACCES' ||
      code === 'EPERM' ||
      code === 'EROFS' ||
      code === 'EISDIR' ||
      code === 'ENOTDIR'
    ) {
      throw new AppError('invalid', `Kan ikke skrive «${path}»: mappen finnes ikke eller er skrivebeskyttet.`);
    }
    if (code === 'ENOSPC') throw new AppError('invalid', `Disken er full; «${path}» ble ikke skrevet.`);
    throw err;
  }
}
