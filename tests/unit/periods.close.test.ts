// Closing reporting periods: the snapshot, corrections after closing (a reason, marked), «as reported» beside «as
// corrected», reopening with a reason, every refusal writing nothing, and the append-only tables.
import { describe, expect, it } from 'vitest';
import type { PeriodInfo, PeriodList, PeriodView } from '../../shared/api/periods.contract.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { listSnapshot, latestClosing } from '../../electron/core/repositories/periods.repo.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { call, recordStatus as record, refused } from '../support/api.ts';
import { parseCsv, readXlsx } from '../support/read-exports.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

// FIXED_NOW is 23.11.2026: T2 2025 (May–August) is long over, T3 2026 is running.
const at = (p: TestPortfolio, iso: string) => p.setNow(new Date(iso));

describe('reporting periods: list, close, reopen', () => {
  it('lists years and tertials since the earliest plan’s start, newest first, with the current ones', async () => {
    const p = memoryPortfolio();
    const list = await call<PeriodList>(p, 'periods:list', {});
    expect(list.firstPlanStart).toBe('2016-11-01');
    expect(list.current).toEqual({ year: '2026', tertial: '2026-T3' });
    expect(list.tertials[0]).toMatchObject({ key: '2026-T3', label: 'T3 2026', over: false, closed: false });
    expect(list.tertials.at(-1)).toMatchObject({ key: '2016-T3', start: '2016-09-01', end: '2016-12-31', over: true });
    expect(list.years.map((y) => y.key)).toEqual(Array.from({ length: 11 }, (_, i) => String(2026 - i)));
  });

  it('closes T2 2025 with a snapshot of every measure that existed at its end, signed and dated', async () => {
    const p = memoryPortfolio({ user: 'Kari Koordinator' });
    await record(p, 16, '2025-03-01');
    const closed = await call<PeriodInfo>(p, 'periods:close', { period: '2025-T2' });
    expect(closed).toMatchObject({ key: '2025-T2', closed: true });
    expect(closed.events[0]).toMatchObject({ action: 'close', author: 'Kari Koordinator', measureCount: 44 });
    const rows = listSnapshot(p.db, latestClosing(p.db, '2025-T2')!.id);
    expect(rows).toHaveLength(44); // both plans: the strategy started 01.05.2025, inside T2
    expect(rows.find((r) => r.measure_id === 16)).toMatchObject({ status: 'pagar', effective_date: '2025-03-01' });
    // A measure with no update by then has no status in the snapshot: «Ingen status registrert», not «Ikke startet».
    expect(rows.filter((r) => r.status === null)).toHaveLength(43);
    // T1 2025 ended before the strategy started: only the 2016 plan's 26 measures.
    const t1 = await call<PeriodInfo>(p, 'periods:close', { period: '2025-T1' });
    expect(t1.events[0].measureCount).toBe(26);
  });

  it('refuses a period not over, closing twice, one before the first plan, a bad key; writes nothing', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025-T2' });
    const before = snapshot(p.db);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ period: '2026-T3' }, /T3 2026 er ikke over før 31\.12\.2026/],
      [{ period: '2026' }, /2026 er ikke over før 31\.12\.2026/],
      [{ period: '2025-T2' }, /T2 2025 er allerede lukket \(av Test Testesen, /],
      [{ period: '2015' }, /2015 er før den første planen startet \(01\.11\.2016\)/],
      [{ period: '2016-T2' }, /T2 2016 er før den første planen startet/],
      [{ period: '2025-T4' }, /Ugyldig periode: skriv et år \(2025\) eller et tertial \(2025-T2\)\./],
    ];
    for (const [input, message] of cases) {
      const e = await refused(p, 'periods:close', input);
      expect(e.message, JSON.stringify(input)).toMatch(message);
      expect(e.fields?.period, JSON.stringify(input)).toBeTruthy();
    }
    expect(snapshot(p.db)).toBe(before);
  });

  it('reopens only a closed period and only with a reason, logged; the snapshot stays as reported', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const before = snapshot(p.db);
    expect((await refused(p, 'periods:reopen', { period: '2025-T2', reason: 'Feil' })).fields?.period).toMatch(
      /T2 2025 er ikke lukket/,
    );
    await call(p, 'periods:close', { period: '2025-T2' });
    const closedState = snapshot(p.db);
    expect(closedState).not.toBe(before);
    expect((await refused(p, 'periods:reopen', { period: '2025-T2', reason: '  ' })).fields?.reason).toBe(
      'Skriv hvorfor perioden åpnes igjen.',
    );
    expect(snapshot(p.db)).toBe(closedState);
    at(p, '2026-11-24T10:00:00Z');
    const reopened = await call<PeriodInfo>(p, 'periods:reopen', { period: '2025-T2', reason: 'HOD rapporterte feil' });
    expect(reopened.closed).toBe(false);
    expect(reopened.events.map((e) => [e.action, e.reason])).toEqual([
      ['reopen', 'HOD rapporterte feil'],
      ['close', ''],
    ]);
    // Open again: an update dated inside it needs no reason and is no correction.
    const u = await record(p, 16, '2025-06-01');
    expect(u.correctionReason).toBeNull();
    // The last snapshot is still what was reported.
    const view = await call<PeriodView>(p, 'periods:view', { period: '2025-T2' });
    const row = view.rows.find((r) => r.measureId === 16)!;
    expect(row.reported?.status).toBeNull();
    expect(row.corrected.status).toBe('pagar');
    // Closed again: a new snapshot with today's knowledge.
    const again = await call<PeriodInfo>(p, 'periods:close', { period: '2025-T2' });
    expect(again.events.map((e) => e.action)).toEqual(['close', 'reopen', 'close']);
    expect((await call<PeriodView>(p, 'periods:view', { period: '2025-T2' })).differences).toBe(0);
  });
});

describe('a period’s history', () => {
  it('lists every closing and reopening in periods:list, newest first, with who, when, why and the count', async () => {
    const p = memoryPortfolio({ user: 'Kari Koordinator' });
    at(p, '2026-11-24T08:00:00Z');
    await call(p, 'periods:close', { period: '2025-T2' });
    at(p, '2026-11-24T09:30:00Z');
    p.user = () => 'Ola Saksbehandler';
    await call(p, 'periods:reopen', { period: '2025-T2', reason: 'HOD rapporterte feil på tiltak 3' });
    await record(p, 16, '2025-06-01');
    at(p, '2026-11-25T07:15:00Z');
    p.user = () => 'Kari Koordinator';
    await call(p, 'periods:close', { period: '2025-T2' });
    const list = await call<PeriodList>(p, 'periods:list', {});
    const t2 = list.tertials.find((t) => t.key === '2025-T2')!;
    expect(t2.closed).toBe(true);
    expect(
      t2.events.map(({ action, at, author, reason, measureCount }) => ({ action, at, author, reason, measureCount })),
    ).toEqual([
      { action: 'close', at: '2026-11-25T07:15:00.000Z', author: 'Kari Koordinator', reason: '', measureCount: 44 },
      {
        action: 'reopen',
        at: '2026-11-24T09:30:00.000Z',
        author: 'Ola Saksbehandler',
        reason: 'HOD rapporterte feil på tiltak 3',
        measureCount: 0,
      },
      { action: 'close', at: '2026-11-24T08:00:00.000Z', author: 'Kari Koordinator', reason: '', measureCount: 44 },
    ]);
    // Only its own: the year and the other tertials have none.
    expect(list.years.find((y) => y.key === '2025')!.events).toEqual([]);
    expect(list.tertials.filter((t) => t.events.length > 0).map((t) => t.key)).toEqual(['2025-T2']);
  });
});

describe('corrections after closing', () => {
  it('needs a reason for an update dated in a closed period, at the field, writing nothing without one', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025-T2' });
    await call(p, 'periods:close', { period: '2025' });
    const before = snapshot(p.db);
    const e = await refused(p, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket',
      effectiveDate: '2025-06-15',
    });
    expect(e.fields?.correctionReason).toBe(
      '15.06.2025 er i en lukket periode (2025 og T2 2025). Skriv hvorfor statusen korrigeres etter lukking.',
    );
    expect(snapshot(p.db)).toBe(before);
    const u = await record(p, 16, '2025-06-15', { correctionReason: 'HOD meldte status for sent' });
    expect(u.correctionReason).toBe('HOD meldte status for sent');
    // Outside every closed period a reason is not asked for, and not stored.
    const later = await record(p, 16, '2026-01-10', { correctionReason: 'ikke nødvendig' });
    expect(later.correctionReason).toBeNull();
  });

  it('shows «as reported» beside «as corrected» with the differences, and the correction in history', async () => {
    const p = memoryPortfolio();
    await record(p, 16, '2025-05-10');
    await call(p, 'periods:close', { period: '2025-T2' });
    at(p, '2026-11-24T09:00:00Z');
    await record(p, 16, '2025-08-20', {
      status: 'fullfort',
      comment: 'Fullført i august',
      correctionReason: 'Sluttrapporten kom etter lukking',
    });
    await record(p, 1, '2025-07-01', { correctionReason: 'Etterregistrert' });
    const view = await call<PeriodView>(p, 'periods:view', { period: '2025-T2' });
    expect(view.closing).toMatchObject({ action: 'close', measureCount: 44 });
    expect(view.differences).toBe(2);
    const m16 = view.rows.find((r) => r.measureId === 16)!;
    expect(m16.reported).toMatchObject({ status: 'pagar', effectiveDate: '2025-05-10', correctionReason: null });
    expect(m16.corrected).toMatchObject({
      status: 'fullfort',
      effectiveDate: '2025-08-20',
      correctionReason: 'Sluttrapporten kom etter lukking',
    });
    expect(m16.differs).toBe(true);
    const m1 = view.rows.find((r) => r.measureId === 1)!;
    expect([m1.reported?.status, m1.corrected.status]).toEqual([null, 'pagar']);
    expect(view.rows.filter((r) => !r.differs).every((r) => r.reported?.status === r.corrected.status)).toBe(true);
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: 16 });
    expect(history.map((h) => h.correctionReason)).toEqual(['Sluttrapporten kom etter lukking', null]);
  });

  it('marks the correction in the status table as of a date, in every format (CSV and XLSX read back)', async () => {
    const p = memoryPortfolio();
    await record(p, 1, '2025-03-01');
    await call(p, 'periods:close', { period: '2025-T2' });
    await record(p, 16, '2025-07-01', { status: 'avbrutt', correctionReason: 'Etterregistrert' });
    // A date in T2 2025, whose report the correction changed (not one in the open T3: tests/unit/as-of-marks.test.ts).
    const req = reportOptions.parse({ asOf: '2025-08-31', planCodes: ['handlingsplan-2016'] });
    const csv = parseCsv(String(await exportFormats.csv.write(p.db, req, { now: p.now() })).replace(/^\uFEFF/, ''));
    const [nr, status] = [csv[0].indexOf('Nr.'), csv[0].indexOf('Status')];
    const byNumber = new Map(csv.slice(1).map((r) => [r[nr], r[status]]));
    expect(byNumber.get('16')).toBe('Avbrutt (korrigert etter lukking)');
    expect(byNumber.get('1')).toBe('Pågår');
    const wb = await readXlsx((await exportFormats.xlsx.write(p.db, req, { now: p.now() })) as Uint8Array);
    const ws = wb.worksheets[1];
    const col = (ws.getRow(1).values as unknown[]).indexOf('Status');
    const row16 = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 16)!;
    expect(row16.getCell(col).value).toBe('Avbrutt (korrigert etter lukking)');
  });

  it('lets an undo of a correction through, saying what it undoes', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025-T2' });
    await record(p, 16, '2025-06-01', { correctionReason: 'Etterregistrert' });
    await call(p, 'history:undo', { scope: { kind: 'measure', id: 16 } });
    const [newest] = await call<StatusUpdate[]>(p, 'status:history', { measureId: 16 });
    expect(newest.correctionReason).toMatch(/^Korrigering: angrer statusoppdateringen/);
  });
});

describe('the period tables are append-only', () => {
  it('refuses changes to events and snapshots, rows added to a sealed snapshot, reasonless corrections', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025-T2' });
    const id = latestClosing(p.db, '2025-T2')!.id;
    expect(() => p.db.exec("UPDATE period_events SET author = 'x'")).toThrow(/append-only/);
    expect(() => p.db.exec('DELETE FROM period_events')).toThrow(/append-only/);
    expect(() => p.db.exec("UPDATE period_snapshots SET comment = 'x'")).toThrow(/append-only/);
    expect(() => p.db.exec('DELETE FROM period_snapshots')).toThrow(/append-only/);
    expect(() => p.db.prepare('INSERT INTO period_snapshots (event_id, measure_id) VALUES (?, 1000)').run(id)).toThrow(
      /sealed/,
    );
    expect(() =>
      p.db.exec(
        'INSERT INTO status_updates (measure_id, status, assessment, author, effective_date, recorded_at) ' +
          "VALUES (16, 'pagar', 'gronn', 'x', '2025-06-01', '2026-01-01T00:00:00Z')",
      ),
    ).toThrow(/correction reason/);
  });
});
