// A real, tiny file system (tmpfs) to fill up: "disk full" as the kernel reports it (ENOSPC, SQLITE_FULL), not a
// simulation. Mounting needs root (CAP_SYS_ADMIN), as the CI machine and this project's test machines have.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Fills the disk until the kernel says it is full, leaving `spareBytes` free (roughly, in whole pages). */
  fill(spareBytes?: number): void;
  /** Frees the space `fill` took. */
  free(): void;
  cleanup(): void;
}

export function smallDisk(sizeKb: number): SmallDisk {
  if (process.getuid?.() !== 0) throw new Error('smallDisk needs root to mount a tmpfs (as in CI).');
  const dir = mkdtempSync(join(tmpdir(), 'tiltak-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  const filler = join(dir, '.fyll');
  return {
    dir,
    fill(spareBytes = 0) {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(4096, 0x78);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        closeSync(fd);
      }
      if (spareBytes > 0) execFileSync('truncate', ['-s', `-${spareBytes}`, filler]);
    },
    free() {
      rmSync(filler, { force: true });
    },
    cleanup() {
      try {
        execFileSync('umount', ['-l', dir]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
