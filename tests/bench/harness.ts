// Benchmark harness: each scenario is timed after a warm-up, several times, in turn with its floor (the same
// work done by the plainest possible means in the same run), so a slow machine shows as a slow floor too.
import { performance } from 'node:perf_hooks';

export interface BenchContext {
  /** A portfolio file generated for this size (a fresh copy per scenario when `mutates`). */
  file: string;
  size: number;
  resourcesDir: string;
}

export interface Scenario {
  name: string;
  /** Target median in ms for a size (the table), or null when none is set. */
  target(size: number): number | null;
  /** Use p95 instead of the median against the target (e.g. commit latency). */
  useP95?: boolean;
  /** Highest acceptable ratio to the floor at a size, where the issue sets one. */
  maxRatio?(size: number): number | null;
  /** What the floor is, for the table (e.g. «blank page», «quick_check»). */
  floorName?: string;
  /** Also report the median minus the floor (netMs), e.g. a page without the browser's own cost of a blank page. */
  reportNet?: boolean;
  /** Run only at these sizes (default: all). */
  sizes?: number[];
  /** Set up once per size; returns the measured function and an optional floor. */
  setup(ctx: BenchContext): Promise<Prepared> | Prepared;
  runs?: number;
  /** Untimed runs first (default 2), or a number per size. */
  warmup?: number | ((size: number) => number);
}

/** What `run` may return when it times itself (e.g. inside the page, from a key press to the frame that shows it). */
export interface Timed {
  measuredMs: number;
}

export interface Prepared {
  /** One run; timed from the outside, unless it returns its own figure (`Timed`). */
  run(): Promise<unknown> | unknown;
  floor?: () => Promise<unknown> | unknown;
  teardown?(): Promise<void> | void;
  /** Extra figures measured once after the timed runs (e.g. renderer heap). */
  extra?(): Promise<Record<string, number>> | Record<string, number>;
}

export interface Result {
  name: string;
  size: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number | null;
  floorMs: number | null;
  ratio: number | null;
  rssMb: number;
  [extra: string]: number | string | null;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

const isTimed = (v: unknown): v is Timed => typeof (v as Timed | null)?.measuredMs === 'number';

async function sample(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  const out = await fn();
  return isTimed(out) ? out.measuredMs : performance.now() - t0;
}

const spread = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};

/** The runs and the floor's runs taken in turn (after untimed warm-ups of each), so a spike of load on the machine
 * falls on both alike instead of moving the ratio. */
export async function timeInTurn(fn: () => unknown, floor: (() => unknown) | undefined, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) {
    await fn();
    await floor?.();
  }
  const main: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    main.push(await sample(fn));
    if (floor) base.push(await sample(floor));
  }
  return { main: spread(main), floor: floor ? spread(base) : null };
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function measure(s: Scenario, ctx: BenchContext): Promise<Result> {
  const prepared = await s.setup(ctx);
  try {
    const runs = s.runs ?? 15;
    const warmup = typeof s.warmup === 'function' ? s.warmup(ctx.size) : (s.warmup ?? 2);
    const { main, floor } = await timeInTurn(prepared.run, prepared.floor, runs, warmup);
    const medianMs = round(main.median);
    const floorMs = floor ? round(s.useP95 ? floor.p95 : floor.median) : null;
    const measured = s.useP95 ? main.p95 : main.median;
    return {
      name: s.name,
      size: ctx.size,
      medianMs,
      p95Ms: round(main.p95),
      targetMs: s.target(ctx.size),
      floorMs,
      ratio: floorMs ? round(measured / Math.max(floorMs, 0.001)) : null,
      rssMb: round(process.memoryUsage().rss / 1024 / 1024),
      ...(s.reportNet && floorMs !== null ? { netMs: round(main.median - floorMs) } : {}),
      ...((await prepared.extra?.()) ?? {}),
    };
  } finally {
    await prepared.teardown?.();
  }
}
