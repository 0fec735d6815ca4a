// Undo and redo in the core, through the real dispatcher: every record type, as a new audited change (history is
// never rewritten), per user and scope, and a stale undo refused like a stale save.
import { describe, expect, it } from 'vitest';
import type { UndoState } from '../../shared/api/history.contract.ts';
import type {
  BudgetSummary,
  Measure,
  MeasureLink,
  Organisation,
  StatusUpdate,
  TimelineEntry,
} from '../../shared/domain/types.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';

const M = { kind: 'measure', id: 1 } as const;
const ORGS = { kind: 'organisations' } as const;
type Scope = typeof M | typeof ORGS | { kind: 'measure'; id: number };

const undo = (p: TestPortfolio, scope: Scope = M) =>
  call<{ label: string; state: UndoState }>(p, 'history:undo', { scope });
const redo = (p: TestPortfolio, scope: Scope = M) =>
  call<{ label: string; state: UndoState }>(p, 'history:redo', { scope });
const state = (p: TestPortfolio, scope: Scope = M) => call<UndoState>(p, 'history:state', { scope });
const measure = (p: TestPortfolio, id = 1) => call<Measure>(p, 'measures:get', { id });
const budget = (p: TestPortfolio) => call<BudgetSummary>(p, 'budget:list', { measureId: 1 });
const auditRows = (p: TestPortfolio) => (p.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('undo and redo in the core', () => {
  it('undoes and redoes a field edit as new audited changes, with the same version checks', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    expect(await state(p)).toEqual({ undo: null, redo: null });
    await call(p, 'measures:update', {
      id: 1,
      version: 1,
      changes: { title: 'Kartlegge omfanget', description: 'Om omfanget', owner: 'JD', coOwners: ['HOD'] },
    });
    expect(await state(p)).toEqual({
      undo: 'endring av tittel, beskrivelse, ansvarlig departement og medansvarlige departementer',
      redo: null,
    });
    const before = auditRows(p);
    const u = await undo(p);
    expect(u.state.redo).toBe(u.label);
    expect(await measure(p)).toMatchObject({ title: 'Tiltak 1', titlePending: true, description: '', owner: null });
    expect((await measure(p)).coOwners).toEqual([]);
    expect(auditRows(p)).toBeGreaterThan(before); // the undo is logged, nothing is removed
    await redo(p);
    const m = await measure(p);
    expect(m).toMatchObject({ title: 'Kartlegge omfanget', description: 'Om omfanget', owner: { abbrev: 'JD' } });
    expect(m.coOwners.map((o) => o.abbrev)).toEqual(['HOD']);
    expect(m.version).toBe(4);
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 1 });
    const titles = timeline.filter((e) => e.kind === 'change' && e.field === 'title');
    // Each entry says how it was made, so the history does not read an undo as a new edit (QA qa-m2 #4).
    expect(titles.map((e) => (e.kind === 'change' ? e.replay : undefined))).toEqual(['redo', 'undo', null]);
  });

  it('undoes several of one’s own changes in a row, and redoes them in order', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await call(p, 'measures:update', { id: 1, version: 1, changes: { title: 'Første' } });
    await call(p, 'measures:update', { id: 1, version: 2, changes: { description: 'Andre' } });
    await call(p, 'status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' });
    await call(p, 'status:record', { measureId: 1, status: 'fullfort', assessment: 'gronn' });
    for (let i = 0; i < 4; i++) await undo(p);
    expect(await measure(p)).toMatchObject({ title: 'Tiltak 1', description: '', status: 'ikke-startet' });
    expect(await state(p)).toEqual({ undo: null, redo: 'endring av tittel' });
    await redo(p);
    await redo(p);
    expect(await measure(p)).toMatchObject({ title: 'Første', description: 'Andre', status: 'ikke-startet' });
    await redo(p);
    expect(await measure(p)).toMatchObject({ status: 'pagar' });
    // A new change empties the redo stack.
    await call(p, 'measures:update', { id: 1, version: 7, changes: { description: 'Tredje' } });
    expect(await state(p)).toEqual({ undo: 'endring av beskrivelse', redo: null });
  });

  it('refuses a stale undo like a stale save, naming who changed the measure, and changes nothing', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await call(p, 'measures:update', { id: 1, version: 1, changes: { title: 'Min tittel' } });
    const ola = { ...p, user: () => 'Ola' };
    await call(ola, 'measures:update', { id: 1, version: 2, changes: { description: 'Olas tekst' } });
    const e = await refused(p, 'history:undo', { scope: M });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^Kan ikke angre endring av tittel: tiltaket er endret av Ola/);
    expect(e.message).toMatch(/Ingenting er endret\.$/);
    expect(await measure(p)).toMatchObject({ title: 'Min tittel', description: 'Olas tekst', version: 3 });
    // Ola's own stack is his, not Kari's.
    expect((await state(ola)).undo).toBe('endring av beskrivelse');
  });

  it('undoes a status update with a visible correction (append-only) and redoes it', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const saved = await call<StatusUpdate>(p, 'status:record', {
      measureId: 1,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket',
      effectiveDate: '2026-10-01',
    });
    expect((await state(p)).undo).toBe('statusregistrering');
    await undo(p);
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: 1 });
    expect(history).toHaveLength(2);
    const correction = history.find((h) => h.id !== saved.id)!;
    expect(correction).toMatchObject({
      status: 'ikke-startet',
      assessment: 'ikke-vurdert',
      effectiveDate: '2026-10-01',
    });
    expect(correction.comment).toMatch(/^Korrigering: angrer statusoppdateringen registrert .* \(Pågår, Gul\)\.$/);
    expect(await measure(p)).toMatchObject({ status: 'ikke-startet', assessment: 'ikke-vurdert' });
    await redo(p);
    expect(await measure(p)).toMatchObject({ status: 'pagar', assessment: 'gul' });
    const redone = await call<StatusUpdate[]>(p, 'status:history', { measureId: 1 });
    expect(redone).toHaveLength(3);
    // Recorded again as it was: a gul status keeps its reason.
    expect(redone.find((h) => h.id !== saved.id && h.id !== correction.id)).toMatchObject({
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket',
    });
  });

  it('refuses to undo a status when someone recorded a newer one', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await call(p, 'status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' });
    await call({ ...p, user: () => 'Ola' }, 'status:record', { measureId: 1, status: 'fullfort', assessment: 'gronn' });
    const e = await refused(p, 'history:undo', { scope: M });
    expect(e).toMatchObject({ code: 'conflict' });
    expect(e.message).toMatch(/nyere status/);
    expect(await measure(p)).toMatchObject({ status: 'fullfort' });
  });

  it('undoes and redoes adding, changing and deleting a budget line', async () => {
    const p = memoryPortfolio();
    const values = { year: 2025, allocatedNok: 100_000, spentNok: 0, chapterPost: '440.70', withinExisting: false };
    const added = await call<BudgetSummary>(p, 'budget:add', { measureId: 1, ...values });
    const line = added.lines[0];
    await call(p, 'budget:update', { id: line.id, version: 1, changes: { allocatedNok: 250_000 } });
    expect((await budget(p)).totals.allocatedNok).toBe(250_000);
    await undo(p); // the change
    expect((await budget(p)).lines[0]).toMatchObject({ allocatedNok: 100_000, chapter: 440, post: 70 });
    await undo(p); // the add
    expect((await budget(p)).lines).toEqual([]);
    await redo(p);
    expect((await budget(p)).lines[0]).toMatchObject({ year: 2025, allocatedNok: 100_000 });
    await redo(p);
    expect((await budget(p)).totals.allocatedNok).toBe(250_000);
    const now = (await budget(p)).lines[0];
    await call(p, 'budget:delete', { id: now.id, version: now.version });
    expect((await state(p)).undo).toBe('sletting av budsjettlinje');
    await undo(p);
    expect((await budget(p)).lines[0]).toMatchObject({ year: 2025, allocatedNok: 250_000, chapter: 440, post: 70 });
    await redo(p);
    expect((await budget(p)).lines).toEqual([]);
  });

  it('undoes and redoes links, also from the other measure’s page', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:link', { fromId: 1, toId: 30, kind: 'viderefort' });
    await undo(p);
    expect(await call<MeasureLink[]>(p, 'measures:links', { id: 1 })).toEqual([]);
    await redo(p);
    const [link] = await call<MeasureLink[]>(p, 'measures:links', { id: 30 });
    // Removed from measure 30's page: that page's stack undoes it.
    await call(p, 'measures:unlink', { measureId: 30, linkId: link.id });
    await undo(p, { kind: 'measure', id: 30 });
    expect(await call<MeasureLink[]>(p, 'measures:links', { id: 1 })).toHaveLength(1);
    expect((await state(p, { kind: 'measure', id: 30 })).redo).toBe('fjerning av kobling');
    await redo(p, { kind: 'measure', id: 30 });
    expect(await call<MeasureLink[]>(p, 'measures:links', { id: 1 })).toEqual([]);
  });

  it('undoes and redoes deleting and restoring a measure', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:delete', { id: 1, version: 1 });
    await undo(p);
    expect((await measure(p)).deletedAt).toBeNull();
    await redo(p);
    expect((await measure(p)).deletedAt).not.toBeNull();
    await call(p, 'measures:restore', { id: 1, version: 4 });
    expect((await state(p)).undo).toBe('gjenoppretting av tiltaket');
    await undo(p);
    expect((await measure(p)).deletedAt).not.toBeNull();
  });

  it('undoes and redoes organisation changes: add, retire, rename and delete', async () => {
    const p = memoryPortfolio();
    const orgs = () => call<Organisation[]>(p, 'organisations:list', {});
    const find = async (abbrev: string) => (await orgs()).find((o) => o.abbrev === abbrev);
    const added = await call<Organisation>(p, 'organisations:add', {
      abbrev: 'NYE',
      name: 'Ny etat',
      kind: 'etat',
      parentId: 1,
    });
    await undo(p, ORGS);
    expect(await find('NYE')).toBeUndefined();
    await redo(p, ORGS);
    const again = (await find('NYE'))!;
    expect(again.name).toBe('Ny etat');
    await call(p, 'organisations:retire', { id: again.id, expectedVersion: again.version, retiredFrom: '2027-01-01' });
    await undo(p, ORGS);
    expect((await find('NYE'))!.retiredFrom).toBeNull();
    await redo(p, ORGS);
    expect((await find('NYE'))!.retiredFrom).toBe('2027-01-01');
    await undo(p, ORGS);
    const live = (await find('NYE'))!;
    await call(p, 'organisations:rename', {
      id: live.id,
      expectedVersion: live.version,
      fromDate: '2026-01-01',
      abbrev: 'NYERE',
      name: 'Nyere etat',
    });
    expect((await state(p, ORGS)).undo).toBe('navneendring for NYE');
    await undo(p, ORGS);
    expect(await find('NYERE')).toBeUndefined();
    expect((await find('NYE'))!.validTo).toBeNull();
    await redo(p, ORGS);
    expect((await find('NYERE'))!.name).toBe('Nyere etat');
    expect(added.id).toBeGreaterThan(0);
    const fresh = await call<Organisation>(p, 'organisations:add', {
      abbrev: 'TMP',
      name: 'Midlertidig',
      kind: 'etat',
      parentId: 1,
    });
    await call(p, 'organisations:delete', { id: fresh.id, expectedVersion: fresh.version });
    await undo(p, ORGS);
    expect((await find('TMP'))!.name).toBe('Midlertidig');
  });

  it('says when there is nothing to undo or redo, in Norwegian', async () => {
    const p = memoryPortfolio();
    expect((await refused(p, 'history:undo', { scope: M })).message).toBe('Det er ingenting å angre.');
    expect((await refused(p, 'history:redo', { scope: M })).message).toBe('Det er ingenting å gjøre om.');
    expect((await refused(p, 'history:undo', { scope: { kind: 'plan' } })).code).toBe('invalid');
  });
});
