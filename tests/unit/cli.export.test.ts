// npm run cli -- export in the status-table formats: real files, exit codes, one-sentence refusals.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { parseCsv, readDocx, readXlsx } from '../support/read-exports.ts';

describe('npm run cli -- export (status tables)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const db = portfolioFile(tmp.dir, 'p.tilt', true);

  it('writes DOCX grouped by ministry, XLSX for one plan and CSV with chosen columns', async () => {
    const docx = join(tmp.dir, 'r.docx');
    expect(
      await cli(
        'export',
        '--db',
        db,
        '--format',
        'docx',
        '--plan',
        'strategi-2025-2030',
        '--as-of',
        '2025-12-31',
        '--group-by',
        'ministry',
        '--out',
        docx,
      ),
    ).toMatchObject({ code: 0, out: `Skrev ${docx}` });
    const doc = await readDocx(readFileSync(docx));
    expect(doc.paragraphs).toContain('Gruppert etter: Ansvarlig departement');
    expect(doc.paragraphs.some((t) => /departementet \([A-Z]+\)$/.test(t))).toBe(true);
    // Each measure once under its owner; those shared are listed again, marked, under each co-owner.
    const bodyRows = doc.tables.flatMap((t) => t.rows.slice(1));
    expect(bodyRows.filter((r) => !r[1].includes('(medansvarlig; ansvarlig:')).length).toBe(18);

    const xlsx = join(tmp.dir, 'r.xlsx');
    expect(
      (
        await cli(
          'export',
          '--db',
          db,
          '--format',
          'xlsx',
          '--plan',
          'handlingsplan-2016',
          '--as-of',
          '2020-06-30',
          '--out',
          xlsx,
        )
      ).code,
    ).toBe(0);
    const wb = await readXlsx(readFileSync(xlsx));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Handlingsplan 2016']);

    const csv = join(tmp.dir, 'r.csv');
    expect(
      (
        await cli(
          'export',
          '--db',
          db,
          '--format',
          'csv',
          '--columns',
          'number,status,budget',
          '--budget-year',
          '2024',
          '--as-of',
          '2024-12-31',
          '--out',
          csv,
        )
      ).code,
    ).toBe(0);
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(['Plan', 'Nr.', 'Status', 'Bevilget 2024']);
    // The strategy started 01.05.2025: as of 31.12.2024 only the 2016 plan's 26 measures, then why the other is not.
    expect(rows.slice(1, 27).every((r) => r[0] === 'Regjeringens handlingsplan mot menneskehandel')).toBe(true);
    expect(rows.slice(27).map((r) => r.join(''))).toEqual([
      '',
      'Nasjonal strategi mot menneskehandel (2025–2030) er ikke med: planen startet 01.05.2025, ' +
        'etter datoen rapporten gjelder for (31.12.2024).',
    ]);
  });

  it('refuses bad arguments with one sentence, a non-zero exit and nothing at --out', async () => {
    const out = join(tmp.dir, 'bad', 'x.docx');
    const ok = join(tmp.dir, 'x.docx');
    const cases: [string[], RegExp][] = [
      // The same messages the app gives (through the same dispatch), led by the option they concern.
      [['--format', 'pptx', '--out', ok], /^--format: Ukjent format\. Gyldige formater: docx, xlsx, csv, pdf, json\.$/],
      [
        ['--format', 'docx', '--plan', 'plan-1999', '--out', ok],
        /^--plan: Ukjent plan «plan-1999»\. Planene i filen er: handlingsplan-2016, strategi-2025-2030\.$/,
      ],
      [['--format', 'docx', '--as-of', '31.12.2024', '--out', ok], /^--as-of: Datoen er ikke en gyldig dato/],
      [['--format', 'docx', '--group-by', 'etat', '--out', ok], /^--group-by: .*\(part\).*\(ministry\)\.$/],
      [['--format', 'xlsx', '--columns', 'number,farge', '--out', ok], /^--columns: Ukjent kolonne\. Gyldige/],
      [['--format', 'xlsx', '--budget-year', 'i fjor', '--out', ok], /^--budget-year: Året må være et tall\.$/],
      [['--format', 'docx', '--out', out], /^Kan ikke skrive .*finnes ikke/],
      [['--format', 'docx'], /^Mangler --out\. /],
    ];
    for (const [args, message] of cases) {
      const r = await cli('export', '--db', db, ...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(message);
    }
    expect(existsSync(ok)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('.tiltak-'))).toEqual([]);
  });

  it('refuses a table too wide for portrait pages in one sentence naming the options, and writes nothing', async () => {
    const out = join(tmp.dir, 'bred.docx');
    const all = 'number,title,part,owner,coOwners,agencies,status,assessment,comment,lastUpdated,budget';
    const r = await cli('export', '--db', db, '--format', 'docx', '--portrait', '--columns', all, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Kolonnene får ikke plass på stående sider uten at tall eller datoer deles: ta bort --portrait ' +
        '(liggende sider) eller velg færre kolonner, for eksempel ' +
        '--columns number,title,part,owner,agencies,status,assessment,comment,lastUpdated.',
    );
    expect(existsSync(out)).toBe(false);
    const fewer = 'number,title,part,owner,agencies,status,assessment,comment,lastUpdated';
    expect(
      (await cli('export', '--db', db, '--format', 'docx', '--portrait', '--columns', fewer, '--out', out)).code,
    ).toBe(0);
  });
});
