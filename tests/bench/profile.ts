// node tests/bench/profile.ts [--size=44] [--page=oversikt|tiltak|tiltak/1|mote] [--runs=3] [--scroll]
// Where a page's time goes in Chromium, from navigation until it is ready (with --scroll: while the register is
// scrolled a screenful per frame to its end): a CPU profile (self time per script
// and the hottest functions) and a trace (the browser's own work: style, layout, paint, script compile), against
// the bench's example file on the preview. Needs a built renderer (`npm run build:renderer`); with source maps
// (`npx vite build --config renderer/vite.config.ts --sourcemap --outDir /tmp/r` and TILTAK_RENDERER_DIR=/tmp/r)
// the time is also given per source module and package. Not timed in tests.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import type { Page } from 'playwright-core';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
import { PAGE_READY } from './scenarios/ready.ts';
import { scrollToEnd } from './scenarios/scroll.ts';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const size = Number(arg('size', '44'));
const pageName = arg('page', 'oversikt');
const runs = Number(arg('runs', '3'));
const scroll = process.argv.includes('--scroll');
const ready = PAGE_READY[pageName.replace(/\/\d+$/, '/id')];
if (!ready) throw new Error(`Ukjent side: ${pageName}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const RENDERER = process.env.TILTAK_RENDERER_DIR ?? new URL('../../dist/renderer/', import.meta.url).pathname;
const maps = new Map<string, SourceMapConsumer | null>();
/** The source module (a package, or a file of ours) a sample's position maps to, where a source map exists. */
function sourceOf(url: string, line: number, column: number): string | null {
  const file = url.replace(/^https?:\/\/[^/]+\//, '');
  if (!maps.has(file)) {
    const map = join(RENDERER, `${file}.map`);
    maps.set(file, file && existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null);
  }
  const pos = maps.get(file)?.originalPositionFor({ line: line + 1, column });
  if (!pos?.source) return null;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(pos.source);
  return pkg
    ? `${pkg[1]} ${pkg[2].replace(/^.*\//, '')}:${pos.line}`
    : `${pos.source.replace(/^.*?(renderer|shared)\//, '$1/')}:${pos.line}`;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const top = (m: Map<string, number>, n: number, div: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${(v / div).toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');

async function once(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  if (scroll) {
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink', 'loading'] },
  } as never);
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  let frames = '';
  if (scroll) {
    const r = await scrollToEnd(page);
    frames = ` (${r.frames} frames, longest ${r.maxFrameMs} ms, p95 ${r.p95FrameMs} ms)`;
  } else {
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  }
  const readyMs = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { readyMs, profile, events, frames };
}

const copy = scratchCopy(exampleFile(size), `profile-${size}.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
const byScript = new Map<string, number>();
const byFunction = new Map<string, number>();
const bySource = new Map<string, number>();
const byEvent = new Map<string, number>();
const readyTimes: number[] = [];
try {
  const warm = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await warm.goto(`${web.url}#/${pageName}`);
  await warm.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  await warm.close();
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { readyMs, profile, events, frames } = await once(page, `${web.url}#/${pageName}`);
    readyTimes.push(readyMs);
    if (frames) console.log(`  run ${i + 1}: scrolled in ${readyMs} ms${frames}`);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const n = nodes.get(id)!;
      const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const script = n.callFrame.url.replace(/^.*\//, '') || `(${n.callFrame.functionName || 'program'})`;
      add(byScript, script, ms);
      const source = sourceOf(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber);
      if (source) add(bySource, source.replace(/ .*|:\d+$/, ''), ms);
      const where = source ?? `${script}:${n.callFrame.lineNumber}`;
      add(byFunction, `${n.callFrame.functionName || '(anonymous)'} ${where}`, ms);
    });
    // The renderer's main thread: complete events at the top level of each task, by name.
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
    for (const e of onMain)
      if (
        /^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|ParseAuthorStyleSheet|v8.compile|FunctionCall)/.test(e.name)
      )
        add(byEvent, e.name, (e.dur ?? 0) / 1000);
    add(
      byEvent,
      '(all tasks on the main thread)',
      onMain.filter((e) => e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0) / 1000, 0),
    );
    await page.close();
  }
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
console.log(`${pageName} at ${size}: ready after ${readyTimes.join(', ')} ms (mean of ${runs} runs below)`);
console.log(`  CPU self time by script:\n${top(byScript, 12, runs)}`);
if (bySource.size) console.log(`  CPU self time by source (package or module):\n${top(bySource, 20, runs)}`);
console.log(`  Hottest functions (self time):\n${top(byFunction, 25, runs)}`);
console.log(`  Browser work on the main thread (trace):\n${top(byEvent, 12, runs)}`);
