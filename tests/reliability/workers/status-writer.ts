// Records status updates through the real API as fast as it can, printing "ack <id> <comment>" after each
// commit. The test kills it with SIGKILL at a random moment. Optional third argument: the lease TTL in ms.
import { openPortfolio } from '../../../electron/core/files/index.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { RESOURCES, say, sleepMs } from './common.ts';

const [path, runId, ttlArg] = process.argv.slice(2);
const ttl = Number(ttlArg ?? 150);
const opened = await openPortfolio(path, {
  resourcesDir: RESOURCES,
  leaseTtlMs: ttl,
  heartbeatMs: Math.max(40, Math.floor(ttl / 3)),
  log: () => {},
});
// The previous (killed) writer's lease may still look alive for a moment.
while (opened.readOnly && !(await opened.takeOver())) sleepMs(20);
say('ready');
const statuses = ['pagar', 'fullfort', 'ikke-startet', 'viderefort'] as const;
for (let i = 0; ; i++) {
  const comment = `${runId}-${i}`;
  const r = await dispatch(
    'status:record',
    { measureId: (i % 5) + 1, status: statuses[i % 4], assessment: 'gul', comment, effectiveDate: '2026-01-15' },
    () => opened.ctx,
    () => {},
  );
  if (r.ok) say(`ack ${(r.value as { id: number }).id} ${comment}`);
  else say(`fail ${r.error.code} ${r.error.message}`);
}
