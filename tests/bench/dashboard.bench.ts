// Times every dashboard figure for one filter on a portfolio file:
//   node tests/bench/dashboard.bench.ts FILE   (make one with: npm run cli -- init --db FILE --example --size 10000)
import { changesInput, dashboardInput, statusOverTimeInput } from '../../shared/api/dashboard.contract.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { sourceResourcesDir } from '../../electron/core/paths.ts';
import { dashboardChanges, dashboardOverview, dashboardStatusOverTime } from '../../electron/core/services/dashboard.service.ts';

const file = process.argv[2];
if (!file) throw new Error('Bruk: node tests/bench/dashboard.bench.ts FIL');
const db = openPortfolioDb(file, { resourcesDir: sourceResourcesDir() });
const now = new Date();
const filters = { 'alle tiltak': {}, 'HOD, handlingsplan-2016': { ministries: ['HOD'], plans: ['handlingsplan-2016' as const] } };

function time(fn: () => unknown, runs = 10): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

for (const [name, filter] of Object.entries(filters)) {
  const overview = time(() => dashboardOverview(db, dashboardInput.parse({ filter }), now));
  const years = time(() => dashboardStatusOverTime(db, statusOverTimeInput.parse({ filter, granularity: 'year' }), now));
  const tertials = time(() => dashboardStatusOverTime(db, statusOverTimeInput.parse({ filter, granularity: 'tertial' }), now));
  const changes = time(() => dashboardChanges(db, changesInput.parse({ filter, since: '2025-06-30' }), now));
  console.log(
    `${name}: nøkkeltall og tre diagrammer ${overview.toFixed(1)} ms · status over tid per år ${years.toFixed(1)} ms, per tertial ${tertials.toFixed(1)} ms · endringer siden ${changes.toFixed(1)} ms · alt (år) ${(overview + years + changes).toFixed(1)} ms`,
  );
}
