// The writer lease: one instance at a time may write a portfolio file. The holder keeps a small lock file
// beside it (`<file>.lock`, created atomically with O_EXCL) and renews a heartbeat; another instance opens
// the file read-only and may take over only once the heartbeat has expired. The lease token is also
// written into the file itself (meta.writer_lease) and checked inside every write transaction, so a
// holder that was frozen past its heartbeat can never write after someone else took over (fencing).
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tempPathBeside } from './atomic-write.ts';

export interface LeaseHolderInfo {
  user: string;
  host: string;
  pid: number;
  /** ISO timestamps. */
  acquiredAt: string;
  heartbeat: string;
  token: string;
}

export interface LeaseOptions {
  user: string;
  host: string;
  pid: number;
  ttlMs: number;
  now: () => Date;
}

export interface Lease {
  readonly info: LeaseHolderInfo;
  /** Rewrites the heartbeat; false (and nothing written) when the lock is no longer ours. */
  renew(): boolean;
  /** True while the lock file still carries our token. */
  stillHeld(): boolean;
  release(): void;
}

export const DEFAULT_LEASE_TTL_MS = 30_000;

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/** Serialises competing take-overs; short, so a long file name still fits the 255-byte limit. */
export function takeoverMutexFor(file: string): string {
  return `${file}.lock~`;
}

function writeWhole(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  writeSync(fd, buf, 0, buf.length);
  fsyncSync(fd);
}

/** How long a lock file that cannot be read still counts as a holder: long enough for a creator on a file system
 * without hard links to write it, far shorter than a TTL. */
export const UNREADABLE_LOCK_GRACE_MS = 1500;

/** The current holder as the lock file says, or null when there is no lock. A lock file that is empty or
 * unreadable (a full disk, a crash while it was written) names nobody: once it is older than a moment
 * (UNREADABLE_LOCK_GRACE_MS) it is taken over, instead of blocking the file for a whole TTL. */
export function readLease(file: string): LeaseHolderInfo | null {
  const lock = lockPathFor(file);
  let text = '';
  let mtime = new Date(0);
  try {
    mtime = statSync(lock).mtime;
    text = readFileSync(lock, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code !== 'EISDIR' && code !== 'EACCES' && code !== 'EPERM') throw err;
  }
  try {
    const v = JSON.parse(text) as LeaseHolderInfo;
    if (typeof v.token === 'string' && v.token !== '' && typeof v.heartbeat === 'string') return v;
  } catch {
    // fall through
  }
  const at = mtime.toISOString();
  return { user: 'ukjent', host: 'ukjent', pid: 0, acquiredAt: at, heartbeat: at, token: '' };
}

/** Is process `pid` alive on this machine? (Signal 0 only asks; EPERM means it exists under another user.) */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder can be taken over now: its heartbeat expired, or it ran on this host and its process is gone
 * (a crashed app must not lock its own user out for a whole TTL). */
export function holderGone(info: LeaseHolderInfo, opts: Pick<LeaseOptions, 'host' | 'now' | 'ttlMs'>): boolean {
  if (info.token === '') return leaseExpired(info, opts.now(), Math.min(opts.ttlMs, UNREADABLE_LOCK_GRACE_MS));
  if (leaseExpired(info, opts.now(), opts.ttlMs)) return true;
  return info.host === opts.host && info.pid > 0 && info.pid !== process.pid && !processAlive(info.pid);
}

export function leaseExpired(info: LeaseHolderInfo, now: Date, ttlMs: number): boolean {
  const beat = Date.parse(info.heartbeat);
  return !Number.isFinite(beat) || now.getTime() - beat > ttlMs;
}

/** "Kari på PC-123 (siden 23.11.2026 kl. 09:00)": who holds the file, for the user. */
export function describeHolder(info: LeaseHolderInfo): string {
  if (info.token === '') return 'et program som ikke kan identifiseres';
  const d = new Date(info.acquiredAt);
  const time = d.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
  const when = Number.isNaN(d.getTime()) ? '' : ` (siden ${d.toLocaleDateString('nb-NO')} kl. ${time})`;
  return `${info.user} på ${info.host}${when}`;
}

function makeLease(file: string, info: LeaseHolderInfo, opts: LeaseOptions): Lease {
  const lock = lockPathFor(file);
  let released = false;
  const stillHeld = () => {
    if (released) return false;
    try {
      return readLease(file)?.token === info.token;
    } catch {
      return false;
    }
  };
  return {
    info,
    stillHeld,
    renew() {
      if (!stillHeld()) return false;
      const next: LeaseHolderInfo = { ...info, heartbeat: opts.now().toISOString() };
      const tmp = tempPathBeside(lock, 'lock.tmp');
      try {
        const fd = openSync(tmp, 'w');
        try {
          writeWhole(fd, JSON.stringify(next));
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, lock);
        (info as { heartbeat: string }).heartbeat = next.heartbeat;
        return true;
      } catch {
        rmSync(tmp, { force: true });
        return stillHeld();
      }
    },
    release() {
      if (stillHeld()) rmSync(lock, { force: true });
      released = true;
    },
  };
}

function newInfo(opts: LeaseOptions): LeaseHolderInfo {
  const at = opts.now().toISOString();
  return { user: opts.user, host: opts.host, pid: opts.pid, acquiredAt: at, heartbeat: at, token: randomUUID() };
}

export type AcquireResult = { lease: Lease; holder: null } | { lease: null; holder: LeaseHolderInfo };

/** Creates the lock whole in one step: written to a temporary file, then linked into place (link fails when the
 * lock exists), so nobody can read a half-written lock. Where hard links are not supported, O_EXCL and a write. */
function createLock(lock: string, info: LeaseHolderInfo): void {
  const tmp = tempPathBeside(lock, 'lock.tmp');
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeWhole(fd, JSON.stringify(info));
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, lock);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw err;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  const fd = openSync(lock, 'wx');
  try {
    writeWhole(fd, JSON.stringify(info));
  } catch (err) {
    // A full disk: leave no empty lock behind.
    closeSync(fd);
    rmSync(lock, { force: true });
    throw err;
  }
  closeSync(fd);
}

/** Create the lock file atomically; when it exists, report who holds it. */
export function tryAcquireLease(file: string, opts: LeaseOptions): AcquireResult {
  // A lock released between our attempt and our read of it: try again rather than report a phantom holder.
  for (let attempt = 0; ; attempt++) {
    const info = newInfo(opts);
    try {
      createLock(lockPathFor(file), info);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLease(file);
      if (holder) return { lease: null, holder };
      if (attempt < 5) continue;
      return { lease: null, holder: { ...info, user: 'ukjent', host: 'ukjent', token: '' } };
    }
    return { lease: makeLease(file, info, opts), holder: null };
  }
}

/** Take the lease over from a holder that is gone (see holderGone). A short-lived mutex file (O_EXCL)
 * serialises competing take-overs; returns null when the holder is alive or another instance won. */
export function takeOverLease(file: string, opts: LeaseOptions): Lease | null {
  const lock = lockPathFor(file);
  const mutex = takeoverMutexFor(file);
  let fd: number;
  try {
    fd = openSync(mutex, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // A take-over that crashed midway leaves its mutex behind; it is stale after one TTL.
    try {
      if (opts.now().getTime() - statSync(mutex).mtimeMs > opts.ttlMs) rmSync(mutex, { force: true });
    } catch {
      // gone already
    }
    return null;
  }
  closeSync(fd);
  try {
    const current = readLease(file);
    if (current === null) {
      const r = tryAcquireLease(file, opts);
      return r.lease;
    }
    if (!holderGone(current, opts)) return null;
    const info = newInfo(opts);
    const tmp = tempPathBeside(lock, 'lock.tmp');
    try {
      const tfd = openSync(tmp, 'w');
      try {
        writeWhole(tfd, JSON.stringify(info));
      } finally {
        closeSync(tfd);
      }
      renameSync(tmp, lock);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    return makeLease(file, info, opts);
  } finally {
    rmSync(mutex, { force: true });
  }
}
