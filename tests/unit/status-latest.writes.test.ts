// Oversikt reads each measure's newest status, assessment and comment, and its first date, from
// measure_status_latest (0013) instead of the update itself. After every kind of write a user makes, those columns
// must say what the history says, and Oversikt must show it.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { derivedStatusMismatches } from '../../electron/core/repositories/check.repo.ts';
import type { ChangesSince, DashboardOverview, StatusOverTime } from '../../shared/api/dashboard.contract.ts';
import type { AcceptResult } from '../../shared/api/rounds.contract.ts';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import type { Measure } from '../../shared/domain/types.ts';
import { call, recordStatus as record } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { fillForm, formOf, newRound, readAnswer } from '../support/rounds.ts';

// An answer is parsed in a worker of its own, which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

interface Latest {
  status: string;
  assessment: string;
  comment: string;
  first_date: string;
}
const latest = (p: TestPortfolio, id: number) =>
  p.db
    .prepare('SELECT status, assessment, comment, first_date FROM measure_status_latest WHERE measure_id = ?')
    .get(id) as Latest | undefined;
const inStep = (p: TestPortfolio) => expect(derivedStatusMismatches(p.db)).toEqual([]);
const overview = (p: TestPortfolio) => call<DashboardOverview>(p, 'dashboard:overview', {});
const changeOf = async (p: TestPortfolio, id: number, since: string) =>
  (await call<ChangesSince>(p, 'dashboard:changes', { since })).rows.find((r) => r.measureId === id);

describe('the newest status kept beside each measure (measure_status_latest)', () => {
  it('follows a new status and a backdated one, and Oversikt shows the newest assessment and comment', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const rodBefore = (await overview(p)).keyFigures.rod;
    await record(p, 16, '2025-03-01', { assessment: 'rod', comment: 'Forsinket.' });
    expect(latest(p, 16)).toEqual({
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket.',
      first_date: '2025-03-01',
    });
    inStep(p);
    expect((await overview(p)).keyFigures.rod).toBe(rodBefore + 1);
    expect((await changeOf(p, 16, '2025-01-01'))?.after).toEqual({
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket.',
    });
    // Dated before the first: the newest stays, the first date moves, and status over time counts it from then.
    await record(p, 16, '2024-06-01', { status: 'ikke-startet' });
    expect(latest(p, 16)).toEqual({
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket.',
      first_date: '2024-06-01',
    });
    inStep(p);
    const series = await call<StatusOverTime>(p, 'dashboard:statusOverTime', { granularity: 'year' });
    expect(series.points.find((x) => x.label === '2024')?.counts['ikke-startet']).toBeGreaterThan(0);
  });

  it('follows an undo and a redo of a status (each a new update in the history)', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await record(p, 16, '2025-03-01', { assessment: 'gul', comment: 'Noe forsinket.' });
    await record(p, 16, '2025-04-01', { status: 'avbrutt', assessment: 'rod', comment: 'Stanset.' });
    await call(p, 'history:undo', { scope: { kind: 'measure', id: 16 } });
    expect(latest(p, 16)).toMatchObject({ status: 'pagar', assessment: 'gul', first_date: '2025-03-01' });
    inStep(p);
    expect((await overview(p)).keyFigures.rod).toBe(0);
    await call(p, 'history:redo', { scope: { kind: 'measure', id: 16 } });
    expect(latest(p, 16)).toMatchObject({ status: 'avbrutt', assessment: 'rod' });
    inStep(p);
    expect((await overview(p)).keyFigures.rod).toBe(1);
  });

  it('keeps a measure’s status through the Papirkurv and back, and through a closed period’s correction', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await record(p, 16, '2025-03-01', { assessment: 'rod', comment: 'Forsinket.' });
    const before = latest(p, 16);
    await call<Measure>(p, 'measures:delete', { id: 16, version: 1 });
    expect((await overview(p)).keyFigures.rod).toBe(0);
    await call<Measure>(p, 'measures:restore', { id: 16, version: 2 });
    expect(latest(p, 16)).toEqual(before);
    expect((await overview(p)).keyFigures.rod).toBe(1);
    inStep(p);
    await call(p, 'periods:close', { period: '2025-T1' });
    inStep(p);
    // A correction dated in the closed period, before the newest: the newest stays.
    await record(p, 16, '2025-02-01', { correctionReason: 'Meldt for sent' });
    expect(latest(p, 16)).toEqual({ ...before, first_date: '2025-02-01' });
    inStep(p);
  });

  it('follows an accepted input round', async () => {
    const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const form = await formOf(p, round.id, 'HOD');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const id = Number(wb.getWorksheet(FORM_SHEET)!.getRow(2).getCell(1).value);
    const filled = await fillForm(form, {
      [id]: {
        'Ny status': 'Pågår',
        'Ny vurdering': 'Rød (alvorlig forsinket)',
        Kommentar: 'Leverandøren er forsinket.',
        'Dato (dd.mm.åååå)': new Date(Date.UTC(2026, 10, 22)),
        'Rapportert av': 'Per Helse',
      },
    });
    const { review } = await readAnswer(p, round.id, filled, 'Svar fra HOD.xlsx');
    const keys = review.measures.flatMap((m) => m.items.map((i) => i.key));
    expect(
      await call<AcceptResult>(p, 'rounds:accept', { answerId: review.answer.id, token: review.token, accept: keys }),
    ).toMatchObject({ accepted: 1 });
    expect(latest(p, id)).toMatchObject({ status: 'pagar', assessment: 'rod', comment: 'Leverandøren er forsinket.' });
    inStep(p);
    expect((await changeOf(p, id, '2026-11-01'))?.after.comment).toBe('Leverandøren er forsinket.');
  });
});
