// The register query on a real SQLite file: each filter, search, stale, renames, sort, soft delete.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { insertBudgetLine } from '../../electron/core/repositories/budget.repo.ts';
import { insertAgency, insertCoOwner } from '../../electron/core/repositories/measures.repo.ts';
import { organisationIdByAbbrev } from '../../electron/core/repositories/organisations.repo.ts';
import { monthsBefore, queryRegister, registerRows } from '../../electron/core/services/register.service.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import type { MeasureFilter } from '../../shared/api/filter.ts';
import { REGISTER_WINDOW, type RegisterResult, type RegisterSort } from '../../shared/api/register.contract.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

const now = new Date('2026-11-23T09:00:00Z');
const actor = { now, user: 'Kari Koordinator' };

/**
 * The real frame (44 measures; 16 = HOD/Helsedirektoratet) plus a little history:
 * 1: owner BLD (renamed BFD in 2019), co-owner ASD (renamed AID), agency UDI, Norwegian letters in its texts.
 * 2: owner JD, co-owner BFD, in part 1. 3: title starting with Æ. 27 (strategy 1): owner AID, agency Arbeidstilsynet.
 */
function portfolio(): TestPortfolio {
  const p = memoryPortfolio({ now });
  const org = (a: string) => organisationIdByAbbrev(p.db, a)!;
  const set = (id: number, cols: Record<string, unknown>) =>
    p.db
      .prepare(
        `UPDATE measures SET ${Object.keys(cols)
          .map((k) => `${k} = @${k}`)
          .join(', ')} WHERE id = @id`,
      )
      .run({ ...cols, id });
  const part1 = (
    p.db
      .prepare(
        'SELECT pt.id FROM parts pt JOIN plans pl ON pl.id = pt.plan_id ' +
          "WHERE pl.code = 'handlingsplan-2016' AND pt.number = 1",
      )
      .get() as { id: number }
  ).id;
  set(1, { title: 'Økt kunnskap om ÆRLIGE ofre', description: 'Ål og annet', title_pending: 0, owner_id: org('BLD') });
  insertCoOwner(p.db, 1, org('ASD'));
  insertAgency(p.db, 1, org('UDI'));
  set(2, { title: 'Ålesund-samarbeid', title_pending: 0, owner_id: org('JD'), part_id: part1 });
  insertCoOwner(p.db, 2, org('BFD'));
  set(3, { title: 'Ærlig tale', title_pending: 0 });
  set(27, { owner_id: org('AID') });
  insertAgency(p.db, 27, org('ATIL'));
  recordStatus(
    p.db,
    { measureId: 1, status: 'fullfort', assessment: 'gronn', comment: 'Ferdig', effectiveDate: '2018-03-01' },
    actor,
  );
  recordStatus(
    p.db,
    {
      measureId: 16,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Venter på Helsedirektoratets rapport',
      effectiveDate: '2026-10-01',
    },
    actor,
  );
  for (const [measure_id, year, allocated_nok] of [
    [16, 2026, 100_000],
    [16, 2026, 50_000],
    [16, 2025, 999],
    [1, 2026, 7_000],
  ]) {
    insertBudgetLine(p.db, {
      measure_id,
      year,
      allocated_nok,
      spent_nok: 0,
      chapter: 440,
      post: 70,
      within_existing: 0,
    });
  }
  return p;
}

const ids = (p: TestPortfolio, filter: MeasureFilter = {}, sort?: RegisterSort) =>
  queryRegister(p.db, { filter, sort: sort && { by: sort.by, dir: sort.dir ?? 'asc' } }, { now }).rows.map((r) => r.id);

/** A row with its organisations and part looked up in the answer, as the table shows them. */
function shown(r: RegisterResult, id: number) {
  const row = r.rows.find((x) => x.id === id)!;
  return {
    ...row,
    part: row.partId === null ? null : r.parts[row.partId],
    owner: row.ownerId === null ? null : r.orgs[row.ownerId],
    coOwners: row.coOwnerIds.map((o) => r.orgs[o]),
    agencies: row.agencyIds.map((o) => r.orgs[o]),
  };
}

describe('the register query', () => {
  it('lists every live measure of both plans in plan and number order, with the counts the page shows', () => {
    const p = portfolio();
    const r = queryRegister(p.db, { filter: {} }, { now });
    expect(r.rows.map((x) => x.id)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(r.total).toBe(44);
    expect(r.budgetYear).toBe(2026);
    expect(r.pendingTitles).toEqual([
      { planCode: 'handlingsplan-2016', planTitle: 'Regjeringens handlingsplan mot menneskehandel', count: 22 },
      { planCode: 'strategi-2025-2030', planTitle: 'Nasjonal strategi mot menneskehandel (2025–2030)', count: 18 },
    ]);
  });

  it('returns each row with names valid at the as-of date, status, last update and this year’s budget', () => {
    const p = portfolio();
    const current = queryRegister(p.db, { filter: {} }, { now });
    expect(shown(current, 16)).toMatchObject({
      planCode: 'handlingsplan-2016',
      number: '16',
      titlePending: false,
      part: null,
      owner: { abbrev: 'HOD', name: 'Helse- og omsorgsdepartementet' },
      coOwners: [],
      agencies: [{ abbrev: 'HDIR', name: 'Helsedirektoratet' }],
      status: 'pagar',
      assessment: 'gul',
      lastUpdate: { date: '2026-10-01', author: 'Kari Koordinator' },
      budgetAllocated: 150_000,
    });
    expect(shown(current, 1)).toMatchObject({
      owner: { abbrev: 'BFD' },
      coOwners: [{ abbrev: 'AID' }],
      agencies: [{ abbrev: 'UDI' }],
    });
    expect(shown(current, 2)).toMatchObject({
      part: { number: 1 },
      budgetAllocated: null,
      // Nothing reported is not «ikke startet».
      status: 'ingen-status',
      assessment: 'ikke-vurdert',
      lastUpdate: null,
    });
    expect(shown(current, 5)).toMatchObject({ titlePending: true, title: 'Tiltak 5' });
    // Each organisation and part the rows name is in the answer once, and nothing else is.
    const named = new Set(
      current.rows.flatMap((r) => [r.ownerId, ...r.coOwnerIds, ...r.agencyIds]).filter((x) => x !== null),
    );
    expect(
      Object.keys(current.orgs)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([...named].sort((a, b) => a - b));
    expect(Object.keys(current.parts).map(Number)).toEqual([
      ...new Set(current.rows.map((r) => r.partId).filter((x) => x !== null)),
    ]);

    const then = queryRegister(p.db, { filter: { asOf: '2018-06-01' } }, { now });
    expect(then.budgetYear).toBe(2018);
    expect(shown(then, 1)).toMatchObject({
      owner: { abbrev: 'BLD', name: 'Barne- og likestillingsdepartementet' },
      status: 'fullfort',
      budgetAllocated: null,
    });
    expect(shown(then, 16)).toMatchObject({ status: 'ingen-status', lastUpdate: null });
  });

  it('filters by plan and part, and counts the total of the chosen plans only', () => {
    const p = portfolio();
    const strategy = queryRegister(p.db, { filter: { plans: ['strategi-2025-2030'] } }, { now });
    expect(strategy.rows.map((r) => r.id)).toEqual(Array.from({ length: 18 }, (_, i) => i + 27));
    expect(strategy.total).toBe(18);
    expect(strategy.pendingTitles.map((x) => x.planCode)).toEqual(['strategi-2025-2030']);
    const part1 = queryRegister(p.db, { filter: {} }, { now }).rows.find((r) => r.id === 2)!.partId!;
    expect(ids(p, { parts: [part1] })).toEqual([2]);
  });

  it('matches the owner ministry or a co-owner, over the whole rename chain', () => {
    const p = portfolio();
    expect(ids(p, { ministries: ['HOD'] })).toEqual([16]);
    expect(ids(p, { ministries: ['BFD'] })).toEqual([1, 2]);
    expect(ids(p, { ministries: ['bld'] })).toEqual([1, 2]);
    expect(ids(p, { ministries: ['ASD'] })).toEqual([1, 27]);
    expect(ids(p, { ministries: ['HOD', 'JD'] })).toEqual([2, 16]);
  });

  it('filters by agency, status and assessment as of the date', () => {
    const p = portfolio();
    expect(ids(p, { agencies: ['HDIR'] })).toEqual([16]);
    expect(ids(p, { agencies: ['atil', 'UDI'] })).toEqual([1, 27]);
    expect(ids(p, { statuses: ['pagar'] })).toEqual([16]);
    expect(ids(p, { statuses: ['pagar', 'fullfort'] })).toEqual([1, 16]);
    expect(ids(p, { statuses: ['ikke-startet'] })).toEqual([]);
    expect(ids(p, { statuses: ['ingen-status'] })).toHaveLength(42);
    expect(ids(p, { statuses: ['ingen-status', 'pagar'] })).toHaveLength(43);
    expect(ids(p, { assessments: ['gul'] })).toEqual([16]);
    expect(ids(p, { assessments: ['gul'], asOf: '2026-09-30' })).toEqual([]);
    expect(ids(p, { ministries: ['HOD'], statuses: ['fullfort'] })).toEqual([]);
  });

  it('finds stale measures: not updated for N months before the as-of date, never updated included', () => {
    const p = portfolio();
    expect(monthsBefore('2026-11-23', 6)).toBe('2026-05-23');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
    const stale6 = ids(p, { staleMonths: 6 });
    expect(stale6).toHaveLength(43);
    expect(stale6).not.toContain(16);
    expect(ids(p, { staleMonths: 1 })).toHaveLength(44);
    expect(ids(p, { staleMonths: 6, asOf: '2018-06-01' })).not.toContain(1);
  });

  it('searches number, title, description, comments and organisation names, ignoring case and æøå case', () => {
    const p = portfolio();
    expect(ids(p, { q: 'helsedir' })).toEqual([16]);
    expect(ids(p, { q: 'HELSEDIREKTORATETS rapport' })).toEqual([16]);
    expect(ids(p, { q: 'venter' })).toEqual([16]);
    expect(ids(p, { q: 'ærlige' })).toEqual([1]);
    expect(ids(p, { q: 'ÆRLIG' })).toEqual([1, 3]);
    expect(ids(p, { q: 'ål' })).toEqual([1, 2]);
    expect(ids(p, { q: 'ÅLESUND' })).toEqual([2]);
    expect(ids(p, { q: '16' })).toEqual([16, 42]); // measure 16 of each plan, not 116 or «… 2016»
    expect(ids(p, { q: 'ferdig' })).toEqual([1]);
    // Organisation names and abbreviations, with renames: BLD's measure is found by BFD's name and the reverse.
    expect(ids(p, { q: 'familiedepartementet' })).toEqual([1, 2]);
    expect(ids(p, { q: 'likestilling' })).toEqual([1, 2]);
    expect(ids(p, { q: 'arbeidstilsynet' })).toEqual([27]);
    expect(ids(p, { q: 'udi' })).toEqual([1]);
    // Every word must match somewhere.
    expect(ids(p, { q: 'helsedir venter' })).toEqual([16]);
    expect(ids(p, { q: 'helsedir ferdig' })).toEqual([]);
    expect(ids(p, { q: '   ' })).toHaveLength(44);
  });

  it('treats search text as text, not as query syntax', () => {
    const p = portfolio();
    for (const q of ['"', 'a"b*', 'NOT OR AND', '(helse', "'; DROP TABLE measures; --", '%', '_']) {
      expect(() => ids(p, { q })).not.toThrow();
    }
    expect(ids(p, { q: '%' })).toEqual([]);
    expect(ids(p, { q: '(helse' })).toEqual([]);
  });

  it('keeps the search index in step with edited titles', () => {
    const p = portfolio();
    p.db.prepare("UPDATE measures SET title = 'Nytt navn på tiltaket' WHERE id = 3").run();
    expect(ids(p, { q: 'ærlig tale' })).toEqual([]);
    expect(ids(p, { q: 'nytt navn' })).toEqual([3]);
  });

  it('leaves soft-deleted measures out of rows, totals and pending counts', () => {
    const p = portfolio();
    p.db.prepare("UPDATE measures SET deleted_at = '2026-11-20T10:00:00Z' WHERE id IN (16, 5)").run();
    const r = queryRegister(p.db, { filter: {} }, { now });
    expect(r.rows.map((x) => x.id)).not.toContain(16);
    expect(r.total).toBe(42);
    expect(r.pendingTitles[0].count).toBe(21);
    expect(ids(p, { ministries: ['HOD'] })).toEqual([]);
    expect(ids(p, { q: 'helsedir' })).toEqual([]);
  });

  it('sorts by each column, Norwegian letters after z, numbers by value, with plan and number breaking ties', () => {
    const p = portfolio();
    const byTitle = ids(p, {}, { by: 'title' });
    // «Tiltak 1», «Tiltak 2», «Tiltak 3» (strategy 1–3), then «Tiltak 4» in each plan; not «Tiltak 1», «Tiltak 10».
    expect(byTitle.slice(0, 5)).toEqual([27, 28, 29, 4, 30]);
    expect(byTitle.slice(-4)).toEqual([16, 3, 1, 2]); // Veiledning …, Ærlig, Økt, Ålesund
    expect(ids(p, {}, { by: 'title', dir: 'desc' }).slice(0, 3)).toEqual([2, 1, 3]);
    expect(ids(p, {}, { by: 'budget', dir: 'desc' }).slice(0, 2)).toEqual([16, 1]);
    expect(ids(p, {}, { by: 'lastUpdate', dir: 'desc' }).slice(0, 2)).toEqual([16, 1]);
    expect(ids(p, {}, { by: 'lastUpdate' }).slice(-2)).toEqual([1, 16]);
    expect(ids(p, {}, { by: 'owner' }).slice(0, 4)).toEqual([27, 1, 16, 2]); // AID, BFD (was BLD), HOD, JD
    expect(ids(p, {}, { by: 'owner', dir: 'desc' }).slice(0, 4)).toEqual([2, 16, 1, 27]);
    expect(ids(p, {}, { by: 'agencies' }).slice(0, 3)).toEqual([27, 16, 1]); // ATIL, HDIR, UDI
    expect(ids(p, {}, { by: 'status', dir: 'desc' }).slice(0, 2)).toEqual([1, 16]); // fullført, pågår
    expect(ids(p, {}, { by: 'assessment', dir: 'desc' }).slice(0, 2)).toEqual([16, 1]); // gul, grønn
    expect(ids(p, {}, { by: 'part' })[0]).toBe(2);
    expect(ids(p, {}, { by: 'number', dir: 'desc' })[0]).toBe(44);
  });

  it(
    'refuses unknown organisations and bad filter or sort values with a Norwegian message, ' + 'writing nothing',
    async () => {
      const p = portfolio();
      const before = snapshot(p.db);
      const cases: [unknown, string][] = [
        [{ filter: { ministries: ['XYZ'] } }, 'Ukjent departement: «XYZ».'],
        [{ filter: { agencies: ['Ingen'] } }, 'Ukjent etat: «Ingen».'],
        [{ filter: { staleMonths: 0 } }, ''],
        [{ filter: { staleMonths: 2.5 } }, ''],
        [{ filter: { q: 'x'.repeat(201) } }, 'Søketeksten er for lang.'],
        [{ filter: { statuses: ['ferdig'] } }, ''],
        [{ filter: { asOf: '2024-02-30' } }, 'Datoen er ikke en gyldig dato (bruk ÅÅÅÅ-MM-DD).'],
        [{ sort: { by: 'farge' } }, 'Ukjent sorteringskolonne.'],
        [{ sort: { by: 'title', dir: 'opp' } }, 'Sorteringsretningen må være stigende eller synkende.'],
        [{ filter: {}, extra: 1 }, ''],
      ];
      for (const [input, message] of cases) {
        const r = await dispatch('measures:query', input, () => p);
        expect(r.ok, JSON.stringify(input)).toBe(false);
        if (!r.ok && message) expect(r.error.message).toBe(message);
      }
      const ok = await dispatch('measures:query', undefined, () => p);
      expect(ok.ok && (ok.value as { rows: unknown[] }).rows.length).toBe(44);
      expect(snapshot(p.db)).toBe(before);
    },
  );

  it(
    'answers a large view with the order of every match and the first window of rows; ' + 'other windows come by id',
    async () => {
      const p = memoryPortfolio({ example: { size: 250, updatesPerMeasure: 2, budgetYearsPerMeasure: 1 } });
      const view = queryRegister(p.db, { filter: {}, sort: { by: 'title', dir: 'desc' } }, { now });
      expect(view.ids).toHaveLength(250);
      expect(view.rows.map((r) => r.id)).toEqual(view.ids.slice(0, REGISTER_WINDOW));
      expect(view.planCodes).toEqual(['handlingsplan-2016', 'strategi-2025-2030']);

      // The third window, asked for by its ids, comes back in the view's order with the names it uses.
      const windowIds = view.ids.slice(2 * REGISTER_WINDOW, 3 * REGISTER_WINDOW);
      const third = registerRows(p.db, { ids: windowIds, asOf: view.asOf });
      expect(third.rows.map((r) => r.id)).toEqual(windowIds);
      const everything = queryRegister(p.db, { filter: {} }, { now });
      const [one] = registerRows(p.db, { ids: [windowIds[0]], asOf: view.asOf }).rows;
      expect(third.rows[0]).toEqual(one);
      for (const r of third.rows)
        for (const o of [r.ownerId, ...r.coOwnerIds, ...r.agencyIds])
          if (o !== null) expect(third.orgs[o]?.abbrev).toBeTruthy();
      expect(everything.ids.slice().sort((a, b) => a - b)).toEqual(view.ids.slice().sort((a, b) => a - b));

      // A measure deleted since the view was made is left out, not invented.
      p.db.prepare('UPDATE measures SET deleted_at = ? WHERE id = ?').run('2026-11-23T10:00:00Z', windowIds[1]);
      expect(registerRows(p.db, { ids: windowIds.slice(0, 3), asOf: view.asOf }).rows.map((r) => r.id)).toEqual([
        windowIds[0],
        windowIds[2],
      ]);
    },
  );

  it('refuses a window with no ids, too many ids or no date, writing nothing', async () => {
    const p = portfolio();
    const before = snapshot(p.db);
    const cases: [unknown, string][] = [
      [{ ids: [], asOf: '2026-11-23' }, 'Ingen tiltak er valgt.'],
      [
        { ids: Array.from({ length: REGISTER_WINDOW + 1 }, (_, i) => i + 1), asOf: '2026-11-23' },
        `Høyst ${REGISTER_WINDOW} tiltak om gangen.`,
      ],
      [{ ids: [1] }, ''],
      [{ ids: [0], asOf: '2026-11-23' }, 'Ugyldig id.'],
    ];
    for (const [input, message] of cases) {
      const r = await dispatch('measures:rows', input, () => p);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok && message) expect(r.error.message).toBe(message);
    }
    expect(snapshot(p.db)).toBe(before);
  });
});
