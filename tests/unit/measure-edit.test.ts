import { describe, expect, it } from 'vitest';
import { getMeasure } from '../../electron/core/services/measures.service.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import type { ApiError } from '../../shared/api/errors.ts';
import type {
  ConflictDetails,
  Measure,
  MeasureName,
  TimelineEntry,
  TrashedMeasure,
} from '../../shared/domain/types.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';
import { call, refused } from '../support/api.ts';

/** The message at a field, whether the path is `title` or `changes.title`. */
function at(e: ApiError, field: string): string | undefined {
  return Object.entries(e.fields ?? {}).find(([k]) => k === field || k.endsWith(`.${field}`))?.[1];
}

const today = '2026-11-23';

describe('editing a measure', () => {
  it('saves changed fields, bumps the version and writes one audit row per field', async () => {
    const p = memoryPortfolio({ user: 'Kari Koordinator' });
    const m = await call<Measure>(p, 'measures:update', {
      id: 1,
      version: 1,
      changes: {
        title: 'Kartlegge omfanget',
        owner: 'JD',
        coOwners: ['BFD', 'HOD'],
        agencies: ['POD'],
        startYear: 2016,
        endYear: 2019,
        part: 2,
      },
    });
    expect(m).toMatchObject({
      title: 'Kartlegge omfanget',
      titlePending: false,
      version: 2,
      owner: { abbrev: 'JD' },
      startYear: 2016,
      endYear: 2019,
      partNumber: 2,
    });
    expect(m.coOwners.map((o) => o.abbrev)).toEqual(['BFD', 'HOD']);
    expect(m.agencies.map((o) => o.abbrev)).toEqual(['POD']);
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 1 });
    const changes = timeline.filter((e) => e.kind === 'change');
    expect(changes.map((c) => [c.field, c.oldValue, c.newValue])).toEqual(
      expect.arrayContaining([
        ['title', 'Tiltak 1', 'Kartlegge omfanget'],
        ['title_pending', '1', '0'],
        ['owner', null, 'JD'],
        ['coOwners', null, 'BFD, HOD'],
        ['agencies', null, 'POD'],
        ['startYear', null, '2016'],
        ['endYear', null, '2019'],
        ['part', null, expect.stringMatching(/^2\. /)],
      ]),
    );
    expect(changes).toHaveLength(8);
    expect(
      changes.every((c) => c.author === 'Kari Koordinator' && c.at === p.now().toISOString() && c.version === 2),
    ).toBe(true);
  });

  it('an undo back to the placeholder title marks the title as not filled in again, and logs both steps', async () => {
    const p = memoryPortfolio();
    const filled = await call<Measure>(p, 'measures:update', {
      id: 5,
      version: 1,
      changes: { title: 'Styrke tilbudet til ofre' },
    });
    expect(filled).toMatchObject({ title: 'Styrke tilbudet til ofre', titlePending: false });
    const undone = await call<Measure>(p, 'measures:update', {
      id: 5,
      version: filled.version,
      changes: { title: 'Tiltak 5' },
    });
    expect(undone).toMatchObject({ title: 'Tiltak 5', titlePending: true });
    const pendingLog = (await call<TimelineEntry[]>(p, 'measures:timeline', { id: 5 })).flatMap((e) =>
      e.kind === 'change' && e.field === 'title_pending' ? [e] : [],
    );
    expect(pendingLog.map((e) => [e.oldValue, e.newValue])).toEqual([
      ['0', '1'],
      ['1', '0'],
    ]);
    // Another title on a filled-in measure changes the title only.
    const renamed = await call<Measure>(p, 'measures:update', { id: 16, version: 1, changes: { title: 'Nytt navn' } });
    expect(renamed.titlePending).toBe(false);
  });

  it('writes nothing and keeps the version when nothing actually changed', async () => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    const m = await call<Measure>(p, 'measures:update', { id: 16, version: 1, changes: { owner: 'HOD' } });
    expect(m.version).toBe(1);
    expect(snapshot(p.db)).toBe(before);
  });

  it('refuses each bad input with a Norwegian message at the field, writing nothing', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:update', { id: 1, version: 1, changes: { startYear: 2020 } });
    const before = snapshot(p.db);
    const cases: [object, string, string][] = [
      [{ title: '' }, 'title', 'Tittelen kan ikke være tom.'],
      [{ title: '    ' }, 'title', 'Tittelen kan ikke være tom.'],
      [{ title: 'x'.repeat(501) }, 'title', 'Tittelen kan ikke være lengre enn 500 tegn.'],
      [{ endYear: 2019 }, 'endYear', 'Sluttåret (2019) kan ikke være før startåret (2020).'],
      [{ startYear: 2030, endYear: 2025 }, 'endYear', 'Sluttåret (2025) kan ikke være før startåret (2030).'],
      [{ startYear: 2020.5 }, 'startYear', 'Året må være et helt tall.'],
      [
        { owner: 'XYZ' },
        'owner',
        'Ukjent organisasjon «XYZ». Velg fra organisasjonsregisteret, eller legg den til under Innstillinger.',
      ],
      [
        { coOwners: ['BFD', 'Finnes ikke'] },
        'coOwners',
        'Ukjent organisasjon «Finnes ikke». Velg fra organisasjonsregisteret, eller legg den til under Innstillinger.',
      ],
      [
        { agencies: ['NOPE'] },
        'agencies',
        'Ukjent organisasjon «NOPE». Velg fra organisasjonsregisteret, eller legg den til under Innstillinger.',
      ],
      [{ part: 5 }, 'part', 'Valget hører til en annen plan. Velg hoveddel i tiltakets egen plan.'],
    ];
    for (const [changes, field, message] of cases) {
      const e = await refused(p, 'measures:update', { id: 1, version: 2, changes });
      expect(e.code, JSON.stringify(changes)).toBe('invalid');
      expect(at(e, field), JSON.stringify(changes)).toBe(message);
    }
    expect(snapshot(p.db)).toBe(before);
  });

  it('refuses a stale version with what changed since, who and when, and writes nothing', async () => {
    const p = memoryPortfolio({ user: 'Ola' });
    await call(p, 'measures:update', { id: 1, version: 1, changes: { title: 'Ny tittel' } });
    const before = snapshot(p.db);
    const e = await refused(p, 'measures:update', { id: 1, version: 1, changes: { title: 'Min tittel' } });
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('endret av Ola');
    const d = e.details as ConflictDetails;
    expect(d.currentVersion).toBe(2);
    expect(d.changes).toEqual([
      expect.objectContaining({
        field: 'title',
        oldValue: 'Tiltak 1',
        newValue: 'Ny tittel',
        author: 'Ola',
        at: p.now().toISOString(),
      }),
      expect.objectContaining({ field: 'title_pending', oldValue: '1', newValue: '0', author: 'Ola' }),
    ]);
    expect(snapshot(p.db)).toBe(before);
  });
});

describe('recycle bin', () => {
  it('soft-deletes, lists in the bin with who deleted, and restores with history intact', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    recordStatus(
      p.db,
      { measureId: 16, status: 'pagar', assessment: 'gronn', comment: '' },
      { now: p.now(), user: 'Kari' },
    );
    p.setNow(new Date('2026-11-23T10:00:00Z'));
    const deleted = await call<Measure>(p, 'measures:delete', { id: 16, version: 1 });
    expect(deleted.deletedAt).toBe(p.now().toISOString());
    const list = await call<{ id: number }[]>(p, 'measures:list', {});
    expect(list.map((m) => m.id)).not.toContain(16);
    // The names to choose from (a link's picker) are the same live measures, in the same order.
    const names = await call<MeasureName[]>(p, 'measures:names', {});
    expect(names.map((m) => m.id)).toEqual(list.map((m) => m.id));
    expect(names.find((m) => m.id === 15)).toEqual({
      id: 15,
      planCode: 'handlingsplan-2016',
      number: '15',
      title: expect.any(String),
      titlePending: expect.any(Boolean),
    });
    const bin = await call<TrashedMeasure[]>(p, 'measures:trash', {});
    expect(bin).toEqual([
      expect.objectContaining({ id: 16, number: '16', planCode: 'handlingsplan-2016', deletedBy: 'Kari', version: 2 }),
    ]);
    const e = await refused(p, 'measures:update', { id: 16, version: 2, changes: { title: 'Endret' } });
    expect(e.message).toBe('Tiltaket ligger i papirkurven. Gjenopprett det før du endrer det.');
    const statusRefused = await refused(p, 'status:record', { measureId: 16, status: 'pagar', assessment: 'gronn' });
    expect(statusRefused.message).toContain('slettet');
    p.setNow(new Date('2026-11-23T11:00:00Z'));
    const restored = await call<Measure>(p, 'measures:restore', { id: 16, version: 2 });
    expect(restored).toMatchObject({ deletedAt: null, version: 3, status: 'pagar' });
    expect(await call<unknown[]>(p, 'measures:trash', {})).toEqual([]);
    const actions = (await call<TimelineEntry[]>(p, 'measures:timeline', { id: 16 })).map((e) =>
      e.kind === 'change' ? e.action : e.kind,
    );
    expect(actions).toEqual(['restore', 'delete', 'status']);
  });

  it('refuses deleting with a stale version', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:update', { id: 2, version: 1, changes: { title: 'Endret først' } });
    const before = snapshot(p.db);
    expect((await refused(p, 'measures:delete', { id: 2, version: 1 })).code).toBe('conflict');
    expect(snapshot(p.db)).toBe(before);
  });
});

describe('history', () => {
  it('merges status updates and field changes newest first; a back-dated update slots in by its date', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    p.setNow(new Date('2026-01-10T09:00:00Z'));
    await call(p, 'measures:update', { id: 3, version: 1, changes: { title: 'Første tittel' } });
    p.setNow(new Date('2026-11-23T09:00:00Z'));
    await call(p, 'status:record', { measureId: 3, status: 'pagar', assessment: 'gronn', effectiveDate: '2026-11-01' });
    await call(p, 'status:record', {
      measureId: 3,
      status: 'ikke-startet',
      assessment: 'ikke-vurdert',
      effectiveDate: '2025-06-01',
    });
    await call(p, 'measures:update', { id: 3, version: 2, changes: { description: 'Beskrivelse' } });
    const t = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 3 });
    expect(
      t.map((e) => (e.kind === 'status' ? `status ${e.effectiveDate}` : `${e.field} ${e.at.slice(0, 10)}`)),
    ).toEqual([
      `description ${today}`,
      'status 2026-11-01',
      'title_pending 2026-01-10',
      'title 2026-01-10',
      'status 2025-06-01',
    ]);
  });
});

describe('links between plans', () => {
  it('links a 2016 measure to the strategy measure continuing it, shown and audited on both', async () => {
    const p = memoryPortfolio();
    const links = await call<{ direction: string; other: { id: number; number: string; planCode: string } }[]>(
      p,
      'measures:link',
      { fromId: 16, toId: 31 },
    );
    expect(links).toEqual([
      expect.objectContaining({
        kind: 'viderefort',
        direction: 'to',
        other: expect.objectContaining({ id: 31, number: '5', planCode: 'strategi-2025-2030' }),
      }),
    ]);
    const back = await call<{ id: number; direction: string; other: { id: number } }[]>(p, 'measures:links', {
      id: 31,
    });
    expect(back).toEqual([expect.objectContaining({ direction: 'from', other: expect.objectContaining({ id: 16 }) })]);
    const t31 = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 31 });
    expect(t31[0]).toMatchObject({ kind: 'change', action: 'link-add', newValue: 'handlingsplan-2016 tiltak 16' });
    expect(getMeasure(p.db, 16, today).version).toBe(1);
    const after = await call<unknown[]>(p, 'measures:unlink', { measureId: 31, linkId: back[0].id });
    expect(after).toEqual([]);
    expect(await call<unknown[]>(p, 'measures:links', { id: 16 })).toEqual([]);
  });

  it('refuses a link inside the same plan, a duplicate, and an unknown measure', async () => {
    const p = memoryPortfolio();
    await call(p, 'measures:link', { fromId: 16, toId: 31 });
    const before = snapshot(p.db);
    expect(at(await refused(p, 'measures:link', { fromId: 16, toId: 2 }), 'toId')).toBe(
      'Koble bare til tiltak i en annen plan.',
    );
    expect(at(await refused(p, 'measures:link', { fromId: 31, toId: 16 }), 'toId')).toBe(
      'Tiltakene er allerede koblet sammen.',
    );
    expect(at(await refused(p, 'measures:link', { fromId: 16, toId: 9999 }), 'toId')).toBe(
      'Finner ikke tiltaket du vil koble til.',
    );
    expect(snapshot(p.db)).toBe(before);
  });
});

describe('session user', () => {
  it('offers the operating-system user as the default author', async () => {
    const p = memoryPortfolio({ user: 'kari.nordmann' });
    expect(await call(p, 'session:user', {})).toEqual({ name: 'kari.nordmann' });
  });
});
