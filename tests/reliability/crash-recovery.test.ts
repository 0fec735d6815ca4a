// After a writer is killed with SIGKILL mid-write: the user who reopens it on the same machine gets the file for
// writing at once (the lock names a process that is gone; no 30-second wait), a user who may only read is told in
// one sentence what to do while the crash's hot journal is there (and nothing is touched), and once anyone who may
// write has opened it, readers and the CLI work. No acknowledged update is lost.
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { cli } from '../support/cli.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';
import { randomInt, report, startWorker, trials } from './support.ts';

const tmp = tempDir('tiltak-crash-');
afterAll(() => tmp.cleanup());
const hash = (p: string) => (existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'none');
/** A rollback journal SQLite will replay: it starts with the journal magic (a cold one is zeroed or empty). */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
const isHot = (journal: string) => existsSync(journal) && readFileSync(journal).subarray(0, 8).equals(JOURNAL_MAGIC);

describe('a writer killed mid-write', () => {
  it('hands the file to the next writer at once, is reported to readers, and loses nothing', async () => {
    const path = portfolioFile(tmp.dir, 'krasj.tilt');
    const n = trials(4, 100);
    let acknowledged = 0;
    let lost = 0;
    let takenOverAtOnce = 0;
    let hotJournals = 0;
    let readOnlyReported = 0;
    let writesToDamaged = 0;
    const notes: string[] = [];
    for (let t = 0; t < n; t++) {
      // A 30-second lease, as in the app: only the dead-process rule lets the next writer in at once. Every other
      // trial kills the writer while it is stopped inside a large transaction (a hot journal for certain); the
      // others kill it at a random moment between or during its writes.
      const inside = t % 2 === 1;
      const w = inside
        ? startWorker('mid-transaction.ts', [path, `t${t}`])
        : startWorker('status-writer.ts', [path, `t${t}`, '30000']);
      if (inside) await w.waitFor((l) => l === 'in-transaction', 60_000);
      else await w.waitFor((l) => l.startsWith('ack') && l.endsWith(`-${randomInt(1, 40)}`), 60_000);
      w.kill('SIGKILL');
      await w.exited;
      const acks = w.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' '));
      acknowledged += acks.length;

      if (isHot(`${path}-journal`)) {
        hotJournals++;
        // A reader without write access to the folder meets the hot journal: one sentence, nothing touched.
        const dir = join(tmp.dir, `lesbar-${t}`);
        mkdirSync(dir);
        const copy = join(dir, 'krasj.tilt');
        cpSync(path, copy);
        cpSync(`${path}-journal`, `${copy}-journal`);
        const before = [hash(copy), hash(`${copy}-journal`)];
        const undo = makeReadOnly(dir);
        try {
          const r = await cli('check', '--db', copy);
          if (r.code === 1 && /ble avbrutt midt i en lagring/.test(r.err) && r.err.split('\n').length === 1)
            readOnlyReported++;
          else notes.push(`read-only check said: ${r.err || r.out}`);
          if (hash(copy) !== before[0] || hash(`${copy}-journal`) !== before[1]) writesToDamaged++;
        } finally {
          undo();
        }
      }
      // The same user reopens at once: the lock names a dead process on this host.
      const next = await openPortfolio(path, { resourcesDir: RESOURCES, leaseTtlMs: 30_000, log: () => {} });
      if (!next.readOnly) takenOverAtOnce++;
      else notes.push(`trial ${t}: still read-only: ${next.ctx.readOnlyReason}`);
      next.close();
      const db = new BetterSqlite3(path, { readonly: true });
      try {
        const get = db.prepare('SELECT comment FROM status_updates WHERE id = ?');
        for (const [, id, comment] of acks)
          if ((get.get(Number(id)) as { comment: string } | undefined)?.comment !== comment) lost++;
      } finally {
        db.close();
      }
    }
    expect((await cli('check', '--db', path)).out).toBe('ok');
    report('crash-recovery', {
      trials: n,
      acknowledged,
      lost,
      takenOverAtOnce,
      hotJournals,
      readOnlyReported,
      writesToDamaged,
    });
    expect(notes).toEqual([]);
    expect(lost).toBe(0);
    expect(takenOverAtOnce).toBe(n);
    expect(hotJournals).toBeGreaterThanOrEqual(Math.floor(n / 2));
    expect(readOnlyReported).toBe(hotJournals);
    expect(writesToDamaged).toBe(0);
  });
});
