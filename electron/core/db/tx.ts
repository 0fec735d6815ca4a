// Every write is one short BEGIN IMMEDIATE transaction: the write lock is taken up front, so a busy
// file fails fast with SQLITE_BUSY instead of deadlocking halfway through.
import type { Database } from 'better-sqlite3';

/** Checks run inside every write transaction of a connection, before the write (the writer lease's
 * fencing token). Registered by electron/core/files; a connection without one writes unguarded. */
const guards = new WeakMap<Database, () => void>();

export function setWriteGuard(db: Database, guard: (() => void) | null): void {
  if (guard) guards.set(db, guard);
  else guards.delete(db);
}

export function writeTx<T>(db: Database, fn: () => T): T {
  const guard = guards.get(db);
  return db
    .transaction(() => {
      guard?.();
      return fn();
    })
    .immediate();
}
