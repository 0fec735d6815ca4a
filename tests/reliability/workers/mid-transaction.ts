// A writer that records a few status updates ("ack <id> <comment>"), then starts a large change whose pages spill
// into the file and stops inside that transaction ("in-transaction") until it is killed: a crash mid-write.
import { openPortfolio } from '../../../electron/core/files/index.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { RESOURCES, say, sleepMs } from './common.ts';

const [path, runId] = process.argv.slice(2);
const opened = await openPortfolio(path, { resourcesDir: RESOURCES, leaseTtlMs: 30_000, log: () => {} });
for (let i = 0; i < 3; i++) {
  const comment = `${runId}-${i}`;
  const r = await dispatch(
    'status:record',
    { measureId: i + 1, status: 'pagar', assessment: 'gul', comment, effectiveDate: '2026-01-15' },
    () => opened.ctx,
    () => {},
  );
  if (r.ok) say(`ack ${(r.value as { id: number }).id} ${comment}`);
}
const db = opened.ctx.db;
db.pragma('cache_size = 5');
db.exec('BEGIN IMMEDIATE');
db.exec(`UPDATE measures SET description = description || printf('%.3000c', 'x')`);
say('in-transaction');
sleepMs(600_000);
