// What a crash or a sync client leaves: the file cut to 0 bytes, to its header, or anywhere in between. Every
// opener (the app's open, check, export) refuses it without writing to it, offers its newest good backup, and the
// backup restores. (A cut of only unused bytes at the very end leaves the content whole; it opens, and is
// compared with the original.)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors.ts';
import { listBackups, openPortfolio, restoreBackup } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { cli } from '../support/cli.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';
import { randomInt, report, trials } from './support.ts';

const tmp = tempDir('tiltak-truncate-');
afterAll(() => tmp.cleanup());
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('a portfolio cut short', () => {
  it('is refused by every opener, never written to, and its newest good backup restores', async () => {
    const backupDir = join(tmp.dir, 'backups');
    const original = portfolioFile(tmp.dir, 'original.tilt', { size: 40 });
    const first = await openPortfolio(original, { resourcesDir: RESOURCES, backupDir, log: () => {} });
    expect(
      (await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => first.ctx)).ok,
    ).toBe(true);
    first.close();
    const bytes = readFileSync(original);
    const reader = await openPortfolio(original, { resourcesDir: RESOURCES, readOnly: true, log: () => {} });
    const originalContent = snapshot(reader.ctx.db);
    reader.close();
    let harmless = 0;
    const n = trials(6, 200);
    let detected = 0;
    let writesToDamaged = 0;
    let restoreNotOffered = 0;
    let restores = 0;
    let exportsWritten = 0;
    const notes: string[] = [];
    for (let t = 0; t < n; t++) {
      const dir = join(tmp.dir, `t${t}`);
      mkdirSync(dir);
      const path = join(dir, 'p.tilt');
      // 0 bytes, the 100-byte header, one page, or a random length short of the whole file.
      const keep = [0, 100, 4096][t % 4] ?? randomInt(1, bytes.length - 1);
      writeFileSync(path, bytes.subarray(0, keep));
      for (const b of listBackups(original, { backupDir }))
        copyFileSync(b.path, join(dir, b.fileName.replace('original.tilt', 'p.tilt')));
      const before = hash(path);
      const filesBefore = readdirSync(dir).sort().join(',');
      let refusal: AppError | null = null;
      try {
        const o = await openPortfolio(path, { resourcesDir: RESOURCES, backupDir: dir, log: () => {} });
        // Only unused bytes at the very end were cut (SQLite reads them as zeros): the content must be whole.
        const same = snapshot(o.ctx.db) === originalContent && checkPortfolio(o.ctx.db).problems.length === 0;
        o.close();
        if (!same) notes.push(`opened a file cut to ${keep} of ${bytes.length} bytes, and its content differs`);
        else if (hash(path) !== before) writesToDamaged++;
        else harmless++;
        continue;
      } catch (err) {
        if (!(err instanceof AppError)) notes.push(`open crashed: ${String(err)}`);
        else refusal = err;
      }
      const check = await cli('check', '--db', path);
      const out = join(tmp.dir, `ut-${t}.csv`);
      const exp = await cli('export', '--db', path, '--format', 'csv', '--out', out);
      if (existsSync(out)) exportsWritten++;
      if (refusal && check.code !== 0 && exp.code !== 0) detected++;
      else
        notes.push(`cut to ${keep}: open ${refusal ? 'refused' : 'accepted'}, check ${check.code}, export ${exp.code}`);
      if (hash(path) !== before || readdirSync(dir).sort().join(',') !== filesBefore) writesToDamaged++;
      const backups = (refusal?.details as { backups?: { path: string }[] } | undefined)?.backups ?? [];
      if (backups.length === 0) {
        restoreNotOffered++;
        continue;
      }
      await restoreBackup(path, backups[0].path, { resourcesDir: RESOURCES, backupDir: dir });
      if ((await cli('check', '--db', path)).out === 'ok' && statSync(path).size > keep) restores++;
    }
    report('truncation', {
      trials: n,
      detected,
      harmless,
      writesToDamaged,
      exportsWritten,
      restoreNotOffered,
      restores,
    });
    expect(notes).toEqual([]);
    expect(detected + harmless).toBe(n);
    expect(writesToDamaged).toBe(0);
    expect(exportsWritten).toBe(0);
    expect(restoreNotOffered).toBe(0);
    expect(restores).toBe(detected);
  });
});
