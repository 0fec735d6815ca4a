// Frees what a printed part left behind before the next arrives (pdf.ts). Joining a part parses it into pdf-lib's
// objects (tens of MB for a part of 400 table rows), which live through several collections and so end in V8's old
// generation; V8 then lets that generation grow to about four times what is alive before it collects it, so a long
// PDF took 300 MB of heap for 70 MB alive (issue 17). A collection after each part keeps the heap near what is alive.
// There is no API for it without `--expose-gc`: the flag is set at run time and `gc` taken from a fresh context, as
// jest's leak detector does; the process's own global is left as it was.
import { setFlagsFromString } from 'node:v8';
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
