// Peak memory of one export, run in a child process (tests/bench/export-child.ts): the child's own maxRSS from the
// kernel, and for PDF the peak of Chromium's processes under it, summed, sampled from /proc every 50 ms (Linux).
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

function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export interface ExportPeak {
  /** Wall time of the export inside the child (no process start), ms. */
  childMs: number;
  /** The Node process's peak resident memory, MB. */
  peakRssMb: number;
  /** The peak of Chromium's processes together (PDF only), MB. */
  chromiumPeakMb?: number;
}

export function exportPeak(format: string, file: string): Promise<ExportPeak> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, format, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let chromium = 0;
    child.stdout.on('data', (d) => (out += String(d)));
    const timer =
      format === 'pdf'
        ? setInterval(() => {
            chromium = Math.max(
              chromium,
              descendants(child.pid!).reduce((sum, p) => sum + rssMb(p), 0),
            );
          }, 50)
        : null;
    child.on('error', fail);
    child.on('exit', (code) => {
      if (timer) clearInterval(timer);
      if (code !== 0) return fail(new Error(`export ${format} exited ${code}`));
      const r = JSON.parse(out) as { ms: number; maxRssMb: number };
      done({
        childMs: round1(r.ms),
        peakRssMb: round1(r.maxRssMb),
        ...(format === 'pdf' ? { chromiumPeakMb: round1(chromium) } : {}),
      });
    });
  });
}
