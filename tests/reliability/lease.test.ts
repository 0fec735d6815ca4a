// The writer lease: two instances started together, the holder killed (or frozen) at random. Never two
// writers at once: in the file, each run of an instance's writes follows its becoming the writer, and a frozen
// holder that wakes after a take-over is refused. Every step waits for what the instances say, never for a time,
// so the test holds on a busy machine (it was run beside two busy loops).
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { randomInt, report, startWorker, trials, type Worker } from './support.ts';

const tmp = tempDir('tiltak-lease-');
afterAll(() => tmp.cleanup());
const TTL = 300;

function authorRuns(path: string): string[] {
  // Writable so SQLite can roll back the killed holder's journal, as the app does on open.
  const db = new BetterSqlite3(path);
  try {
    const authors = (
      db.prepare("SELECT author FROM status_updates WHERE author LIKE 'inst-%' ORDER BY id").all() as {
        author: string;
      }[]
    ).map((r) => r.author);
    return authors.filter((a, i) => i === 0 || authors[i - 1] !== a);
  } finally {
    db.close();
  }
}

async function trial(t: number, freeze: boolean) {
  const path = portfolioFile(tmp.dir, `lease-${freeze ? 'freeze' : 'kill'}-${t}.tilt`);
  const names = [`inst-${t}-a`, `inst-${t}-b`];
  const workers = names.map((n) => startWorker('lease-instance.ts', [path, n, String(TTL)]));
  try {
    await Promise.all(workers.map((w) => w.waitFor((l) => l === 'writer' || l === 'reader')));
    const writersAtStart = workers.filter((w) => w.lines.includes('writer')).length;
    const holder = workers.find((w) => w.lines.includes('writer'))!;
    const other = workers.find((w) => w !== holder)!;
    // A random moment to stop the holder: after a random number of its acknowledged writes.
    const acksBeforeStop = randomInt(1, 6);
    await holder.waitFor((l) => l === `ack-count ${acksBeforeStop}`, 30_000);
    holder.kill(freeze ? 'SIGSTOP' : 'SIGKILL');
    const mark = other.lines.length;
    // Where the holder's lines after its stop begin (it may be woken early, below).
    const holderMark = holder.lines.length;
    if (freeze) {
      // Frozen inside a transaction, the holder still has SQLite's file lock: the other's take-over then fails
      // («takeover-failed») until the holder wakes and finishes that transaction. Either outcome is awaited.
      const first = await other.waitFor((l) => l === 'writer' || l.startsWith('takeover-failed'), 30_000, mark);
      if (first !== 'writer') holder.kill('SIGCONT');
    }
    await other.waitFor((l) => l === 'writer', 30_000, mark);
    const since = other.lines.length;
    await other.waitFor((l) => l.startsWith('ack'), 30_000, since);
    let refusedAfterWake = 0;
    if (freeze) {
      // The frozen holder wakes up believing it still writes: its writes must be refused.
      holder.kill('SIGCONT');
      await holder.waitFor((l) => l.startsWith('refused read-only') || l === 'reader', 30_000, holderMark);
      refusedAfterWake = 1;
      // The new writer goes on writing after the old one was refused: its run must stay unbroken.
      await other.waitFor((l) => l.startsWith('ack'), 30_000, other.lines.length);
    }
    return { writersAtStart, refusedAfterWake, takeovers: 1 };
  } finally {
    for (const w of workers) killHard(w);
    await Promise.all(workers.map((w) => w.exited));
    // Each run of an instance's writes must begin with it becoming the writer: a run without its own «writer»
    // line means it wrote while another held the lease. (Under a heavy load a heartbeat can lapse past the short
    // test TTL, and the old holder then takes over again, rightly: that is a new «writer» line and a new run.)
    const runs = authorRuns(path);
    workers.forEach((w, i) => {
      const becameWriter = w.lines.filter((l) => l === 'writer').length;
      overlapping += Math.max(0, runs.filter((a) => a === names[i]).length - becameWriter);
    });
  }
}

function killHard(w: Worker) {
  w.kill('SIGCONT');
  w.kill('SIGKILL');
}

let overlapping = 0;

describe('the writer lease', () => {
  it('never lets two instances write at once, whether the holder is killed or frozen', async () => {
    const n = trials(3, 40);
    let writersAtStartWrong = 0;
    let takeovers = 0;
    let refusedAfterWake = 0;
    for (let t = 0; t < n; t++) {
      const r = await trial(t, t % 2 === 1);
      if (r.writersAtStart !== 1) writersAtStartWrong++;
      takeovers += r.takeovers;
      refusedAfterWake += r.refusedAfterWake;
    }
    report('lease', {
      trials: n,
      takeovers,
      frozenHoldersRefused: refusedAfterWake,
      twoWritersAtStart: writersAtStartWrong,
      interleavedWrites: overlapping,
    });
    expect(writersAtStartWrong).toBe(0);
    expect(overlapping).toBe(0);
    expect(takeovers).toBe(n);
  });
});
