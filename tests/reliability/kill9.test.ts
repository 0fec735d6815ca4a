// kill -9 of a writer during status updates: every acknowledged update survives and the file stays sound.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { delay, randomInt, report, startWorker, trials } from './support.ts';

const tmp = tempDir('tiltak-kill9-');
afterAll(() => tmp.cleanup());

describe('a writer killed with SIGKILL', () => {
  it('loses no acknowledged update and leaves a sound file', async () => {
    const path = portfolioFile(tmp.dir, 'kill.tilt');
    const n = trials(4, 150);
    let acknowledged = 0;
    let lost = 0;
    let integrityFailures = 0;
    let recoveredJournals = 0;
    for (let t = 0; t < n; t++) {
      const w = startWorker('status-writer.ts', [path, `t${t}`]);
      await w.waitFor((l) => l === 'ready');
      await w.waitFor((l) => l.startsWith('ack'));
      await delay(randomInt(0, 60));
      w.kill('SIGKILL');
      await w.exited;
      const acks = w.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' '));
      acknowledged += acks.length;

      if (existsSync(`${path}-journal`)) recoveredJournals++;
      // Reopen the way the app does (quick_check, hot-journal recovery), read-only for the verification.
      const opened = await openPortfolio(path, { resourcesDir: RESOURCES, readOnly: true });
      opened.close();
      const db = new BetterSqlite3(path, { readonly: true });
      try {
        const { problems } = checkPortfolio(db);
        if (problems.length) integrityFailures++;
        const get = db.prepare('SELECT comment FROM status_updates WHERE id = ?');
        for (const [, id, comment] of acks) {
          if ((get.get(Number(id)) as { comment: string } | undefined)?.comment !== comment) lost++;
        }
      } finally {
        db.close();
      }
    }
    report('kill9', { trials: n, acknowledged, lost, integrityFailures, recoveredJournals });
    expect(acknowledged).toBeGreaterThan(0);
    expect(lost).toBe(0);
    expect(integrityFailures).toBe(0);
  });
});
