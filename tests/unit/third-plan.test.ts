// Plans are data: a third plan added to a file (no code knows its code) is in the register, the dashboard (Oversikt
// and Møtemodus read it), the report model and every export, named with its own word for its parts; the CLI's
// --plan accepts it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { memoryPortfolio, portfolioFile, tempDir } from '../support/portfolio.ts';
import { parseCsv, pdfText, readDocx, readXlsx } from '../support/read-exports.ts';
import { addThirdPlan, addThirdPlanToFile, THIRD } from '../support/third-plan.ts';
import type { DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import type { Plan } from '../../shared/domain/types.ts';
import type { ReportModel } from '../../shared/report/model.ts';

describe('a third plan, added as data', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('is listed with its short name, its word for its parts and its start', async () => {
    const p = memoryPortfolio();
    addThirdPlan(p.db);
    const plans = await call<Plan[]>(p, 'plans:list', {});
    expect(plans.map((x) => x.code)).toEqual(['handlingsplan-2016', 'strategi-2025-2030', THIRD.code]);
    expect(plans[2]).toMatchObject({
      shortName: THIRD.shortName,
      partWord: 'kapittel',
      partWordPlural: 'kapitler',
      startDate: '2026-03-01',
      measureCount: 3,
    });
    expect(plans.slice(0, 2).map((x) => [x.partWord, x.startDate])).toEqual([
      ['hoveddel', '2016-11-01'],
      ['innsatsområde', '2025-05-01'],
    ]);
  });

  it('is in the register, its filter and search, and in the dashboard aggregates', async () => {
    const p = memoryPortfolio();
    const ids = addThirdPlan(p.db);
    const all = await call<RegisterResult>(p, 'measures:query', {});
    expect(all.total).toBe(47);
    const only = await call<RegisterResult>(p, 'measures:query', { filter: { plans: [THIRD.code] } });
    expect(only.ids).toEqual(ids);
    expect(only.rows.map((r) => r.title)).toEqual([...THIRD.measures]);
    const overview = await call<DashboardOverview>(p, 'dashboard:overview', { filter: {} });
    const rows = overview.statusByPart.filter((r) => r.planCode === THIRD.code);
    expect(rows.map((r) => [r.partNumber, r.total])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(rows[0].counts.pagar).toBe(1);
  });

  it('is in the report model, grouped under its own parts, with «Kapittel» as the part column', async () => {
    const p = memoryPortfolio();
    addThirdPlan(p.db);
    const model = await call<ReportModel>(p, 'reports:preview', { planCodes: [THIRD.code], asOf: '2026-11-23' });
    expect(model.plans.map((x) => x.title)).toEqual([THIRD.title]);
    expect(model.partHeading).toBe('Kapittel');
    expect(model.plans[0].groups.map((g) => [g.heading, g.rows.length])).toEqual([
      ['1. Forebygging i helsetjenesten', 2],
      ['2. Oppfølging', 1],
    ]);
    const both = await call<ReportModel>(p, 'reports:preview', { asOf: '2026-11-23' });
    expect(both.plans).toHaveLength(3);
    expect(both.partHeading).toBe('Hoveddel / innsatsområde / kapittel');
  });

  // Launches a real Chromium for the PDF, slow on a busy machine.
  it(
    'is exported in every format by the CLI, whose --plan accepts any plan in the file',
    { timeout: 60_000 },
    async () => {
      const db = portfolioFile(tmp.dir, 'tre-planer.tilt');
      addThirdPlanToFile(db);
      const out = (ext: string) => join(tmp.dir, `tredje.${ext}`);
      for (const format of ['docx', 'xlsx', 'csv', 'json', 'pdf']) {
        const r = await cli('export', '--db', db, '--format', format, '--plan', THIRD.code, '--out', out(format));
        expect(r, format).toMatchObject({ code: 0, err: '' });
      }
      const docx = await readDocx(readFileSync(out('docx')));
      expect(docx.paragraphs).toContain(THIRD.title);
      expect(docx.tables.flatMap((t) => t.rows.map((r) => r[1]))).toEqual(
        expect.arrayContaining(['Testtiltak A', 'Testtiltak C']),
      );
      // Grouped by its parts under their own headings (the part column is left out of a table grouped by it).
      expect(docx.paragraphs).toContain('1. Forebygging i helsetjenesten');
      expect(docx.tables[0].rows[0].slice(0, 3)).toEqual(['Nr.', 'Tiltak', 'Ansvarlig departement']);
      const wb = await readXlsx(readFileSync(out('xlsx')));
      const sheet = wb.worksheets[1];
      expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Nr.', 'Tiltak', 'Kapittel']);
      expect(sheet.rowCount).toBe(4);
      const csv = parseCsv(readFileSync(out('csv'), 'utf8').replace(/^\uFEFF/, ''));
      // Grouped by part: A and C in chapter 1, B in chapter 2.
      expect(csv.slice(1).map((r) => r[2])).toEqual(['Testtiltak A', 'Testtiltak C', 'Testtiltak B']);
      const json = JSON.parse(readFileSync(out('json'), 'utf8'));
      expect(json.plans.map((x: { code: string }) => x.code)).toEqual([THIRD.code]);
      expect(json.plans[0].measures[0]).toMatchObject({ title: 'Testtiltak A', status: 'pagar', assessment: 'gul' });
      const pdf = pdfText(readFileSync(out('pdf')));
      expect(pdf).toContain('Testtiltak A');
      expect(pdf).toContain('Kapittel');
      const unknown = await cli('export', '--db', db, '--format', 'csv', '--plan', 'plan-1999', '--out', out('x'));
      expect(unknown.code).not.toBe(0);
      expect(unknown.err).toBe(
        `--plan: Ukjent plan «plan-1999». Planene i filen er: handlingsplan-2016, strategi-2025-2030, ${THIRD.code}.`,
      );
    },
  );

  it('takes status updates through the CLI by its code', async () => {
    const db = portfolioFile(tmp.dir, 'status.tilt');
    addThirdPlanToFile(db);
    const r = await cli(
      'status',
      '--db',
      db,
      '--plan',
      THIRD.code,
      '--measure',
      '2',
      '--status',
      'fullfort',
      '--assessment',
      'gronn',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`tiltak 2 i ${THIRD.code}`);
  });
});
