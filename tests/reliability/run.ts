// npm run test:reliability: the reliability tests with large trial counts, then one summary table.
// RELIABILITY_TRIALS=N overrides the trial count of every test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SUMMARY_DIR = join(import.meta.dirname, '../../test-output/reliability');
rmSync(SUMMARY_DIR, { recursive: true, force: true });
const started = Date.now();
const vitest = join(import.meta.dirname, '../../node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'reliability'], {
  stdio: 'inherit',
  env: { ...process.env, RELIABILITY_LONG: '1' },
});

console.log(`\nPålitelighetstester – sammendrag (${Math.round((Date.now() - started) / 1000)} s)`);
if (existsSync(SUMMARY_DIR)) {
  const rows = readdirSync(SUMMARY_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map(
      (f) =>
        [f.slice(0, -5), JSON.parse(readFileSync(join(SUMMARY_DIR, f), 'utf8')) as Record<string, number>] as const,
    );
  for (const [name, figures] of rows) {
    console.log(
      `  ${name.padEnd(30)} ${Object.entries(figures)
        .map(([k, v]) => `${k}=${v}`)
        .join('  ')}`,
    );
  }
  const total = (key: string) => rows.reduce((s, [, f]) => s + (f[key] ?? 0), 0);
  const negative = rows.find(([n]) => n === 'negative-control')?.[1];
  const lostGuarded = rows.filter(([n]) => n !== 'negative-control').reduce((s, [, f]) => s + (f.lost ?? 0), 0);
  console.log(
    `  ${'TOTAL'.padEnd(30)} trials=${total('trials')}  acknowledged=${total('acknowledged')}` +
      `  lost=${lostGuarded}` +
      `  detected=${total('detected')}  writesToDamaged=${total('writesToDamaged')}` +
      `  conflictsDetected=${total('conflicts') - (negative?.conflicts ?? 0)}` +
      `  integrityFailures=${total('integrityFailures') + total('invalidStates')}` +
      `  lostInNegativeControl=${negative?.lost ?? 0}`,
  );
}
process.exit(run.status ?? 1);
