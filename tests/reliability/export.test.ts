// Exports never destroy anything. Killed at a random moment while writing over an existing report, an export
// leaves that report whole (the old one or a complete new one), never half a file; and an export aimed at the
// portfolio by any spelling of its path, at its lock or its backups is refused with the portfolio unchanged.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { parseCsv, readXlsx } from '../support/read-exports.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { randomInt, report, startWorker, trials } from './support.ts';

const tmp = tempDir('tiltak-export-rel-');
afterAll(() => tmp.cleanup());
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A complete report: XLSX that exceljs opens with its two sheets, or CSV with its header and every row. */
async function whole(path: string, format: string): Promise<boolean> {
  try {
    if (format === 'xlsx') return (await readXlsx(readFileSync(path))).worksheets.length >= 2;
    const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
    return rows[0]?.[0] === 'Plan' && rows.length === 45;
  } catch {
    return false;
  }
}

describe('an export', () => {
  it('killed while it writes over an existing report leaves a whole report, never half a file', async () => {
    const db = portfolioFile(tmp.dir, 'p.tilt', true);
    const n = trials(4, 60);
    let killed = 0;
    let halfFiles = 0;
    for (let t = 0; t < n; t++) {
      const format = t % 2 === 0 ? 'xlsx' : 'csv';
      const out = join(tmp.dir, `rapport-${t}.${format}`);
      writeFileSync(out, 'forrige rapport');
      const w = startWorker('exporter.ts', [db, format, out]);
      await w.waitFor((l) => l === 'ready');
      // A random moment: after a random number of completed exports, while the next one is under way.
      await w.waitFor((l) => l === `wrote ${randomInt(1, 3)}`, 60_000);
      w.kill('SIGKILL');
      await w.exited;
      killed++;
      if (!(await whole(out, format))) halfFiles++;
    }
    report('export-kill', { trials: n, killed, halfFiles, lost: 0 });
    expect(halfFiles).toBe(0);
  });

  it('aimed at the portfolio, its lock, its journal or its backups is refused and changes nothing', async () => {
    const dir = join(tmp.dir, 'mål');
    mkdirSync(join(dir, 'under'), { recursive: true });
    const db = portfolioFile(dir, 'v.tilt', true);
    mkdirSync(join(dir, 'v.tilt.sikkerhetskopier'));
    symlinkSync(db, join(dir, 'lenke.xlsx'));
    linkSync(db, join(dir, 'hard.csv'));
    const spellings = [
      db,
      join(dir, 'under', '..', 'v.tilt'),
      join(dir, '.', 'v.tilt'),
      join(dir, 'lenke.xlsx'),
      join(dir, 'hard.csv'),
      `${db}.lock`,
      `${db}-journal`,
      join(dir, 'v.tilt.sikkerhetskopier', 'x.csv'),
      portfolioFile(dir, 'annen.tilt'),
    ];
    const before = hash(db);
    const n = trials(8, 200);
    let refused = 0;
    let written = 0;
    for (let t = 0; t < n; t++) {
      const target = spellings[randomInt(0, spellings.length - 1)];
      const format = ['xlsx', 'csv', 'docx', 'json'][randomInt(0, 3)];
      const r = await cli('export', '--db', db, '--format', format, '--out', target);
      if (r.code === 1 && r.err.split('\n').length === 1 && /ingenting er skrevet/i.test(r.err)) refused++;
      else written++;
    }
    const portfolioChanged = hash(db) !== before ? 1 : 0;
    report('export-target', { trials: n, refused, written, portfolioChanged, writesToDamaged: portfolioChanged });
    expect(refused).toBe(n);
    expect(portfolioChanged).toBe(0);
    expect((await cli('check', '--db', db)).out).toBe('ok');
  });
});
