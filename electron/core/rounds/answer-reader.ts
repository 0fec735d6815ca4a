// Reads a returned file in a worker with a heap cap and a time limit, never in the calling process: whatever the
// file holds, this process gets plain rows back or one Norwegian sentence saying why the file was refused.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { ParsedWorkbook, WorkerAnswer } from './answer-worker.ts';

export interface ReadLimits {
  /** The worker's old-generation heap, MB. */
  heapMb: number;
  timeoutMs: number;
}

// A filled form is read in well under a second; hostile files are refused by the checks before parsing, so the time
// limit is only the last line of defence, with room for a busy machine.
export const DEFAULT_READ_LIMITS: ReadLimits = { heapMb: 160, timeoutMs: 8_000 };

/** The worker script next to this one: the TypeScript source under Node, the bundled .cjs in the app. */
function workerUrl(): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? './answer-worker.ts' : './answer-worker.cjs', self);
}

const refused = (message: string) => new AppError('invalid', message, { fields: { file: message } });

/** The time a file of this size may take: a large, legitimate form (thousands of measures) needs more. */
export function limitsFor(bytes: number): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, timeoutMs: Math.min(30_000, DEFAULT_READ_LIMITS.timeoutMs + bytes / 100) };
}

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
      clearTimeout(timer);
      if (stop) void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            refused(
              `Filen tok for lang tid å lese (over ${Math.round(limits.timeoutMs / 1000)} sekunder) og er ikke lest ` +
                'inn. Et utfylt skjema leses på under ett sekund.',
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (m: WorkerAnswer) => finish(() => (m.ok ? resolve(m.parsed) : reject(refused(m.message)))));
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
