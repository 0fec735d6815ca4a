// Two processes doing read-modify-write edits on the same measures. With the version check every
// acknowledged edit is in the final state and conflicts are detected; without it (negative control) edits
// are lost, which proves the test can see a loss.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { report, startWorker, trials } from './support.ts';

const tmp = tempDir('tiltak-rmw-');
afterAll(() => tmp.cleanup());

const IDS = [1, 2, 3];

async function run(mode: 'versioned' | 'blind', trial: number, edits: number) {
  const path = portfolioFile(tmp.dir, `${mode}-${trial}.tilt`);
  const workers = ['A', 'B'].map((name) =>
    startWorker('rmw-editor.ts', [path, mode, name, String(edits), IDS.join(',')]),
  );
  await Promise.all(workers.map((w) => w.waitFor((l) => l === 'ready')));
  for (const w of workers) w.child.stdin!.write('go\n');
  await Promise.all(workers.map((w) => w.waitFor((l) => l.startsWith('done'), 120_000)));
  await Promise.all(workers.map((w) => w.exited));

  const acked = new Map<number, string[]>(IDS.map((id) => [id, []]));
  let conflicts = 0;
  for (const w of workers) {
    for (const l of w.lines) {
      const [kind, id, token] = l.split(' ');
      if (kind === 'ack') acked.get(Number(id))!.push(token);
      if (kind === 'conflict') conflicts++;
    }
  }
  const db = new BetterSqlite3(path, { readonly: true });
  let lost = 0;
  let phantom = 0;
  let versionMismatch = 0;
  let acknowledged = 0;
  try {
    for (const id of IDS) {
      const row = db.prepare('SELECT title, version FROM measures WHERE id = ?').get(id) as {
        title: string;
        version: number;
      };
      const present = new Set(row.title.split(' ').filter((t) => /^[AB]:\d+$/.test(t)));
      const mine = acked.get(id)!;
      acknowledged += mine.length;
      lost += mine.filter((t) => !present.has(t)).length;
      phantom += [...present].filter((t) => !mine.includes(t)).length;
      if (row.version !== 1 + mine.length) versionMismatch++;
    }
  } finally {
    db.close();
  }
  return { acknowledged, lost, phantom, conflicts, versionMismatch };
}

function sum(rs: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rs) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

describe('two processes editing the same measures', () => {
  const n = trials(2, 10);
  const edits = trials(60, 150);

  it('with optimistic versions: every acknowledged edit is kept and conflicts are detected', async () => {
    const results = [];
    for (let t = 0; t < n; t++) results.push(await run('versioned', t, edits));
    const total = sum(results);
    report('optimistic-versions', { trials: n, ...total });
    expect(total.acknowledged).toBe(n * 2 * edits);
    expect(total.lost).toBe(0);
    expect(total.phantom).toBe(0);
    expect(total.versionMismatch).toBe(0);
    expect(total.conflicts).toBeGreaterThan(0);
  });

  it('negative control without the version check: the same test sees lost updates', async () => {
    const results = [];
    for (let t = 0; t < n; t++) results.push(await run('blind', t, edits));
    const total = sum(results);
    report('negative-control', { trials: n, ...total });
    expect(total.acknowledged).toBe(n * 2 * edits);
    expect(total.lost).toBeGreaterThan(0);
  });
});
