// Reads a returned file in a worker with a heap cap and a limit on its work, never in the calling process: whatever
// the file holds, this process gets plain rows back or one Norwegian sentence saying why the file was refused.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { ParsedWorkbook, WorkerAnswer } from './answer-worker.ts';

export interface ReadLimits {
  /** The worker's old-generation heap, MB. */
  heapMb: number;
  /** The processor time the worker may use. Measured as CPU time, not on the clock, so a busy machine does not turn
   * a good file away, while a file that makes the parser work too hard is stopped. */
  cpuMs: number;
  /** The clock's backstop, for a worker that stalls without using the processor. */
  wallMs: number;
}

// A filled form is read in well under a second of processor time; hostile files are refused by the checks before
// parsing (answer-zip.ts), so these limits are the last line of defence.
export const DEFAULT_READ_LIMITS: ReadLimits = { heapMb: 160, cpuMs: 5_000, wallMs: 60_000 };

/** A large, legitimate form (thousands of measures) may use a second more per megabyte. */
export function limitsFor(bytes: number): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, cpuMs: DEFAULT_READ_LIMITS.cpuMs + bytes / 1000 };
}

/** The worker script next to this one: the TypeScript source under Node, the bundled .cjs in the app. */
function workerUrl(): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? './answer-worker.ts' : './answer-worker.cjs', self);
}

const refused = (message: string) => new AppError('invalid', message, { fields: { file: message } });
const TOO_MUCH_WORK = (s: number) =>
  `Filen krevde for mye arbeid å lese (over ${s} sekunder) og er ikke lest inn. Et utfylt skjema leses på under ` +
  'ett sekund.';

function startWorker(heapMb: number, bytes?: Buffer): Worker {
  const worker = new Worker(workerUrl(), {
    workerData: { kind: 'parse-answer', bytes: bytes ? new Uint8Array(bytes) : undefined },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });
  return worker;
}

// After the first answer, the next worker is started ahead with its reader loaded, so the next file does not wait for
// it (about half the time of a small answer). It still reads one file only; it does not keep the process alive.
let spare: Worker | null = null;

function prepareSpare(): void {
  if (spare) return;
  const w = startWorker(DEFAULT_READ_LIMITS.heapMb);
  w.unref();
  w.once('exit', () => {
    if (spare === w) spare = null;
  });
  w.once('error', () => {
    if (spare === w) spare = null;
  });
  spare = w;
}

function takeWorker(bytes: Buffer, heapMb: number): { worker: Worker; cpuBefore: Promise<number> } {
  const w = spare;
  if (w && heapMb === DEFAULT_READ_LIMITS.heapMb) {
    spare = null;
    w.ref();
    // What it used while starting is not this file's work.
    const cpuBefore = w
      .cpuUsage()
      .then((u) => (u.user + u.system) / 1000)
      .catch(() => 0);
    w.postMessage(new Uint8Array(bytes));
    return { worker: w, cpuBefore };
  }
  return { worker: startWorker(heapMb, bytes), cpuBefore: Promise.resolve(0) };
}

export function readAnswerFile(bytes: Buffer, limits: ReadLimits = limitsFor(bytes.length)): Promise<ParsedWorkbook> {
  const { worker, cpuBefore } = takeWorker(bytes, limits.heapMb);
  setImmediate(prepareSpare);
  return new Promise((resolve, reject) => {
    let settled = false;
    // A worker that answered ends by itself; only one that overran or failed is stopped.
    const finish = (fn: () => void, stop = true) => {
      if (settled) return;
      settled = true;
      clearTimeout(wall);
      clearInterval(cpu);
      if (stop) void worker.terminate();
      fn();
    };
    const overran = () => finish(() => reject(refused(TOO_MUCH_WORK(Math.round(limits.cpuMs / 1000)))));
    const wall = setTimeout(overran, limits.wallMs);
    const cpu = setInterval(() => {
      Promise.all([worker.cpuUsage(), cpuBefore])
        .then(([u, before]) => (u.user + u.system) / 1000 - before > limits.cpuMs && overran())
        .catch(() => {});
    }, 100);
    worker.once('message', (m: WorkerAnswer) =>
      finish(() => (m.ok ? resolve(m.parsed) : reject(refused(m.message))), false),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          refused(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'Filen krevde for mye minne å lese og er ikke lest inn. Et utfylt skjema er lite; ' +
                  'bruk skjemaet fra innspillsrunden.'
              : 'Filen kunne ikke leses som en Excel-arbeidsbok og er ikke lest inn.',
          ),
        ),
      ),
    );
    worker.once('exit', () =>
      finish(() => reject(refused('Filen kunne ikke leses som en Excel-arbeidsbok og er ikke lest inn.'))),
    );
  });
}
