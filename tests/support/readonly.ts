// Make a file or folder truly read-only for the test, even as root (chattr +i), and undo it afterwards.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function stillWritable(path: string): boolean {
  const probe = statSync(path).isDirectory() ? join(path, '.probe') : null;
  try {
    if (probe) {
      writeFileSync(probe, 'x');
      rmSync(probe);
    } else {
      writeFileSync(path, '', { flag: 'a' });
    }
    return true;
  } catch {
    return false;
  }
}

export function makeReadOnly(path: string): () => void {
  const isDir = statSync(path).isDirectory();
  const mode = statSync(path).mode & 0o777;
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    if (stillWritable(path)) throw new Error(`Could not make ${path} read-only (chattr +i not honoured here).`);
    return () => execFileSync('chattr', ['-i', path]);
  }
  chmodSync(path, isDir ? 0o555 : 0o444);
  if (stillWritable(path)) throw new Error(`Could not make ${path} read-only.`);
  return () => chmodSync(path, mode);
}
