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

export function readAnswerFile(bytes: Buffer, limits: ReadLimits = limitsFor(bytes.length)): Promise<ParsedWorkbook> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: { kind: 'parse-answer', bytes: new Uint8Array(bytes) },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    // The worker's own output is not ours to print; drain it.
    worker.stdout.resume();
    worker.stderr.resume();
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
      worker
        .cpuUsage()
        .then((u) => (u.user + u.system) / 1000 > limits.cpuMs && overran())
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
