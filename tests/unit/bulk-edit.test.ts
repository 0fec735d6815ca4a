// Setting the part and owner of many measures at once from the register: one operation, all or nothing, audited per
// measure, undone and redone as one change in the register's scope, and refused like a stale save when a measure
// changed after it was chosen.
import { describe, expect, it } from 'vitest';
import type { UpdateManyResult } from '../../shared/api/measure-edit.contract.ts';
import type { UndoState } from '../../shared/api/history.contract.ts';
import type { Measure, Plan, TimelineEntry } from '../../shared/domain/types.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

const REGISTER = { scope: { kind: 'register' } } as const;
const STRATEGY = 'strategi-2025-2030';

async function strategy(p: TestPortfolio) {
  const plans = await call<Plan[]>(p, 'plans:list', {});
  const plan = plans.find((x) => x.code === STRATEGY)!;
  const measures = (await call<Measure[]>(p, 'measures:list', { planCode: STRATEGY })).slice(0, 3);
  return { plan, measures, other: plans.find((x) => x.code !== STRATEGY)! };
}

const items = (ms: Measure[], changes: object) => ms.map((m) => ({ id: m.id, version: m.version, changes }));
const get = (p: TestPortfolio, id: number) => call<Measure>(p, 'measures:get', { id });

describe('measures:updateMany (the register’s «N tiltak valgt»)', () => {
  it('sets the part and owner of several measures in one step, each audited, named in the plan’s word', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const { plan, measures } = await strategy(p);
    const part = plan.parts[1];
    const r = await call<UpdateManyResult>(p, 'measures:updateMany', {
      items: items(measures, { part: part.id, owner: 'JD' }),
    });
    expect(r).toEqual({
      changed: 3,
      label: 'endring av innsatsområde og ansvarlig departement for 3 tiltak',
    });
    for (const m of measures) {
      const now = await get(p, m.id);
      expect(now).toMatchObject({ partNumber: part.number, owner: { abbrev: 'JD' }, version: m.version + 1 });
      const log = await call<TimelineEntry[]>(p, 'measures:timeline', { id: m.id });
      const fields = log.flatMap((e) => (e.kind === 'change' ? [[e.field, e.author]] : []));
      expect(fields).toEqual(
        expect.arrayContaining([
          ['part', 'Kari'],
          ['owner', 'Kari'],
        ]),
      );
    }
    expect(await call<UndoState>(p, 'history:state', REGISTER)).toEqual({
      undo: 'endring av innsatsområde og ansvarlig departement for 3 tiltak',
      redo: null,
    });
    // A measure that already has the value is left alone; all of them already have it: nothing changes.
    const again = await Promise.all(measures.map((m) => get(p, m.id)));
    expect(await call(p, 'measures:updateMany', { items: items(again, { owner: 'JD' }) })).toEqual({
      changed: 0,
      label: null,
    });
  });

  it('undoes all of it with one «Angre» in the register, and redoes it', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const { plan, measures } = await strategy(p);
    await call(p, 'measures:updateMany', { items: items(measures, { part: plan.parts[0].id }) });
    const first = await Promise.all(measures.map((m) => get(p, m.id)));
    await call(p, 'measures:updateMany', { items: items(first, { owner: 'HOD' }) });
    // Two of one's own bulk changes in a row undo in order (each expects the version the later one left).
    await call(p, 'history:undo', REGISTER);
    await call(p, 'history:undo', REGISTER);
    for (const m of measures) expect(await get(p, m.id)).toMatchObject({ partNumber: null, owner: null });
    expect(await call<UndoState>(p, 'history:state', REGISTER)).toMatchObject({
      undo: null,
      redo: 'endring av innsatsområde for 3 tiltak',
    });
    await call(p, 'history:redo', REGISTER);
    for (const m of measures) expect((await get(p, m.id)).partNumber).toBe(plan.parts[0].number);
    // The measure's own undo stack is its own: the register's change is not on it.
    expect(await call<UndoState>(p, 'history:state', { scope: { kind: 'measure', id: measures[0].id } })).toEqual({
      undo: null,
      redo: null,
    });
  });

  it('refuses the undo when someone changed one of the measures since, and changes nothing', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const { plan, measures } = await strategy(p);
    await call(p, 'measures:updateMany', { items: items(measures, { part: plan.parts[2].id }) });
    const second = await get(p, measures[1].id);
    const ola = { ...p, user: () => 'Ola' };
    await call(ola, 'measures:update', { id: second.id, version: second.version, changes: { title: 'Ny tittel' } });
    const before = snapshot(p.db);
    const e = await refused(p, 'history:undo', REGISTER);
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^Kan ikke angre endring av innsatsområde for 3 tiltak: tiltak 2 \(Strategien/);
    expect(snapshot(p.db)).toBe(before);
  });

  it('refuses a stale item, a part of another plan or a non-ministry, naming the measure', async () => {
    const p = memoryPortfolio();
    const { plan, measures, other } = await strategy(p);
    const before = snapshot(p.db);
    const stale = items(measures, { part: plan.parts[0].id });
    stale[2].version = 99;
    const conflict = await refused(p, 'measures:updateMany', { items: stale });
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/^Tiltak 3 \(Strategien 2025–2030\) er endret etter at du valgte det/);
    const wrongPart = await refused(p, 'measures:updateMany', { items: items(measures, { part: other.parts[0].id }) });
    expect(wrongPart.fields?.part).toBe(
      'Tiltak 1 (Strategien 2025–2030): Valget hører til en annen plan. Velg innsatsområde i tiltakets egen plan.',
    );
    const agency = await refused(p, 'measures:updateMany', { items: items(measures, { owner: 'POD' }) });
    expect(agency.fields?.owner).toMatch(
      /^Tiltak 1 \(Strategien 2025–2030\): «POD» er direktorat, ikke et departement/,
    );
    expect((await refused(p, 'measures:updateMany', { items: [] })).fields?.items).toBe('Velg minst ett tiltak.');
    const twice = await refused(p, 'measures:updateMany', { items: [...stale.slice(0, 1), ...stale.slice(0, 1)] });
    expect(twice.message).toBe('Et tiltak er valgt to ganger.');
    // Only the part and the owner may be set this way.
    expect((await refused(p, 'measures:updateMany', { items: items(measures, { title: 'x' }) })).code).toBe('invalid');
    expect(snapshot(p.db)).toBe(before);
  });
});
