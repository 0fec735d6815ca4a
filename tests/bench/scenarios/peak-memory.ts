// Peak memory of one export, run in a child process (tests/bench/export-child.ts): the child's own maxRSS from the
// kernel, and for PDF the peak of Chromium's processes under it, summed (RSS and PSS), sampled from /proc every 50 ms
// (Linux).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CHILD = new URL('../export-child.ts', import.meta.url).pathname;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every process below `pid`, from /proc/<pid>/stat's parent field. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

/** A figure in kB from a /proc file of the process, in MB (0 when the process is gone). */
function procMb(pid: number, file: string, field: RegExp): number {
  try {
    return Number(field.exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const rssMb = (pid: number) => procMb(pid, 'status', /VmRSS:\s+(\d+)/);
/** Proportional set size: a page shared by k processes counts 1/k in each, so the sum over processes is real. */
const pssMb = (pid: number) => procMb(pid, 'smaps_rollup', /\nPss:\s+(\d+)/);

/** Chromium's processes under a child, peak of their sums: RSS (shared pages counted in each) and PSS. */
export interface ChromiumPeak {
  /** Sum of the processes' resident sets, MB. Shared library and shared-memory pages count once per process. */
  chromiumPeakMb: number;
  /** Sum of their proportional set sizes, MB: what they hold together, each shared page counted once. */
  chromiumPssPeakMb: number;
}

/**
 * Runs `node script ...args` and returns what it printed (JSON) with, when `chromium`, the peak memory of the
 * Chromium processes started under it, sampled from /proc every 50 ms (Linux).
 */
export function childPeak<T>(script: string, args: string[], chromium: boolean): Promise<T & Partial<ChromiumPeak>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let rss = 0;
    let pss = 0;
    child.stdout.on('data', (d) => (out += String(d)));
    const timer = chromium
      ? setInterval(() => {
          const pids = descendants(child.pid!);
          rss = Math.max(
            rss,
            pids.reduce((sum, p) => sum + rssMb(p), 0),
          );
          pss = Math.max(
            pss,
            pids.reduce((sum, p) => sum + pssMb(p), 0),
          );
        }, 50)
      : null;
    child.on('error', fail);
    child.on('exit', (code) => {
      if (timer) clearInterval(timer);
      if (code !== 0) return fail(new Error(`${script} ${args.join(' ')} exited ${code}`));
      const r = JSON.parse(out) as T;
      const peak: Partial<ChromiumPeak> = chromium
        ? { chromiumPeakMb: round1(rss), chromiumPssPeakMb: round1(pss) }
        : {};
      done({ ...r, ...peak });
    });
  });
}

export interface ExportPeak extends Partial<ChromiumPeak> {
  /** Wall time of the export inside the child (no process start), ms. */
  childMs: number;
  /** The Node process's peak resident memory, MB. */
  peakRssMb: number;
}

export async function exportPeak(format: string, file: string): Promise<ExportPeak> {
  const { ms, maxRssMb, ...chromium } = await childPeak<{ ms: number; maxRssMb: number; bytes: number }>(
    CHILD,
    [format, file],
    format === 'pdf',
  );
  return {
    childMs: round1(ms),
    peakRssMb: round1(maxRssMb),
    ...(format === 'pdf'
      ? { chromiumPeakMb: chromium.chromiumPeakMb, chromiumPssPeakMb: chromium.chromiumPssPeakMb }
      : {}),
  };
}
