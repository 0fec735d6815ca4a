// npm run bench [-- --quick]: speed and memory at 44, 1 000 and 10 000 measures, against floors.
// Builds the renderer and its server bundle first (the browser scenarios and the start-size figure measure
// dist/renderer; the preview renders the first page with dist/ssr).
// For a focused look: --size=N (one size), --only=TEXT[,TEXT] (scenarios whose name contains one), --no-build.
// TILTAK_RENDERER_DIR measures another build of the renderer (e.g. main's, for a before/after in one run).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { counts, exampleFile } from './fixtures.ts';
import { measure, type Result, type Scenario } from './harness.ts';
import { dashboardInBrowser, registerInBrowser } from './scenarios/browser.ts';
import { measureFromRegister, meetingNextSlide } from './scenarios/interactions.ts';
import { openFile, statusAsOf, statusCommit } from './scenarios/core.ts';
import { dashboardAll, dashboardFiltered } from './scenarios/dashboard.ts';
import { exportScenarios } from './scenarios/exports.ts';
import { packScenarios } from './scenarios/pack.ts';
import { registerAll, registerQuery } from './scenarios/register.ts';
import { roundScenarios } from './scenarios/rounds.ts';
import { statusSaveInBrowser } from './scenarios/status-save.ts';

const SCENARIOS: Scenario[] = [
  openFile,
  dashboardAll,
  dashboardFiltered,
  registerQuery,
  registerAll,
  statusCommit,
  statusAsOf,
  ...exportScenarios,
  ...packScenarios,
  ...roundScenarios,
  dashboardInBrowser,
  registerInBrowser,
  measureFromRegister,
  meetingNextSlide,
  statusSaveInBrowser,
];

/** Limits on figures measured once per size (issues 7 and 17); scrolling and memory limits apply at 10 000. */
const EXTRA_LIMITS: { key: string; limit: number; label: string; atSize?: number }[] = [
  { key: 'maxFrameMs', limit: 50, label: 'longest frame while scrolling (ms)', atSize: 10_000 },
  { key: 'startJsGzipKb', limit: 150, label: 'JavaScript at start (KB gzip)' },
  { key: 'startCssKb', limit: 60, label: 'stylesheets at start (KB)' },
  { key: 'coreRssMb', limit: 250, label: 'core process RSS (MB)', atSize: 10_000 },
  { key: 'rendererHeapMb', limit: 150, label: 'renderer JS heap (MB)', atSize: 10_000 },
  { key: 'peakRssMb', limit: 500, label: 'export peak RSS, Node (MB)', atSize: 10_000 },
  // Chromium's processes share their libraries and much of their memory; summed RSS counts it once per process (a
  // 4-page PDF already sums to about 950 MB), so the limit is on the sum of PSS; the RSS sum is shown beside it.
  { key: 'chromiumPssPeakMb', limit: 1000, label: 'export peak PSS, Chromium (MB)', atSize: 10_000 },
  // Issue 14: the report pack within 500 MB at every size.
  { key: 'packPeakRssMb', limit: 500, label: 'peak memory making the pack (MB)' },
];

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--size='));
const sizes = only ? [Number(only.slice(7))] : quick ? [44, 1000] : [44, 1000, 10_000];
const onlyScenario = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const results: Result[] = [];
const misses: string[] = [];

if (!process.argv.includes('--no-build')) {
  // The renderer, and its server bundle (the preview renders the first page with it).
  for (const config of ['renderer/vite.config.ts', 'renderer/vite.ssr.config.ts'])
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', config, '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
}

/** A row's target: milliseconds, or a ratio to its floor (the floor is named in the scenario's file). */
const targetText = (ms: number | null, ratio: number | null) =>
  [ms === null ? null : `${ms}`, ratio === null ? null : `≤${ratio}×`].filter(Boolean).join(' ') || '—';
const loadavgAtStart = loadavg();
const fmt = (n: number | null | undefined, w: number) =>
  (n === null || n === undefined || Number.isNaN(n) ? '—' : String(n)).padStart(w);
console.log(
  `Node ${process.version}, ${cpus().length} CPU-er, last ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

for (const size of sizes) {
  const t0 = Date.now();
  const file = exampleFile(size);
  const c = counts(file);
  console.log(
    `\n${size} tiltak: ${c.updates} statusoppdateringer, ${c.budget} budsjettlinjer (klar på ${Date.now() - t0} ms)`,
  );
  console.log(
    `  ${'scenario'.padEnd(46)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'floor'.padStart(8)} ` +
      `${'ratio'.padStart(6)} ${'target'.padStart(7)}  verdict`,
  );
  for (const s of SCENARIOS) {
    if ((s.sizes && !s.sizes.includes(size)) || (onlyScenario && !onlyScenario.some((o) => s.name.includes(o))))
      continue;
    const r = await measure(s, { file, size, resourcesDir: sourceResourcesDir() });
    const measured = s.useP95 ? r.p95Ms : r.medianMs;
    const problems: string[] = [];
    if (r.targetMs !== null && measured > r.targetMs)
      problems.push(`${s.useP95 ? 'p95' : 'median'} over ${r.targetMs} ms`);
    const maxRatio = s.maxRatio?.(size) ?? null;
    if (maxRatio !== null && r.ratio !== null && r.ratio > maxRatio) problems.push(`ratio over ${maxRatio}`);
    const extras = EXTRA_LIMITS.filter((l) => typeof r[l.key] === 'number' && (!l.atSize || l.atSize === size));
    for (const l of extras) if ((r[l.key] as number) > l.limit) problems.push(`${l.label} over ${l.limit}`);
    r.maxRatio = maxRatio;
    r.floorName = s.floorName ?? null;
    r.verdict = r.targetMs === null && maxRatio === null && extras.length === 0 ? '—' : problems.length ? 'OVER' : 'ok';
    results.push(r);
    if (problems.length) misses.push(`${s.name} at ${size}: ${problems.join(', ')}`);
    console.log(
      `  ${r.name.padEnd(46)} ${fmt(r.medianMs, 8)} ${fmt(r.p95Ms, 8)} ${fmt(r.floorMs, 8)} ` +
        `${fmt(r.ratio, 6)} ${targetText(r.targetMs, maxRatio).padStart(7)}  ${r.verdict}` +
        (problems.length ? ` (${problems.join(', ')})` : ''),
    );
    const shown = Object.entries(r).filter(
      ([k]) =>
        ![
          'name',
          'size',
          'medianMs',
          'p95Ms',
          'targetMs',
          'floorMs',
          'ratio',
          'rssMb',
          'verdict',
          'maxRatio',
          'floorName',
        ].includes(k),
    );
    if (shown.length) console.log(`  ${''.padEnd(46)} ${shown.map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  }
}

writeFileSync(
  'bench-results.json',
  `${JSON.stringify(
    {
      node: process.version,
      cpus: cpus().length,
      loadavgAtStart,
      loadavgAtEnd: loadavg(),
      when: new Date().toISOString(),
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(misses.length ? `\nOver målet:\n${misses.map((m) => `  ${m}`).join('\n')}` : '\nAlle mål nådd.');
console.log('Skrev bench-results.json');
