// «Statustabell per dato» marks «korrigert etter lukking» only where the status in force on the date differs from
// what a closed period reported for that date (the status on it as known at the closing of the tertial or year
// holding it): not on a date in an open period, not on a date whose period was closed after the correction, not
// for a correction that restates what was reported. The table in Rapporter and `export --as-of` are one model.
import { describe, expect, it } from 'vitest';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import type { ReportModel } from '../../shared/report/model.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { call, recordStatus as record } from '../support/api.ts';
import { parseCsv } from '../support/read-exports.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';

// FIXED_NOW is 23.11.2026: T1 and T2 2026 and the year 2025 are over; T3 2026 and the year 2026 are not.
const MEASURE = 5;

/** The measure's status and mark in the table per `asOf` (the preview's model). */
async function rowOn(p: TestPortfolio, asOf: string) {
  const model = await call<ReportModel>(p, 'reports:preview', { asOf, planCodes: ['handlingsplan-2016'] });
  const row = model.plans[0].groups.flatMap((g) => g.rows).find((r) => r.measureId === MEASURE)!;
  return { status: row.status, corrected: row.corrected };
}

describe('the as-of status table marks a correction only where it changed what was reported', () => {
  it('dated in the open T1 and changing the closed T2: marked on T2’s dates only', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await call(p, 'periods:close', { period: '2026-T2' });
    await record(p, MEASURE, '2026-03-01', { status: 'fullfort', correctionReason: 'Meldt av UD i oktober' });
    expect(await rowOn(p, '2026-03-15')).toEqual({ status: 'fullfort', corrected: false });
    expect(await rowOn(p, '2026-05-01')).toEqual({ status: 'fullfort', corrected: true });
    expect(await rowOn(p, '2026-08-31')).toEqual({ status: 'fullfort', corrected: true });
    expect(await rowOn(p, '2026-09-15')).toEqual({ status: 'fullfort', corrected: false });
    // The file as `export --as-of` writes it says the same.
    const csvOn = async (asOf: string) => {
      const req = reportOptions.parse({ asOf, planCodes: ['handlingsplan-2016'] });
      const csv = parseCsv(String(await exportFormats.csv.write(p.db, req, { now: p.now() })).replace(/^\uFEFF/, ''));
      const [nr, status] = [csv[0].indexOf('Nr.'), csv[0].indexOf('Status')];
      return csv.find((r) => r[nr] === String(MEASURE))?.[status];
    };
    expect(await csvOn('2026-03-15')).toBe('Fullført');
    expect(await csvOn('2026-06-30')).toBe('Fullført (korrigert etter lukking)');
  });

  it('not on a date whose period was closed after the correction: that closing reported it', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2026-T1' });
    await record(p, MEASURE, '2026-04-10', { correctionReason: 'Etterregistrert' });
    await call(p, 'periods:close', { period: '2026-T2' });
    expect(await rowOn(p, '2026-04-20')).toEqual({ status: 'pagar', corrected: true });
    expect(await rowOn(p, '2026-06-01')).toEqual({ status: 'pagar', corrected: false });
  });

  it('on a date in a closed year, though its tertial is open', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025' });
    await record(p, MEASURE, '2025-10-01', { correctionReason: 'Etterregistrert' });
    expect(await rowOn(p, '2025-11-01')).toEqual({ status: 'pagar', corrected: true });
    expect(await rowOn(p, '2026-01-15')).toEqual({ status: 'pagar', corrected: false });
  });

  it('not for a correction that says again what was reported for the date', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2026-03-01');
    await call(p, 'periods:close', { period: '2026-T2' });
    await record(p, MEASURE, '2026-03-01', { correctionReason: 'Bekreftet av UD' });
    expect(await rowOn(p, '2026-06-15')).toEqual({ status: 'pagar', corrected: false });
    await record(p, MEASURE, '2026-03-01', { comment: 'Ny kommentar', correctionReason: 'Rettet kommentar' });
    expect(await rowOn(p, '2026-06-15')).toEqual({ status: 'pagar', corrected: true });
  });
});
