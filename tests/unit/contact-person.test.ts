// Kontaktperson, the field that proves the registry: added as one registry entry and one migration column, it is
// edited, logged, undone, searched, reported, exported and read from a spreadsheet cell like every other field.
import { describe, expect, it } from 'vitest';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { exportJson } from '../../electron/core/services/export-json.service.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { queryRegister } from '../../electron/core/services/register.service.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { parseCell } from '../../shared/domain/measure-fields.ts';
import type { Measure, TimelineEntry } from '../../shared/domain/types.ts';
import { cellText } from '../../shared/report/cells.ts';
import { columnLabel, DEFAULT_REPORT_COLUMNS, REPORT_COLUMNS } from '../../shared/report/columns.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { readXlsx } from '../support/read-exports.ts';

const KARI = { contactName: 'Kari Nordmann', contactEmail: 'kari.nordmann@hod.dep.no' };

describe('Kontaktperson (a field of the registry)', () => {
  it('is saved, shown, logged in the history and undone like any field', async () => {
    const p = memoryPortfolio({ user: 'Ola' });
    const m = await call<Measure>(p, 'measures:update', { id: 16, version: 1, changes: KARI });
    expect(m).toMatchObject(KARI);
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 16 });
    const logged = timeline.flatMap((e) => (e.kind === 'change' ? [[e.field, e.oldValue, e.newValue]] : []));
    expect(logged).toEqual(
      expect.arrayContaining([
        ['contactName', null, 'Kari Nordmann'],
        ['contactEmail', null, 'kari.nordmann@hod.dep.no'],
      ]),
    );
    const state = await call<{ undo: string }>(p, 'history:state', { scope: { kind: 'measure', id: 16 } });
    expect(state.undo).toBe('endring av kontaktperson og e-post til kontaktperson');
    await call(p, 'history:undo', { scope: { kind: 'measure', id: 16 } });
    expect(await call<Measure>(p, 'measures:get', { id: 16 })).toMatchObject({ contactName: '', contactEmail: '' });
    await call(p, 'history:redo', { scope: { kind: 'measure', id: 16 } });
    expect(await call<Measure>(p, 'measures:get', { id: 16 })).toMatchObject(KARI);
  });

  it('refuses a malformed e-mail at its field, in Norwegian, writing nothing', async () => {
    const p = memoryPortfolio();
    const e = await refused(p, 'measures:update', { id: 16, version: 1, changes: { contactEmail: 'kari@' } });
    expect(e.fields?.['changes.contactEmail']).toMatch(/^Skriv en gyldig e-postadresse/);
    expect(await call<Measure>(p, 'measures:get', { id: 16 })).toMatchObject({ contactEmail: '', version: 1 });
  });

  it('is found by the register search, by name and by e-mail', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:update', { id: 5, version: 1, changes: KARI });
    const search = (q: string) => queryRegister(p.db, { filter: { q } }, { now: p.now() }).ids;
    expect(search('nordmann')).toEqual([5]);
    expect(search('hod.dep')).toEqual([5]);
  });

  it('is an optional report column, in the preview and in every format', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:update', { id: 16, version: 1, changes: KARI });
    expect(REPORT_COLUMNS).toContain('contactName');
    expect(DEFAULT_REPORT_COLUMNS).not.toContain('contactName');
    const opts = reportOptions.parse({
      planCodes: ['handlingsplan-2016'],
      asOf: '2026-11-23',
      columns: ['number', 'contactName', 'contactEmail'],
    });
    const model = buildReport(p.db, opts, p.now());
    const row = model.plans[0].groups.flatMap((g) => g.rows).find((r) => r.number === '16')!;
    expect(columnLabel('contactName', null)).toBe('Kontaktperson');
    expect(cellText(row, 'contactName')).toBe('Kari Nordmann');
    expect(cellText(row, 'contactEmail')).toBe('kari.nordmann@hod.dep.no');
    const csv = String(await exportFormats.csv.write(p.db, opts, { now: p.now() }));
    expect(csv).toContain('Kontaktperson;E-post');
    expect(csv).toContain('Kari Nordmann;kari.nordmann@hod.dep.no');
    const xlsx = await exportFormats.xlsx.write(p.db, opts, { now: p.now() });
    const ws = (await readXlsx(xlsx as Uint8Array)).worksheets[1];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Nr.', 'Kontaktperson', 'E-post']);
    expect((ws.getRow(17).values as unknown[]).slice(1)).toEqual([16, ...Object.values(KARI)]);
  });

  it('is in the JSON export, and read from a spreadsheet cell with the field’s own rules', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:update', { id: 16, version: 1, changes: KARI });
    const json = exportJson(p.db, { asOf: '2026-11-23' });
    expect(json.plans[0].measures[15]).toMatchObject(KARI);
    expect(json.plans[0].measures[0]).toMatchObject({ contactName: '', contactEmail: '' });
    expect(parseCell('contactEmail', ' kari@jd.dep.no ')).toEqual({ ok: true, value: 'kari@jd.dep.no' });
    expect(parseCell('contactEmail', 'ikke en adresse')).toMatchObject({ ok: false });
    expect(parseCell('startYear', 2025)).toEqual({ ok: true, value: 2025 });
    expect(parseCell('startYear', '')).toEqual({ ok: true, value: null });
    expect(parseCell('agencies', 'POD; UDI')).toEqual({ ok: true, value: ['POD', 'UDI'] });
  });
});
