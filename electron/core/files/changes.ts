// Noticing changes made by another connection (another instance, the CLI): PRAGMA data_version moves when
// someone else commits. The renderer polls `portfolio:changes` (and on focus) and refetches its queries.
import type { CoreContext } from '../context.ts';
import { dataVersion, totalChanges } from '../repositories/file-health.repo.ts';

/** A counter that grows with every commit to the file, by anyone (other connections + this one), and with each
 * change of who may write (so a reader's page learns that the writer has left). */
export function changeCounter(ctx: CoreContext): number {
  return dataVersion(ctx.db) + totalChanges(ctx.db) + (ctx.writer?.generation ?? 0) * 1_000_000;
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
