// One app instance: opens the file, writes status updates while it holds the writer lease, and tries to
// take over every few milliseconds while it does not. Prints "writer"/"reader" and "ack <id>".
// Its busy timeout is kept below the (short, test-sized) lease TTL, as the app's 5 s is below its 30 s TTL.
import { openPortfolio } from '../../../electron/core/files/index.ts';
import { dispatch } from '../../../electron/core/handlers/dispatch.ts';
import { RESOURCES, say, sleepMs } from './common.ts';

const [path, name, ttlArg] = process.argv.slice(2);
const ttl = Number(ttlArg);
const open = () =>
  openPortfolio(path, {
    resourcesDir: RESOURCES,
    user: name,
    host: 'test',
    leaseTtlMs: ttl,
    heartbeatMs: Math.floor(ttl / 4),
    busyTimeoutMs: Math.floor(ttl / 3),
    log: () => {},
  });
// Opening while the other instance commits can meet a busy file ("Filen er i bruk …, prøv igjen"): retry, as a
// user would.
let opened: Awaited<ReturnType<typeof open>>;
for (;;) {
  try {
    opened = await open();
    break;
  } catch (err) {
    if ((err as { code?: string }).code !== 'busy') {
      say(`open-failed ${(err as { code?: string }).code} ${(err as Error).message}`);
      throw err;
    }
    say('open-busy');
    await new Promise((r) => setTimeout(r, 20));
  }
}
let role = '';
let acks = 0;
const announce = () => {
  const now = opened.readOnly ? 'reader' : 'writer';
  if (now !== role) say((role = now));
};
announce();
for (let seq = 0; ; seq++) {
  announce();
  if (opened.readOnly) {
    try {
      await opened.takeOver();
    } catch (err) {
      // busy while the old holder finishes a transaction: try again
      say(`takeover-failed ${(err as Error).message}`);
    }
    announce();
    await new Promise((r) => setTimeout(r, 20));
    continue;
  }
  const r = await dispatch(
    'status:record',
    {
      measureId: 1,
      status: 'pagar',
      assessment: 'gronn',
      comment: `${name}:${seq}`,
      author: name,
      effectiveDate: '2026-01-15',
    },
    () => opened.ctx,
    () => {},
  );
  if (r.ok) {
    say(`ack ${(r.value as { id: number }).id}`);
    say(`ack-count ${++acks}`);
  } else say(`refused ${r.error.code} ${r.error.message}`);
  // Let timers (the heartbeat) run between writes, as the app's event loop does.
  await new Promise((res) => setTimeout(res, 2));
  sleepMs(1);
}
