// Frees what a printed part left behind before the next arrives (pdf.ts). Joining a part parses it into pdf-lib's
// objects (tens of MB for a part of 400 table rows), which live through several collections and so end in V8's old
// generation; V8 then lets that generation grow to about four times what is alive before it collects it, so a long
// PDF took 300 MB of heap for 70 MB alive (issue 17). A collection once the heap has grown by a budget since the last
// one keeps it near what is alive; a collection costs about 0.2 s of CPU at that size, so not after every part.
// There is no API for it without `--expose-gc`: the flag is set at run time and `gc` taken from a fresh context, as
// jest's leak detector does; the process's own global is left as it was.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => unknown;

let gc: Gc | null | undefined;

function exposed(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  } catch {
    gc = null;
  }
  return gc;
}

/**
 * Asks V8 for a full collection, run as a task of its own once the current one yields (so while Chromium prints the
 * next part, not in the way of it); settles when it has run. Does nothing where the collector cannot be reached.
 */
export async function collectSoon(): Promise<void> {
  await exposed()?.({ type: 'major', execution: 'async' });
}

/** Collects (as `collectSoon`) when the heap holds `budgetMb` more than at its lowest since the last collection. */
export class HeapBudget {
  private readonly budget: number;
  private base = getHeapStatistics().used_heap_size;
  constructor(budgetMb: number) {
    this.budget = budgetMb * 1024 * 1024;
  }

  /** Starts a collection when over budget; settles when it has run (or at once when none was needed). */
  async check(): Promise<void> {
    const used = getHeapStatistics().used_heap_size;
    // V8's own collections lower the mark too.
    this.base = Math.min(this.base, used);
    if (used < this.base + this.budget) return;
    await collectSoon();
    this.base = getHeapStatistics().used_heap_size;
  }
}
