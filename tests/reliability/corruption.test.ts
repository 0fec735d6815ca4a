// Corrupted copies (random bytes overwritten at random offsets): opening never crashes and never writes to
// a damaged file; a damaged file is reported with the backups to restore from, and the restore works.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, closeSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/api/contract.ts';
import { AppError } from '../../electron/core/errors.ts';
import { listBackups, openPortfolio, restoreBackup } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { randomInt, report, trials } from './support.ts';

const tmp = tempDir('tiltak-corrupt-');
afterAll(() => tmp.cleanup());

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function corrupt(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let i = randomInt(1, 8); i > 0; i--) {
      const len = randomInt(1, 64);
      const bytes = Buffer.from(Array.from({ length: len }, () => randomInt(0, 255)));
      writeSync(fd, bytes, 0, len, randomInt(0, size - len));
    }
  } finally {
    closeSync(fd);
  }
}

describe('a corrupted portfolio file', () => {
  it('is detected or harmless, is never written to, and the newest good backup can be restored', async () => {
    const backupDir = join(tmp.dir, 'backups');
    const original = portfolioFile(tmp.dir, 'original.tilt', { size: 40 });
    // One change through the app makes the day's backup, the one a restore is offered from.
    const first = await openPortfolio(original, { resourcesDir: RESOURCES, backupDir });
    const r = await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => first.ctx);
    expect(r.ok).toBe(true);
    first.close();

    const n = trials(25, 1000);
    let detected = 0;
    let undetected = 0;
    let crashes = 0;
    let writesToDamaged = 0;
    let restoreNotOffered = 0;
    let restores = 0;
    const crashNotes: string[] = [];
    for (let t = 0; t < n; t++) {
      const dir = join(tmp.dir, `t${t}`);
      mkdirSync(dir);
      const path = join(dir, 'portefolje.tilt');
      copyFileSync(original, path);
      // The backups belong to a file of that name: copy the backup folder's naming by using its folder.
      for (const b of listBackups(original, { backupDir }))
        copyFileSync(b.path, join(dir, b.fileName.replace('original.tilt', 'portefolje.tilt')));
      corrupt(path);
      const before = hash(path);
      try {
        const opened = await openPortfolio(path, { resourcesDir: RESOURCES, backupDir: dir });
        undetected++;
        // Sound by SQLite's checks (the bytes hit free space or plain text): every read must still answer.
        for (const name of OPERATION_NAMES) {
          const res = await dispatch(
            name,
            {},
            () => opened.ctx,
            () => {},
          );
          if (!res.ok && res.error.code === 'internal' && !/skadet/.test(res.error.message)) {
            crashes++;
            crashNotes.push(`${name}: ${res.error.message}`);
          }
        }
        opened.close();
      } catch (err) {
        if (!(err instanceof AppError)) {
          crashes++;
          crashNotes.push(`open: ${String(err)}`);
          continue;
        }
        detected++;
        if (hash(path) !== before || existsSync(`${path}-journal`) || existsSync(`${path}.lock`)) writesToDamaged++;
        const details = err.details as { damaged?: boolean; backups?: { path: string }[] } | undefined;
        if (!details?.damaged || !details.backups?.length) {
          restoreNotOffered++;
          crashNotes.push(`no restore offered: ${err.message}`);
          continue;
        }
        await restoreBackup(path, details.backups[0].path, { resourcesDir: RESOURCES, backupDir: dir });
        const reopened = await openPortfolio(path, { resourcesDir: RESOURCES, backupDir: dir });
        reopened.close();
        restores++;
      }
    }
    report('corruption', {
      trials: n,
      detected,
      undetectedButSound: undetected,
      crashes,
      writesToDamaged,
      restoreNotOffered,
      restores,
    });
    expect(crashNotes).toEqual([]);
    expect(crashes).toBe(0);
    expect(writesToDamaged).toBe(0);
    expect(restoreNotOffered).toBe(0);
    expect(detected).toBeGreaterThan(0);
  });
});
