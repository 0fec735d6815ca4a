// Times the register query on a 10 000-measure example file with 20 status updates per measure.
// Usage: node tests/bench/register-query.ts [FILE]   (the file is made on first use; ~20 s)
import { existsSync } from 'node:fs';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { createPortfolioFile } from '../../electron/core/services/portfolio.service.ts';
import { queryRegister } from '../../electron/core/services/register.service.ts';
import type { MeasureFilter } from '../../shared/api/filter.ts';
import type { RegisterSortKey } from '../../shared/api/register.contract.ts';

const file = process.argv[2] ?? '/tmp/tiltak-bench-10000x20.tilt';
const now = new Date('2026-11-23T09:00:00Z');
if (!existsSync(file)) createPortfolioFile(file, { resourcesDir: sourceResourcesDir(), now, example: { size: 10_000, updatesPerMeasure: 20 } });
const db = openPortfolioDb(file, { resourcesDir: sourceResourcesDir() });

const cases: [string, MeasureFilter, RegisterSortKey?][] = [
  ['all 10 000, by number', {}],
  ['search "helsedir" (agency name)', { q: 'helsedir' }],
  ['search "finansiering" (comments)', { q: 'finansiering' }],
  ['search "forsinket" (frequent in comments)', { q: 'forsinket' }],
  ['search "PÅ SPORET"', { q: 'PÅ SPORET' }],
  ['search "16"', { q: '16' }],
  ['ministry HOD + stale 12', { ministries: ['HOD'], staleMonths: 12 }],
  ['status pagar, assessment rod', { statuses: ['pagar'], assessments: ['rod'] }],
  ['all, sort by title', {}, 'title'],
  ['all, sort by owner', {}, 'owner'],
  ['all, sort by budget', {}, 'budget'],
];
for (const [label, filter, by] of cases) {
  const run = () => queryRegister(db, { filter, sort: by ? { by, dir: 'asc' } : undefined }, { now });
  run();
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    n = run().rows.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${times[3].toFixed(1).padStart(6)} ms  rows ${n}`);
}
db.close();
