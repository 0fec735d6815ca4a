// Coverage: the class of each obligation from its measures' status on a date, the counts, and what is left out (a
// plan not started on the date, a measure in the recycle bin, a retired obligation, one given after the date's year).
import { describe, expect, it } from 'vitest';
import type { CoverageResult } from '../../shared/api/obligations.contract.ts';
import { coverageClass, type CoveredMeasure, type Obligation } from '../../shared/domain/obligations.ts';
import type { AssessmentCode, StatusCode } from '../../shared/domain/vocabulary.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';

const m = (status: StatusCode | null, assessment: AssessmentCode | null = status === null ? null : 'ikke-vurdert') => ({
  status,
  assessment,
});

describe('coverage classes', () => {
  it.each<[string, Pick<CoveredMeasure, 'status' | 'assessment'>[], string]>([
    ['no measure', [], 'ingen-tiltak'],
    ['a measure without any status', [m(null)], 'ikke-i-gang'],
    ['only not started and cancelled measures', [m('ikke-startet'), m('avbrutt', 'gronn'), m(null)], 'ikke-i-gang'],
    ['a not-started measure assessed gul (nothing is under way yet)', [m('ikke-startet', 'gul')], 'ikke-i-gang'],
    ['one measure under way and one assessed rød', [m('pagar', 'gronn'), m('pagar', 'rod')], 'gul-rod'],
    ['a cancelled measure assessed gul beside one under way', [m('pagar', 'gronn'), m('avbrutt', 'gul')], 'gul-rod'],
    ['a measure under way, green', [m('pagar', 'gronn'), m('ikke-startet')], 'godt-dekket'],
    ['a completed measure', [m('fullfort', 'gronn')], 'godt-dekket'],
    ['a continued measure not yet assessed', [m('viderefort')], 'godt-dekket'],
  ])('%s', (_what, measures, expected) => {
    expect(coverageClass(measures)).toBe(expected);
  });
});

const obligationId = async (p: TestPortfolio, code: string) =>
  (await call<Obligation[]>(p, 'obligations:list', {})).find((o) => o.code === code)!.id;
const coverage = (p: TestPortfolio, filter: object = {}, includeRetired = false) =>
  call<CoverageResult>(p, 'obligations:coverage', { filter, includeRetired });
const classOf = (r: CoverageResult, code: string) => r.obligations.find((o) => o.code === code)?.coverage;
const status = (p: TestPortfolio, measureId: number, s: StatusCode, a: AssessmentCode, date: string) =>
  call(p, 'status:record', {
    measureId,
    status: s,
    assessment: a,
    comment: a === 'gronn' ? '' : 'Forsinket',
    effectiveDate: date,
  });

describe('coverage of the register on a date', () => {
  it('counts every active obligation once; a new file starts with no measure for any of them', async () => {
    const r = await coverage(memoryPortfolio());
    expect(r.counts).toEqual({ 'ingen-tiltak': 9, 'ikke-i-gang': 0, 'gul-rod': 0, 'godt-dekket': 0 });
    expect(r.total).toBe(9);
    expect(r.later).toBe(0);
  });

  it('follows the linked measures’ status as of the date asked for', async () => {
    const p = memoryPortfolio();
    const g = await obligationId(p, 'G3-01');
    for (const id of [5, 16, 20]) await call(p, 'obligations:link', { obligationId: g, measureId: id });
    await status(p, 5, 'pagar', 'gronn', '2022-03-01');
    await status(p, 16, 'pagar', 'gul', '2023-06-01');
    await status(p, 16, 'pagar', 'gronn', '2024-06-01');
    const at = async (asOf: string) => classOf(await coverage(p, { asOf }), 'G3-01');
    expect(await at('2021-12-31')).toBeUndefined(); // the third round (2022) was not given yet
    expect(await at('2022-02-28')).toBe('ikke-i-gang');
    expect(await at('2022-12-31')).toBe('godt-dekket');
    expect(await at('2023-12-31')).toBe('gul-rod');
    expect(await at('2024-12-31')).toBe('godt-dekket');
    const r = await coverage(p, { asOf: '2023-12-31' });
    expect(
      r.obligations.find((o) => o.code === 'G3-01')!.measures.map((x) => [x.number, x.status, x.assessment]),
    ).toEqual([
      ['5', 'pagar', 'gronn'],
      ['16', 'pagar', 'gul'],
      ['20', null, null],
    ]);
    expect(r.counts).toEqual({ 'ingen-tiltak': 8, 'ikke-i-gang': 0, 'gul-rod': 1, 'godt-dekket': 0 });
    expect((await coverage(p, { asOf: '2021-12-31' })).later).toBe(5);
  });

  it('leaves out a plan’s measures before the plan started, and before an obligation was given', async () => {
    const p = memoryPortfolio();
    const g = await obligationId(p, 'G2-02');
    await call(p, 'obligations:link', { obligationId: g, measureId: 30 }); // the strategy (from May 2025), measure 4
    expect(classOf(await coverage(p, { asOf: '2025-04-30' }), 'G2-02')).toBe('ingen-tiltak');
    expect(classOf(await coverage(p, { asOf: '2025-05-01' }), 'G2-02')).toBe('ikke-i-gang');
    const early = await coverage(p, { asOf: '2016-12-31' });
    expect(early.total).toBe(0);
    expect(early.later).toBe(9);
  });

  it('counts only the measures the filter admits, and never a measure in the recycle bin', async () => {
    const p = memoryPortfolio();
    const g = await obligationId(p, 'G3-03');
    await call(p, 'obligations:link', { obligationId: g, measureId: 5 });
    await call(p, 'obligations:link', { obligationId: g, measureId: 31 });
    await status(p, 31, 'pagar', 'gronn', '2025-09-01');
    expect(classOf(await coverage(p), 'G3-03')).toBe('godt-dekket');
    expect(classOf(await coverage(p, { plans: ['handlingsplan-2016'] }), 'G3-03')).toBe('ikke-i-gang');
    await call(p, 'measures:delete', { id: 31, version: 1 });
    expect(classOf(await coverage(p), 'G3-03')).toBe('ikke-i-gang');
    await call(p, 'measures:delete', { id: 5, version: 1 });
    expect(classOf(await coverage(p), 'G3-03')).toBe('ingen-tiltak');
  });

  it('lists a retired obligation apart when asked, and never counts it', async () => {
    const p = memoryPortfolio();
    const g = await obligationId(p, 'G2-01');
    await call(p, 'obligations:retire', { id: g, version: 1, retired: true });
    const r = await coverage(p, {}, true);
    expect(r.total).toBe(8);
    expect(r.obligations.at(-1)).toMatchObject({ code: 'G2-01', retiredAt: expect.any(String) });
    expect((await coverage(p)).obligations.some((o) => o.code === 'G2-01')).toBe(false);
  });

  it('filters the register by obligation, and names each measure’s obligations in its row', async () => {
    const p = memoryPortfolio();
    await call(p, 'obligations:link', { obligationId: await obligationId(p, 'G3-02'), measureId: 12 });
    await call(p, 'obligations:link', { obligationId: await obligationId(p, 'G2-03'), measureId: 12 });
    await call(p, 'obligations:link', { obligationId: await obligationId(p, 'G2-03'), measureId: 3 });
    type Q = { ids: number[]; rows: { id: number; obligationCodes: string[] }[] };
    const q = await call<Q>(p, 'measures:query', { filter: { obligations: ['g2-03'] } });
    expect(q.ids).toEqual([3, 12]);
    expect(q.rows.map((r) => r.obligationCodes)).toEqual([['G2-03'], ['G2-03', 'G3-02']]);
    const sorted = await call<Q>(p, 'measures:query', { sort: { by: 'obligations', dir: 'desc' } });
    expect(sorted.ids.slice(0, 3)).toEqual([12, 3, 1]);
    const err = await refused(p, 'measures:query', { filter: { obligations: ['G9-99'] } });
    expect(err.fields).toEqual({ obligations: 'Ukjent forpliktelse: «G9-99».' });
  });
});
