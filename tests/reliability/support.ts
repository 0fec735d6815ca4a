// Helpers for the reliability tests: trial counts (small in `npm test`, large in `npm run test:reliability`),
// worker processes that can be killed, and the figures each test reports for the summary.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LONG = process.env.RELIABILITY_LONG === '1';

/** Trial count: `quick` in npm test, `long` (or RELIABILITY_TRIALS) in the long run. */
export function trials(quick: number, long: number): number {
  const override = Number(process.env.RELIABILITY_TRIALS);
  if (LONG) return Number.isInteger(override) && override > 0 ? override : long;
  return quick;
}

export const SUMMARY_DIR = join(import.meta.dirname, '../../test-output/reliability');

export function report(name: string, figures: Record<string, number>): void {
  mkdirSync(SUMMARY_DIR, { recursive: true });
  writeFileSync(join(SUMMARY_DIR, `${name}.json`), JSON.stringify(figures, null, 2));
}

export interface Worker {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first line (from index `from`) matching; rejects on timeout or exit. */
  waitFor(pred: (line: string) => boolean, timeoutMs?: number, from?: number): Promise<string>;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

export function startWorker(script: string, args: string[]): Worker {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'workers', script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let buf = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (c: string) => {
    buf += c;
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters) w();
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let done = false;
  const exited = new Promise<number | null>((ok) =>
    child.on('exit', (code) => {
      done = true;
      for (const w of waiters) w();
      ok(code);
    }),
  );
  return {
    child,
    lines,
    exited,
    kill: (signal = 'SIGKILL') => {
      if (!done) child.kill(signal);
    },
    waitFor(pred, timeoutMs = 20_000, from = 0) {
      return new Promise((ok, fail) => {
        const check = () => {
          const hit = lines.slice(from).find(pred);
          if (hit !== undefined) return finish(() => ok(hit));
          if (done) return finish(() => fail(new Error(`worker ${script} exited; stderr: ${stderr}`)));
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              fail(new Error(`timeout waiting in ${script}; stderr: ${stderr}; last: ${lines.slice(-3).join(' | ')}`)),
            ),
          timeoutMs,
        );
        const finish = (f: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          f();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

export function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

export const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
