// Changes made on days whose backup cannot be made (the backup folder read-only, or its disk full): every change
// is saved, none is lost, and each time the page is told why there is no backup.
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { FIXED_NOW, portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';
import { smallDisk } from '../support/small-disk.ts';
import { randomInt, report, trials } from './support.ts';

const tmp = tempDir('tiltak-backup-fail-');
afterAll(() => tmp.cleanup());
const DAY = 86_400_000;

describe('a day whose backup cannot be made', () => {
  it('still saves every change, loses none, and says why each time', async () => {
    const n = trials(4, 60);
    const disk = smallDisk(1024);
    disk.fill();
    let acknowledged = 0;
    let lost = 0;
    let warned = 0;
    let attempts = 0;
    try {
      for (let t = 0; t < n; t++) {
        const dir = join(tmp.dir, `t${t}`);
        mkdirSync(dir);
        const path = portfolioFile(dir, 'p.tilt');
        const full = t % 2 === 1;
        const backupDir = full ? join(disk.dir, `t${t}`) : join(dir, 'kopier');
        let undo = () => {};
        if (!full) {
          mkdirSync(backupDir);
          undo = makeReadOnly(backupDir);
        }
        let day = 0;
        const o = await openPortfolio(path, {
          resourcesDir: RESOURCES,
          backupDir,
          now: () => new Date(FIXED_NOW.getTime() + day * DAY),
          log: () => {},
        });
        const saved: number[] = [];
        try {
          for (let i = randomInt(2, 6); i > 0; i--, day++) {
            attempts++;
            const r = await dispatch(
              'status:record',
              { measureId: randomInt(1, 26), status: 'pagar', assessment: 'gronn', comment: `t${t}-${i}` },
              () => o.ctx,
              () => {},
            );
            if (!r.ok) continue;
            acknowledged++;
            saved.push((r.value as { id: number }).id);
            const info = await dispatch('portfolio:info', {}, () => o.ctx);
            if (info.ok && /ble ikke laget fordi/.test((info.value as PortfolioInfo).backupWarning ?? '')) warned++;
          }
        } finally {
          o.close();
          undo();
        }
        const db = new BetterSqlite3(path, { readonly: true });
        const ids = new Set((db.prepare('SELECT id FROM status_updates').all() as { id: number }[]).map((r) => r.id));
        db.close();
        lost += saved.filter((id) => !ids.has(id)).length;
      }
    } finally {
      disk.cleanup();
    }
    report('backup-failure', { trials: n, changes: attempts, acknowledged, lost, warned });
    expect(acknowledged).toBe(attempts);
    expect(lost).toBe(0);
    expect(warned).toBe(attempts);
  });
});
