// Issue 12 §1: a measure exists from its plan's start. As of a date before it, its plan's measures are not counted,
// listed, charted or reported anywhere, and a report says in one sentence why the plan is left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardOverview, FlaggedMeasures, StatusOverTime } from '../../shared/api/dashboard.contract.ts';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { exportJson } from '../../electron/core/services/export-json.service.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { parseCsv, pdfText, readDocx, readXlsx } from '../support/read-exports.ts';

const STRATEGY = 'strategi-2025-2030';
const BEFORE = '2024-12-31';
const NOTE =
  'Nasjonal strategi mot menneskehandel (2025–2030) er ikke med: planen startet 01.05.2025, ' +
  'etter datoen rapporten gjelder for (31.12.2024).';
let p: TestPortfolio;

beforeAll(() => {
  p = memoryPortfolio({ example: true });
});
afterAll(() => p.db.close());

const planCount = (codes: string[], code: string) => codes.filter((c) => c === code).length;

describe('a plan that had not started by the as-of date', () => {
  it('has the start date its reference gives: the first day of the month it was published', async () => {
    const plans = await call<{ code: string; published: string; startDate: string }[]>(p, 'plans:list', {});
    expect(plans.map((x) => [x.code, x.published, x.startDate])).toEqual([
      ['handlingsplan-2016', '2016-11', '2016-11-01'],
      [STRATEGY, '2025-05', '2025-05-01'],
    ]);
  });

  it('is not in the register as of an earlier date, nor in its «av N»', async () => {
    const before = await call<RegisterResult>(p, 'measures:query', { filter: { asOf: BEFORE } });
    expect(before.total).toBe(26);
    expect(before.ids).toHaveLength(26);
    expect(before.planCodes).toEqual(['handlingsplan-2016']);
    const strategyOnly = await call<RegisterResult>(p, 'measures:query', {
      filter: { asOf: BEFORE, plans: [STRATEGY] },
    });
    expect([strategyOnly.total, strategyOnly.ids.length]).toEqual([0, 0]);
    // On its first day it is there, all 18.
    const start = await call<RegisterResult>(p, 'measures:query', { filter: { asOf: '2025-05-01' } });
    expect(start.total).toBe(44);
  });

  it('is not counted in any Oversikt figure, chart or Møtemodus slide as of an earlier date', async () => {
    const o = await call<DashboardOverview>(p, 'dashboard:overview', { filter: { asOf: BEFORE } });
    expect(o.keyFigures.measures).toBe(26);
    expect(o.statusByPart.map((r) => r.planCode)).toEqual(Array(4).fill('handlingsplan-2016'));
    expect(o.statusByPart.reduce((n, r) => n + r.total, 0)).toBe(26);
    const json = exportJson(p.db, { asOf: BEFORE });
    const counted = json.plans.flatMap((pl) => pl.measures);
    const budget2024 = counted.flatMap((m) => m.budget.filter((b) => b.year === 2024));
    expect(o.keyFigures.allocatedNok).toBe(budget2024.reduce((s, b) => s + (b.allocatedNok ?? 0), 0));
    const ministries = o.assessmentByMinistry.reduce((n, r) => n + r.total, 0);
    expect(ministries).toBeLessThanOrEqual(26 * 2);
    const flagged = await call<FlaggedMeasures>(p, 'dashboard:flagged', { filter: { asOf: BEFORE } });
    expect(flagged.rows.every((r) => r.planCode === 'handlingsplan-2016')).toBe(true);
  });

  it('enters «Status over tid» at its start: 26 measures a year until 2024, 44 from 2025', async () => {
    const series = await call<StatusOverTime>(p, 'dashboard:statusOverTime', { granularity: 'year' });
    const totals = Object.fromEntries(series.points.map((pt) => [pt.label, pt.total]));
    expect(series.points[0].label).toBe('2016');
    for (let y = 2016; y <= 2024; y++) expect(totals[String(y)], String(y)).toBe(26);
    expect([totals['2025'], totals['2026']]).toEqual([44, 44]);
    // The strategy's measures never show as «ikke startet» before it existed (the bug in issue 12).
    const y2024 = series.points.find((pt) => pt.label === '2024')!;
    expect(Object.values(y2024.counts).reduce((a, b) => a + b, 0)).toBe(26);
    const tertial = await call<StatusOverTime>(p, 'dashboard:statusOverTime', { granularity: 'tertial' });
    expect(tertial.points.find((pt) => pt.label === 'T1 2025')!.total).toBe(26);
    expect(tertial.points.find((pt) => pt.label === 'T2 2025')!.total).toBe(44);
  });

  it('is left out of the report model with one sentence saying why', () => {
    const model = buildReport(p.db, reportOptions.parse({ asOf: BEFORE }), new Date());
    expect(model.plans.map((x) => x.code)).toEqual(['handlingsplan-2016']);
    expect(model.notStarted).toEqual([
      {
        code: STRATEGY,
        title: 'Nasjonal strategi mot menneskehandel (2025–2030)',
        startDate: '2025-05-01',
        note: NOTE,
      },
    ]);
    // Chosen alone, the report has no plan and the sentence.
    const alone = buildReport(p.db, reportOptions.parse({ asOf: BEFORE, planCodes: [STRATEGY] }), new Date());
    expect([alone.plans.length, alone.notStarted.length]).toEqual([0, 1]);
    const after = buildReport(p.db, reportOptions.parse({ asOf: '2025-12-31' }), new Date());
    expect([after.plans.length, after.notStarted.length]).toEqual([2, 0]);
  });

  it('says so in every format: DOCX, XLSX, CSV, JSON and PDF list the 2016 plan only', async () => {
    const req = reportOptions.parse({ asOf: BEFORE });
    const write = async (f: keyof typeof exportFormats) => {
      const out = await exportFormats[f].write(p.db, req, { now: new Date(), pdf: chromiumPdfRenderer() });
      return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out);
    };
    const docx = await readDocx(await write('docx'));
    expect(docx.paragraphs).toContain(NOTE);
    expect(docx.paragraphs).not.toContain('Nasjonal strategi mot menneskehandel (2025–2030)');
    expect(docx.tables.reduce((n, t) => n + t.rows.length - 1, 0)).toBe(26);

    const wb = await readXlsx(await write('xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Handlingsplan 2016']);
    const about = wb.getWorksheet('Om rapporten')!;
    const notes: unknown[] = [];
    about.eachRow((r) => r.getCell(1).value === 'Ikke med' && notes.push(r.getCell(2).value));
    expect(notes).toEqual([NOTE]);

    const csv = parseCsv((await write('csv')).toString('utf8').replace(/^\ufeff/, ''));
    expect(
      planCount(
        csv.slice(1).map((r) => r[0]),
        'Regjeringens handlingsplan mot menneskehandel',
      ),
    ).toBe(26);
    expect(csv.at(-1)).toEqual([NOTE]);

    const json = JSON.parse((await write('json')).toString('utf8'));
    expect(json.plans.map((x: { code: string }) => x.code)).toEqual(['handlingsplan-2016']);
    expect(json.plansNotStarted).toEqual([
      {
        code: STRATEGY,
        title: 'Nasjonal strategi mot menneskehandel (2025–2030)',
        startDate: '2025-05-01',
        note: NOTE,
      },
    ]);

    const pdf = pdfText(await write('pdf')).replace(/\s+/g, ' ');
    expect(pdf).toContain(NOTE);
    expect(pdf.split(NOTE.replace(/\s+/g, ' ')).join('')).not.toContain('Nasjonal strategi');
  }, 60_000); // prints a PDF in a real Chromium
});
