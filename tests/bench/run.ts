// npm run bench [-- --quick]: speed and memory at 44, 1 000 and 10 000 measures, against floors.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { counts, exampleFile } from './fixtures.ts';
import { measure, type Result, type Scenario } from './harness.ts';
import { openFile, statusAsOf, statusCommit } from './scenarios/core.ts';
import { exportScenarios } from './scenarios/exports.ts';
import { registerAll, registerQuery } from './scenarios/register.ts';

const SCENARIOS: Scenario[] = [openFile, registerQuery, registerAll, statusCommit, statusAsOf, ...exportScenarios];

const quick = process.argv.includes('--quick');
const sizes = quick ? [44, 1000] : [44, 1000, 10_000];
const results: Result[] = [];

for (const size of sizes) {
  const t0 = Date.now();
  const file = exampleFile(size);
  const c = counts(file);
  console.log(`\n${size} tiltak: ${c.updates} statusoppdateringer, ${c.budget} budsjettlinjer (klar på ${Date.now() - t0} ms)`);
  for (const s of SCENARIOS) {
    const r = await measure(s, { file, size, resourcesDir: sourceResourcesDir() });
    results.push(r);
    const verdict = r.targetMs === null ? '' : (s.useP95 ? r.p95Ms : r.medianMs) <= r.targetMs ? 'ok' : 'OVER';
    console.log(
      `  ${r.name.padEnd(52)} median ${String(r.medianMs).padStart(8)} ms  p95 ${String(r.p95Ms).padStart(8)} ms  floor ${String(r.floorMs ?? '—').padStart(7)}  ratio ${String(r.ratio ?? '—').padStart(6)}  target ${String(r.targetMs ?? '—').padStart(5)}  ${verdict}`,
    );
  }
}

writeFileSync('bench-results.json', `${JSON.stringify({ node: process.version, cpus: cpus().length, when: new Date().toISOString(), results }, null, 2)}\n`);
console.log('\nSkrev bench-results.json');
