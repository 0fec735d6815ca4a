// Noticing changes made by another connection (another instance, the CLI): PRAGMA data_version moves when
// someone else commits. The renderer polls `portfolio:changes` (and on focus) and refetches its queries.
import type { CoreContext } from '../context.ts';
import type { Database } from 'better-sqlite3';
import { dataVersion } from '../repositories/file-health.repo.ts';

/** One number per connection, so a reopened file (take-over, another file) always reads as a change. */
const epochs = new WeakMap<Database, number>();
let nextEpoch = 1;

/**
 * A counter that moves when another connection (another instance, the CLI) commits to the file, when the file is
 * reopened, and with each change of who may write (so a reader's page learns that the writer has left); never for
 * this connection's own commits: the client refreshes what its own writes change by what they declare
 * (shared/api/op.ts), so counting them here refetched every query after every save.
 */
export function changeCounter(ctx: CoreContext): number {
  let epoch = epochs.get(ctx.db);
  if (epoch === undefined) epochs.set(ctx.db, (epoch = nextEpoch++));
  return epoch * 1_000_000_000 + (ctx.writer?.generation ?? 0) * 1_000_000 + dataVersion(ctx.db);
}

/** Calls onChange when another connection has committed; returns a function that stops watching. */
export function watchExternalChanges(ctx: CoreContext, onChange: () => void, intervalMs = 2000): () => void {
  let db = ctx.db;
  let last = dataVersion(db);
  const timer = setInterval(() => {
    try {
      if (ctx.db !== db) {
        // Reopened (take-over): a new connection starts its own count.
        db = ctx.db;
        last = dataVersion(db);
        onChange();
        return;
      }
      const v = dataVersion(db);
      if (v !== last) {
        last = v;
        onChange();
      }
    } catch {
      // Closed meanwhile: the owner stops us.
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
