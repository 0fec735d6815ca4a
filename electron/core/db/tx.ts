// Every write is one short BEGIN IMMEDIATE transaction: the write lock is taken up front, so a busy
// file fails fast with SQLITE_BUSY instead of deadlocking halfway through.
import type { Database } from 'better-sqlite3';

export function writeTx<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
