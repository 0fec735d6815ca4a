// The scriptable core as a script would use it: real files, exit codes, messages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { RESOURCES, tempDir } from '../support/portfolio.ts';

describe('npm run cli', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const db = join(tmp.dir, 'p.tilt');

  it('init makes the real frame and export --format json gives 26 + 18 measures, 16 owned by HOD', async () => {
    expect((await cli('init', '--db', db)).code).toBe(0);
    const out = join(tmp.dir, 'p.json');
    expect((await cli('export', '--db', db, '--format', 'json', '--out', out)).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.schema).toBe('tiltaksportefolje/export@1');
    expect(
      json.plans.map((p: { code: string; measures: unknown[]; parts: unknown[] }) => [
        p.code,
        p.measures.length,
        p.parts.length,
      ]),
    ).toEqual([
      ['handlingsplan-2016', 26, 4],
      ['strategi-2025-2030', 18, 4],
    ]);
    expect(json.plans[0].measures[15]).toMatchObject({ number: '16', ownerMinistry: 'HOD', titlePending: false });
  });

  it('init never overwrites an existing file', async () => {
    const before = readFileSync(db);
    const r = await cli('init', '--db', db, '--example');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/finnes allerede/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('status records through the same rules, and refuses with the reason and the file unchanged', async () => {
    const before = readFileSync(db);
    const refused = await cli(
      'status',
      '--db',
      db,
      '--plan',
      'handlingsplan-2016',
      '--measure',
      '16',
      '--status',
      'pagar',
      '--assessment',
      'rod',
    );
    expect(refused.code).not.toBe(0);
    // The app's message (the same dispatch), led by the option it concerns.
    expect(refused.err).toBe('--comment: Gul og rød vurdering må begrunnes: skriv en kommentar.');
    expect(readFileSync(db).equals(before)).toBe(true);
    const unknown = await cli(
      'status',
      '--db',
      db,
      '--plan',
      'handlingsplan-2016',
      '--measure',
      '27',
      '--status',
      'pagar',
      '--assessment',
      'gronn',
    );
    expect(unknown).toMatchObject({ code: 1, err: 'Fant ikke tiltak 27 i handlingsplan-2016.' });

    const ok = await cli(
      'status',
      '--db',
      db,
      '--plan',
      'handlingsplan-2016',
      '--measure',
      '16',
      '--status',
      'pagar',
      '--assessment',
      'rod',
      '--comment',
      'Forsinket',
      '--date',
      '2024-05-02',
      '--author',
      'Kari',
    );
    expect(ok.code).toBe(0);
    const out = join(tmp.dir, 'h.json');
    await cli('export', '--db', db, '--format', 'json', '--with-history', '--out', out);
    const m16 = JSON.parse(readFileSync(out, 'utf8')).plans[0].measures[15];
    expect(m16.lastUpdate).toEqual({
      date: '2024-05-02',
      author: 'Kari',
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket',
      correctionReason: null,
    });
    expect(m16.history).toEqual([{ ...m16.lastUpdate, recordedAt: expect.any(String) }]);
  });

  it('export refuses bad arguments with one sentence and leaves nothing at --out', async () => {
    const out = join(tmp.dir, 'x.json');
    const cases = [
      ['--format', 'pptx'],
      ['--format', 'json', '--plan', 'plan-1999'],
      ['--format', 'json', '--as-of', '2024-13-01'],
    ];
    for (const extra of cases) {
      const r = await cli('export', '--db', db, '--out', out, ...extra);
      expect(r.code).not.toBe(0);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    const unwritable = await cli(
      'export',
      '--db',
      db,
      '--format',
      'json',
      '--out',
      join(tmp.dir, 'finnes-ikke', 'x.json'),
    );
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.err).toMatch(/Kan ikke skrive/);
  });

  it('check says ok for a sound file and reports a file that is not a portfolio', async () => {
    expect(await cli('check', '--db', db)).toMatchObject({ code: 0, out: 'ok' });
    const junk = join(tmp.dir, 'junk.tilt');
    writeFileSync(junk, 'x'.repeat(100));
    const r = await cli('check', '--db', junk);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/ikke en tiltaksportefølje/);
  });

  it('status is refused while the app holds the file, saying who, and writes nothing', async () => {
    const app = await openPortfolio(db, { resourcesDir: RESOURCES, user: 'Kari', host: 'PC-123' });
    try {
      const before = readFileSync(db);
      const r = await cli(
        'status',
        '--db',
        db,
        '--plan',
        'handlingsplan-2016',
        '--measure',
        '1',
        '--status',
        'pagar',
        '--assessment',
        'gronn',
      );
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^Filen er i bruk av Kari på PC-123/);
      expect(readFileSync(db).equals(before)).toBe(true);
    } finally {
      app.close();
    }
  });
});
