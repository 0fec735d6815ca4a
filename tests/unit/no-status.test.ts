// Issue 12 §2: a measure with no status update in force on the as-of date is «Ingen status registrert», never
// «Ikke startet»: its own label and count in the register (and its filter), Oversikt, Møtemodus and every export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardOverview, StatusOverTime } from '../../shared/api/dashboard.contract.ts';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { STATUS_STYLE } from '../../shared/charts/palette.ts';
import { AS_OF_STATUS_CODES, STATUS_LABELS } from '../../shared/domain/vocabulary.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { parseCsv, readDocx, readXlsx } from '../support/read-exports.ts';

const AS_OF = '2024-12-31';
const NONE = 'Ingen status registrert';
let p: TestPortfolio;

// The real frame; 2016 measures 3 and 16 reported by the end of 2024, measure 5 only in 2025.
beforeAll(() => {
  p = memoryPortfolio({ user: 'Kari' });
  const actor = { now: p.now(), user: 'Kari' };
  const record = (measureId: number, status: 'pagar' | 'ikke-startet', effectiveDate: string) =>
    recordStatus(p.db, { measureId, status, assessment: 'ikke-vurdert', comment: '', effectiveDate }, actor);
  record(3, 'ikke-startet', '2023-11-30');
  record(16, 'pagar', '2023-03-01');
  record(5, 'pagar', '2025-02-01');
});
afterAll(() => p.db.close());

describe('«Ingen status registrert»', () => {
  it('is its own status: a label, a place first in the order, and a style with a pattern in the one palette', () => {
    expect(AS_OF_STATUS_CODES[0]).toBe('ingen-status');
    expect(STATUS_LABELS['ingen-status']).toBe(NONE);
    expect(STATUS_STYLE['ingen-status'].pattern).not.toBe('none');
    const others = AS_OF_STATUS_CODES.slice(1).map((s) => STATUS_STYLE[s]);
    expect(others.some((o) => o.pattern === STATUS_STYLE['ingen-status'].pattern)).toBe(false);
  });

  it('is counted apart in the register, and its filter shows exactly those measures', async () => {
    const all = await call<RegisterResult>(p, 'measures:query', { filter: { asOf: AS_OF } });
    // As of 31.12.2024 only the 2016 plan exists: 26 measures, 2 of them reported (measure 5 only in 2025).
    expect([all.total, all.noStatus]).toEqual([26, 24]);
    const none = await call<RegisterResult>(p, 'measures:query', {
      filter: { asOf: AS_OF, statuses: ['ingen-status'] },
    });
    expect(none.ids).toHaveLength(24);
    expect(none.rows.every((r) => r.status === 'ingen-status' && r.lastUpdate === null)).toBe(true);
    const notStarted = await call<RegisterResult>(p, 'measures:query', {
      filter: { asOf: AS_OF, statuses: ['ikke-startet'] },
    });
    expect(notStarted.ids).toEqual([3]);
    // Sorted by status, the unreported come first.
    const sorted = await call<RegisterResult>(p, 'measures:query', {
      filter: { asOf: AS_OF },
      sort: { by: 'status', dir: 'asc' },
    });
    expect(sorted.ids.slice(-2)).toEqual([3, 16]);
  });

  it('is counted apart in Oversikt: key figure, status per part, status over time, changes', async () => {
    const o = await call<DashboardOverview>(p, 'dashboard:overview', { filter: { asOf: AS_OF } });
    expect(o.keyFigures.noStatus).toBe(24);
    const sum = (s: keyof DashboardOverview['statusByPart'][number]['counts']) =>
      o.statusByPart.reduce((n, r) => n + r.counts[s], 0);
    expect([sum('ingen-status'), sum('ikke-startet'), sum('pagar')]).toEqual([24, 1, 1]);
    // Each part's count, «Uten hoveddel» too, is what the register shows for it (the chart's links).
    expect(o.statusByPart.find((r) => r.partId === null)?.counts['ingen-status']).toBe(24);
    for (const row of o.statusByPart) {
      const part = row.partId === null ? { unplaced: true } : { parts: [row.partId] };
      const r = await call<RegisterResult>(p, 'measures:query', {
        filter: { asOf: AS_OF, plans: [row.planCode], ...part, statuses: ['ingen-status'] },
      });
      expect(r.ids.length, row.partTitle).toBe(row.counts['ingen-status']);
    }
    const series = await call<StatusOverTime>(p, 'dashboard:statusOverTime', {
      filter: { asOf: AS_OF },
      granularity: 'year',
    });
    expect(series.points.find((pt) => pt.label === '2022')!.counts).toMatchObject({
      'ingen-status': 26,
      'ikke-startet': 0,
    });
    expect(series.points.at(-1)!.counts).toMatchObject({ 'ingen-status': 24, 'ikke-startet': 1, pagar: 1 });
    const changes = await call<{ rows: { number: string; before: { status: string } }[] }>(p, 'dashboard:changes', {
      since: '2023-01-01',
      filter: { asOf: AS_OF },
    });
    expect(changes.rows.map((r) => [r.number, r.before.status])).toEqual([
      ['3', 'ingen-status'],
      ['16', 'ingen-status'],
    ]);
  });

  it('is written as «Ingen status registrert» in DOCX, XLSX and CSV, and as status null in JSON', async () => {
    const req = reportOptions.parse({ asOf: AS_OF, columns: ['number', 'status', 'assessment'] });
    const bytes = async (f: keyof typeof exportFormats) => {
      const out = await exportFormats[f].write(p.db, req, { now: p.now() });
      return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out);
    };
    const docx = await readDocx(await bytes('docx'));
    const docxStatus = docx.tables.flatMap((t) => t.rows.slice(1).map((r) => r[1]));
    expect(docxStatus.filter((s) => s === NONE)).toHaveLength(24);
    expect(docxStatus.filter((s) => s === 'Ikke startet')).toHaveLength(1);

    const ws = (await readXlsx(await bytes('xlsx'))).getWorksheet('Handlingsplan 2016')!;
    const xlsxStatus: unknown[] = [];
    ws.eachRow((r, i) => i > 1 && xlsxStatus.push(r.getCell(2).value));
    expect(xlsxStatus.filter((s) => s === NONE)).toHaveLength(24);

    const csv = parseCsv((await bytes('csv')).toString('utf8').replace(/^\ufeff/, ''));
    expect(csv.filter((r) => r[2] === NONE)).toHaveLength(24);

    const json = JSON.parse((await bytes('json')).toString('utf8'));
    const measures = json.plans[0].measures as { number: string; status: string | null; assessment: string | null }[];
    const unreported = measures.filter((m) => m.status === null);
    expect(unreported).toHaveLength(24);
    expect(unreported.every((m) => m.assessment === null)).toBe(true);
    expect(measures.find((m) => m.number === '3')).toMatchObject({
      status: 'ikke-startet',
      assessment: 'ikke-vurdert',
    });
  });

  it('leads from every chart segment to the register with the same count (the example file, today)', async () => {
    const ex = memoryPortfolio({ example: true });
    const o = await call<DashboardOverview>(ex, 'dashboard:overview', {});
    expect(o.keyFigures.noStatus).toBeGreaterThan(0);
    const none = await call<RegisterResult>(ex, 'measures:query', { filter: { statuses: ['ingen-status'] } });
    expect(none.ids).toHaveLength(o.keyFigures.noStatus);
    for (const row of o.statusByPart)
      for (const s of AS_OF_STATUS_CODES) {
        const r = await call<RegisterResult>(ex, 'measures:query', {
          filter: { plans: [row.planCode], parts: [row.partId!], statuses: [s] },
        });
        expect(r.ids.length, `${row.planCode} ${row.partNumber} ${s}`).toBe(row.counts[s]);
      }
    ex.db.close();
  });
});
