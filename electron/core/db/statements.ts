// Prepared statements cached per connection: preparing costs far more than running a small INSERT, and the
// example generator and the register run the same few statements thousands of times.
import type { Database, Statement } from 'better-sqlite3';

/** Statements built from a filter vary; the cache keeps the most recently used ones only. */
const MAX_PER_CONNECTION = 256;
const caches = new WeakMap<Database, Map<string, Statement>>();

/** `db.prepare(sql)`, reused while the connection lives. Never change a returned statement's mode (pluck/raw). */
export function stmt(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(sql);
  if (hit) {
    // Re-insert so Map order is least-recently-used first.
    cache.delete(sql);
    cache.set(sql, hit);
    return hit;
  }
  const fresh = db.prepare(sql);
  cache.set(sql, fresh);
  if (cache.size > MAX_PER_CONNECTION) cache.delete(cache.keys().next().value!);
  return fresh;
}
