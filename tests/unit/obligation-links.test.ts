// Links between obligations and measures: many-to-many across plans with a note, in both histories, undone on the
// page they were made from; linking twice, to a retired obligation or across a deleted measure refused at the field.
import { describe, expect, it } from 'vitest';
import type { UndoState } from '../../shared/api/history.contract.ts';
import type { MeasureObligation, Obligation } from '../../shared/domain/obligations.ts';
import type { AuditEntry, Measure, TimelineEntry } from '../../shared/domain/types.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

const obligation = async (p: TestPortfolio, code: string) =>
  (await call<Obligation[]>(p, 'obligations:list', {})).find((o) => o.code === code)!;
const ofMeasure = (p: TestPortfolio, measureId: number) =>
  call<MeasureObligation[]>(p, 'obligations:ofMeasure', { measureId });
const link = (p: TestPortfolio, obligationId: number, measureId: number, extra: object = {}) =>
  call<{ linkId: number }>(p, 'obligations:link', { obligationId, measureId, ...extra });
/** Measure 30 is the strategy's measure 4; 5 and 16 are the 2016 plan's. */
const STRATEGY_4 = 30;

describe('obligation links', () => {
  it('links one obligation to measures of both plans and one measure to several obligations', async () => {
    const p = memoryPortfolio();
    const g301 = await obligation(p, 'G3-01');
    const g204 = await obligation(p, 'G2-04');
    await link(p, g301.id, 5, { note: 'Etterforskningskapasitet' });
    await link(p, g301.id, STRATEGY_4);
    await link(p, g204.id, 5);
    expect((await ofMeasure(p, 5)).map((l) => [l.obligation.code, l.note])).toEqual([
      ['G2-04', ''],
      ['G3-01', 'Etterforskningskapasitet'],
    ]);
    expect((await ofMeasure(p, STRATEGY_4)).map((l) => l.obligation.code)).toEqual(['G3-01']);
  });

  it('writes each link change in the measure’s and the obligation’s history', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const g = await obligation(p, 'G3-01');
    const { linkId } = await link(p, g.id, 16);
    await call(p, 'obligations:updateLink', { linkId, version: 1, note: 'Veileder for helsepersonell' });
    await call(p, 'obligations:unlink', { linkId });
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 16 });
    expect(
      timeline.filter((e) => e.kind === 'change').map((e) => e.kind === 'change' && [e.action, e.newValue]),
    ).toEqual([
      ['obligation-remove', null],
      ['obligation-note', 'G3-01: Veileder for helsepersonell'],
      ['obligation-add', 'G3-01'],
    ]);
    const history = await call<AuditEntry[]>(p, 'obligations:history', { id: g.id });
    expect(history.map((e) => [e.action, e.oldValue, e.author])).toEqual([
      ['obligation-remove', 'Handlingsplanen 2016, tiltak 16', 'Kari'],
      ['obligation-note', 'Handlingsplanen 2016, tiltak 16: (tom)', 'Kari'],
      ['obligation-add', null, 'Kari'],
    ]);
  });

  it('undoes and redoes a link on the measure’s page, and one made in the register on the register’s', async () => {
    const p = memoryPortfolio();
    const g = await obligation(p, 'G3-02');
    await link(p, g.id, 7, { note: 'Retningslinjer' });
    await link(p, g.id, 8, { on: 'obligations' });
    const measure7 = { kind: 'measure', id: 7 } as const;
    expect(await call<UndoState>(p, 'history:state', { scope: measure7 })).toEqual({
      undo: 'kobling til G3-02',
      redo: null,
    });
    await call(p, 'history:undo', { scope: { kind: 'obligations' } });
    expect(await ofMeasure(p, 8)).toEqual([]);
    expect(await ofMeasure(p, 7)).toHaveLength(1);
    await call(p, 'obligations:unlink', { linkId: (await ofMeasure(p, 7))[0].linkId });
    await call(p, 'history:undo', { scope: measure7 });
    expect((await ofMeasure(p, 7)).map((l) => l.note)).toEqual(['Retningslinjer']);
    await call(p, 'history:redo', { scope: measure7 });
    expect(await ofMeasure(p, 7)).toEqual([]);
  });

  it('refuses a stale note edit', async () => {
    const p = memoryPortfolio();
    const { linkId } = await link(p, (await obligation(p, 'G3-03')).id, 3);
    await call(p, 'obligations:updateLink', { linkId, version: 1, note: 'Først' });
    const err = await refused(p, 'obligations:updateLink', { linkId, version: 1, note: 'Så' });
    expect(err).toMatchObject({ code: 'conflict', message: expect.stringMatching(/er endret etter at du åpnet den/) });
  });

  describe('bad input is refused at its field and nothing is written', () => {
    const expectRefused = async (p: TestPortfolio, input: object, field: string, message: string | RegExp) => {
      const before = snapshot(p.db);
      const err = await refused(p, 'obligations:link', input);
      expect(err.code).toBe('invalid');
      expect(err.fields?.[field]).toMatch(message);
      expect(snapshot(p.db)).toBe(before);
    };

    it('linking a measure to an obligation twice', async () => {
      const p = memoryPortfolio();
      const g = await obligation(p, 'G3-01');
      await link(p, g.id, 5);
      await expectRefused(p, { obligationId: g.id, measureId: 5 }, 'obligationId', /allerede koblet til .*G3-01/);
      // From the register's page the same refusal is said at its measure field.
      await expectRefused(p, { obligationId: g.id, measureId: 5, on: 'obligations' }, 'measureId', /allerede/);
    });

    it('linking to a retired obligation', async () => {
      const p = memoryPortfolio();
      const g = await obligation(p, 'G2-01');
      await call(p, 'obligations:retire', { id: g.id, version: 1, retired: true });
      await expectRefused(p, { obligationId: g.id, measureId: 5 }, 'obligationId', 'Forpliktelse G2-01 er avsluttet');
    });

    it('linking, unlinking or noting across a deleted measure', async () => {
      const p = memoryPortfolio();
      const g = await obligation(p, 'G3-04');
      const { linkId } = await link(p, g.id, 9);
      await call<Measure>(p, 'measures:delete', { id: 10, version: 1 });
      await expectRefused(p, { obligationId: g.id, measureId: 10 }, 'measureId', /ligger i papirkurven/);
      await call<Measure>(p, 'measures:delete', { id: 9, version: 1 });
      const before = snapshot(p.db);
      expect((await refused(p, 'obligations:unlink', { linkId })).fields).toEqual({
        linkId: 'Tiltak 9 ligger i papirkurven. Gjenopprett det før du endrer koblingene.',
      });
      expect((await refused(p, 'obligations:updateLink', { linkId, version: 1, note: 'x' })).code).toBe('invalid');
      expect(snapshot(p.db)).toBe(before);
    });

    it('an obligation or a measure that does not exist', async () => {
      const p = memoryPortfolio();
      await expectRefused(p, { obligationId: 999, measureId: 5 }, 'obligationId', 'Finner ikke forpliktelsen');
      await expectRefused(p, { obligationId: 1, measureId: 9999 }, 'measureId', 'Finner ikke tiltaket');
    });
  });
});
