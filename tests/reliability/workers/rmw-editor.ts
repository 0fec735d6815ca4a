// Read-modify-write edits of measure titles: read title and version, think a moment, append a token and
// write back. "versioned" writes only if the version is unchanged (optimistic concurrency, as the detail
// page does); "blind" overwrites (the negative control, which must lose updates).
// Deliberately no writer lease: this is the second line of defence, tested on its own.
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { writeTx } from '../../../electron/core/db/tx.ts';
import { RESOURCES, say, sleepMs, waitForGo } from './common.ts';

const [path, mode, name, editsArg, idsArg] = process.argv.slice(2);
const edits = Number(editsArg);
const ids = idsArg.split(',').map(Number);
const db = openPortfolioDb(path, { resourcesDir: RESOURCES, busyTimeoutMs: 10_000 });
const read = db.prepare('SELECT title, version FROM measures WHERE id = ?');
const versioned = db.prepare('UPDATE measures SET title = ?, version = version + 1 WHERE id = ? AND version = ?');
const blind = db.prepare('UPDATE measures SET title = ?, version = version + 1 WHERE id = ?');

say('ready');
await waitForGo();
let conflicts = 0;
for (let i = 0; i < edits; i++) {
  const id = ids[Math.floor(Math.random() * ids.length)];
  const token = `${name}:${i}`;
  for (;;) {
    const row = read.get(id) as { title: string; version: number };
    sleepMs(Math.floor(Math.random() * 3)); // the user looks at the form
    const title = `${row.title} ${token}`;
    const changed = writeTx(
      db,
      () => (mode === 'versioned' ? versioned.run(title, id, row.version) : blind.run(title, id)).changes,
    );
    if (changed === 1) {
      say(`ack ${id} ${token}`);
      break;
    }
    conflicts++;
    say(`conflict ${id} ${token}`);
  }
}
say(`done ${conflicts}`);
db.close();
process.exit(0);
