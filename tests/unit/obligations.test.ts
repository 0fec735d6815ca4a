// The obligations register: GRETA's recommendations from the reference (in new files by the seed, in older files by
// migration 0010), added, edited and retired with history and undo, and bad input refused at its field with nothing
// written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UndoState } from '../../shared/api/history.contract.ts';
import { STRENGTH_LABELS, type Obligation } from '../../shared/domain/obligations.ts';
import type { AuditEntry } from '../../shared/domain/types.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { listObligations } from '../../electron/core/services/obligations.service.ts';
import { call, refused } from '../support/api.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { memoryPortfolio, RESOURCES, snapshot, tempDir, type TestPortfolio } from '../support/portfolio.ts';

interface RefRecommendation {
  id: string;
  round: number;
  year: number;
  text: string;
  strength?: string;
  source?: string;
}
const reference = JSON.parse(
  readFileSync(new URL('../../../shared/domain/reference.json', import.meta.url), 'utf8'),
) as { gretaRecommendations: RefRecommendation[]; gretaStrengthWords: Record<string, string> };

const OBLIGATIONS = { kind: 'obligations' } as const;
const list = (p: TestPortfolio) => call<Obligation[]>(p, 'obligations:list', {});
const byCode = async (p: TestPortfolio, code: string) => (await list(p)).find((o) => o.code === code)!;
const undo = (p: TestPortfolio) => call<{ label: string }>(p, 'history:undo', { scope: OBLIGATIONS });
const redo = (p: TestPortfolio) => call<{ label: string }>(p, 'history:redo', { scope: OBLIGATIONS });

describe('obligations from the reference', () => {
  it('seeds every GRETA recommendation with its id, round, year, text, source and strength, never more', async () => {
    const p = memoryPortfolio();
    const seeded = await list(p);
    expect(seeded.map((o) => o.code)).toEqual(reference.gretaRecommendations.map((r) => r.id));
    for (const r of reference.gretaRecommendations) {
      const o = seeded.find((x) => x.code === r.id)!;
      expect(o).toMatchObject({ source: 'greta', round: r.round, year: r.year, retiredAt: null, version: 1 });
      expect(o.sourceRef).toBe(r.source ?? null);
      expect(o.strength).toBe(r.strength ?? null);
      // The reference's text, less a trailing caveat, which becomes the verification note.
      expect(r.text.startsWith(o.text)).toBe(true);
      expect(o.sourceText).toBe(o.text);
    }
  });

  it('shows G3-05’s caveat as a verification note, not as part of its text', async () => {
    const g305 = await byCode(memoryPortfolio(), 'G3-05');
    expect(g305.text).toBe('Erstatning til ofre, fra staten og fra gjerningsperson');
    expect(g305.verificationNote).toBe('tekst ikke verifisert');
    expect(g305.strength).toBeNull();
    expect(g305.sourceRef).toBeNull();
    const others = (await list(memoryPortfolio())).filter((o) => o.code !== 'G3-05');
    expect(others.every((o) => o.verificationNote === null)).toBe(true);
  });

  it('names the strength words in the reference’s own bokmål', () => {
    expect(STRENGTH_LABELS).toEqual(reference.gretaStrengthWords);
  });

  it('gives a file made before obligations existed the same obligations as a new file (migration 0010)', () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'gammel.tilt');
      fileAtSchema(9, { path }).close();
      const db = openPortfolioDb(path, { resourcesDir: RESOURCES });
      const strip = (o: Obligation) => ({ ...o, id: 0 });
      expect(listObligations(db).map(strip)).toEqual(listObligations(memoryPortfolio().db).map(strip));
      db.close();
    } finally {
      tmp.cleanup();
    }
  });

  it('gives the example dataset the real obligations, with fictional links only', async () => {
    const p = memoryPortfolio({ example: true });
    expect((await list(p)).map((o) => o.code)).toEqual(reference.gretaRecommendations.map((r) => r.id));
    const notes = p.db.prepare('SELECT DISTINCT note FROM obligation_links').all() as { note: string }[];
    expect(notes).toEqual([{ note: 'Fiktiv kobling (eksempeldata).' }]);
  });
});

describe('adding, editing and retiring obligations', () => {
  const NEW = { code: 'S-2024-1', source: 'storting', year: 2024, text: 'Vurdere egen lov mot menneskehandel' };

  it('adds an obligation with history, and undoes and redoes it', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const added = await call<Obligation>(p, 'obligations:add', NEW);
    expect(added).toMatchObject({ ...NEW, round: null, strength: null, sourceText: null, sourceRef: null, version: 1 });
    const history = await call<AuditEntry[]>(p, 'obligations:history', { id: added.id });
    expect(history).toMatchObject([{ action: 'create', author: 'Kari', newValue: `${NEW.code}: ${NEW.text}` }]);
    expect(await call<UndoState>(p, 'history:state', { scope: OBLIGATIONS })).toEqual({
      undo: 'ny forpliktelse S-2024-1',
      redo: null,
    });
    await undo(p);
    expect((await list(p)).some((o) => o.code === NEW.code)).toBe(false);
    await redo(p);
    expect(await byCode(p, NEW.code)).toMatchObject(NEW);
  });

  it('edits a sourced obligation visibly: the source text stays beside it, the change is in its history', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const g = await byCode(p, 'G2-03');
    const edited = await call<Obligation>(p, 'obligations:update', {
      id: g.id,
      version: g.version,
      changes: { text: 'Refleksjonsperiode for alle mulige ofre, også EØS-borgere' },
    });
    expect(edited).toMatchObject({ text: 'Refleksjonsperiode for alle mulige ofre, også EØS-borgere', version: 2 });
    expect(edited.sourceText).toBe('Refleksjonsperiode for alle mulige ofre');
    const [entry] = await call<AuditEntry[]>(p, 'obligations:history', { id: g.id });
    expect(entry).toMatchObject({ field: 'text', oldValue: 'Refleksjonsperiode for alle mulige ofre', author: 'Kari' });
    await undo(p);
    expect(await byCode(p, 'G2-03')).toMatchObject({ text: 'Refleksjonsperiode for alle mulige ofre', version: 3 });
  });

  it('refuses a stale edit, an undo after someone else’s edit, and an edit that changes nothing', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    const g = await byCode(p, 'G2-01');
    await call(p, 'obligations:update', { id: g.id, version: 1, changes: { year: 2018 } });
    const stale = await refused(p, 'obligations:update', { id: g.id, version: 1, changes: { year: 2019 } });
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringMatching(/endret av Kari/) });
    const ola = { ...p, user: () => 'Ola' };
    await call(ola, 'obligations:update', { id: g.id, version: 2, changes: { year: 2017 } });
    const undone = await refused(p, 'history:undo', { scope: OBLIGATIONS });
    expect(undone.message).toMatch(
      /^Kan ikke angre endring av forpliktelse G2-01: forpliktelse G2-01 er endret av Ola/,
    );
    const same = await refused(p, 'obligations:update', { id: g.id, version: 3, changes: { year: 2017 } });
    expect(same.message).toBe('Ingenting er endret.');
  });

  it('retires and reopens an obligation, undoably', async () => {
    const p = memoryPortfolio();
    const g = await byCode(p, 'G2-02');
    const retired = await call<Obligation>(p, 'obligations:retire', { id: g.id, version: 1, retired: true });
    expect(retired.retiredAt).toBe(p.now().toISOString());
    const twice = await refused(p, 'obligations:retire', { id: g.id, version: 2, retired: true });
    expect(twice.message).toMatch(/ble avsluttet 23\.11\.2026/);
    expect((await undo(p)).label).toBe('avslutning av G2-02');
    expect((await byCode(p, 'G2-02')).retiredAt).toBeNull();
  });

  it("takes the Storting's numbering as an id, and keeps round and strength for GRETA alone", async () => {
    const p = memoryPortfolio();
    const vedtak = await call<Obligation>(p, 'obligations:add', {
      ...NEW,
      code: 'Vedtak 512 (2025–2026)',
      round: 3,
      strength: 'urges',
    });
    expect(vedtak).toMatchObject({ code: 'Vedtak 512 (2025–2026)', source: 'storting', round: null, strength: null });
    const g = await byCode(p, 'G3-01');
    expect(g).toMatchObject({ source: 'greta', round: 3 });
    const moved = await call<Obligation>(p, 'obligations:update', {
      id: g.id,
      version: g.version,
      changes: { source: 'annet' },
    });
    expect(moved).toMatchObject({ source: 'annet', round: null, strength: null });
  });

  it.each([
    ['an empty text', { ...NEW, text: '   ' }, 'text', 'Teksten kan ikke være tom.'],
    ['an id that exists', { ...NEW, code: 'g3-01' }, 'code', 'Id-en G3-01 finnes allerede. Velg en annen.'],
    ['an id with a comma', { ...NEW, code: 'G3,01' }, 'code', expect.stringMatching(/^Id-en kan ha bokstaver/)],
    ['an unknown strength', { ...NEW, strength: 'demands' }, 'strength', 'Velg styrke fra listen.'],
  ])('refuses %s at its field and writes nothing', async (_what, input, field, message) => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    const err = await refused(p, 'obligations:add', input);
    expect(err.code).toBe('invalid');
    expect(err.fields?.[field]).toEqual(message);
    expect(snapshot(p.db)).toBe(before);
  });

  it('refuses an edit to an id another obligation has, even a retired one, and writes nothing', async () => {
    const p = memoryPortfolio();
    const g301 = await byCode(p, 'G3-01');
    await call(p, 'obligations:retire', { id: g301.id, version: 1, retired: true });
    const g302 = await byCode(p, 'G3-02');
    const before = snapshot(p.db);
    const err = await refused(p, 'obligations:update', { id: g302.id, version: 1, changes: { code: 'G3-01' } });
    expect(err.fields).toEqual({ code: 'Id-en G3-01 finnes allerede (på en avsluttet forpliktelse). Velg en annen.' });
    expect(snapshot(p.db)).toBe(before);
  });
});
