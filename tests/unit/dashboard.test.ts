// Dashboard aggregates against the example dataset. Every expectation is recomputed here, independently of
// the SQL, from the archival JSON export with full history (what a person could check by hand).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { exportJson, type JsonExport } from '../../electron/core/services/export-json.service.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';

type M = JsonExport['plans'][number]['measures'][number] & { plan: string; start: string | null };
const RENAMED: Record<string, string> = { BLD: 'BFD', ASD: 'AID' };
const ASOF = '2026-11-23'; // FIXED_NOW
/** Key figures of the example file made on FIXED_NOW, counted by hand once: they pin the dataset too. */
const PINNED = { noStatus: 3, fullfort: 12, gul: 9, rod: 3, stale: 5 };

async function call<T>(p: TestPortfolio, name: string, input: unknown): Promise<T> {
  const r = await dispatch(name as never, input as never, () => p);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

function count<T>(list: T[], pred: (x: T) => boolean): number {
  return list.filter(pred).length;
}

/** The measures of an export, each with its plan's code and start. */
function measuresOf(ex: JsonExport): M[] {
  return ex.plans.flatMap((pl) => pl.measures.map((m) => ({ ...m, plan: pl.code, start: pl.startDate })));
}

/** The status a measure shows: its code, or «ingen-status» when no update is in force (null in the export). */
const shown = (m: M) => m.status ?? 'ingen-status';

/**
 * The state a measure's history gives at a date (effective on or before it; history is oldest first): «ingen-status»
 * before its first update, and null before its plan's start (it did not exist: not counted at all).
 */
function statusAt(m: M, date: string): string | null {
  if (m.start !== null && m.start > date) return null;
  const past = (m.history ?? []).filter((h) => h.date <= date);
  return past.at(-1)?.status ?? 'ingen-status';
}

describe('dashboard aggregates on the example dataset', () => {
  let p: TestPortfolio;
  let all: M[];
  let overview: DashboardOverview;

  beforeAll(async () => {
    p = memoryPortfolio({ example: true });
    const ex = exportJson(p.db, { asOf: ASOF, withHistory: true });
    all = measuresOf(ex);
    overview = await call<DashboardOverview>(p, 'dashboard:overview', {});
  });

  it('counts the key figures as the export shows them', () => {
    const staleBefore = '2026-05-23'; // six months before 23.11.2026
    const budget2026 = all.flatMap((m) => m.budget.filter((b) => b.year === 2026));
    expect(all).toHaveLength(44);
    expect(overview.asOf).toBe(ASOF);
    expect(overview.keyFigures).toEqual({
      measures: 44,
      noStatus: count(all, (m) => m.status === null),
      fullfort: count(all, (m) => m.status === 'fullfort'),
      shareFullfort: count(all, (m) => m.status === 'fullfort') / 44,
      gul: count(all, (m) => m.assessment === 'gul'),
      rod: count(all, (m) => m.assessment === 'rod'),
      stale: count(all, (m) => !m.lastUpdate || m.lastUpdate.date < staleBefore),
      pendingTitles: 0,
      budgetYear: 2026,
      allocatedNok: budget2026.reduce((s, b) => s + b.allocatedNok!, 0),
      spentNok: budget2026.reduce((s, b) => s + b.spentNok!, 0),
    });
    // Hand-checked against the example file (seed 2016, made 23.11.2026): these numbers pin the dataset as well.
    expect(overview.keyFigures).toMatchObject(PINNED);
  });

  it('splits status per part of each plan, and the parts add up to the plan', () => {
    for (const row of overview.statusByPart) {
      const inPart = all.filter((m) => m.plan === row.planCode && m.part === row.partNumber);
      for (const [status, n] of Object.entries(row.counts))
        expect(n, `${row.planCode} del ${row.partNumber} ${status}`).toBe(count(inPart, (m) => shown(m) === status));
    }
    expect(
      overview.statusByPart.filter((r) => r.planCode === 'handlingsplan-2016').reduce((s, r) => s + r.total, 0),
    ).toBe(26);
    expect(
      overview.statusByPart.filter((r) => r.planCode === 'strategi-2025-2030').reduce((s, r) => s + r.total, 0),
    ).toBe(18);
  });

  it('counts assessment per ministry (owner or co-owner), a renamed ministry once under its current name', () => {
    const byMinistry = new Map<string, Record<string, number>>();
    for (const m of all) {
      const chains = new Set([m.ownerMinistry, ...m.coOwnerMinistries].filter(Boolean).map((a) => RENAMED[a!] ?? a!));
      for (const c of chains) {
        const row = byMinistry.get(c) ?? {};
        // Nothing reported is not assessed either.
        const a = m.assessment ?? 'ikke-vurdert';
        row[a] = (row[a] ?? 0) + 1;
        byMinistry.set(c, row);
      }
    }
    expect(overview.assessmentByMinistry.map((r) => r.abbrev).sort()).toEqual([...byMinistry.keys()].sort());
    expect(overview.assessmentByMinistry.map((r) => r.abbrev)).not.toContain('BLD');
    for (const r of overview.assessmentByMinistry) {
      for (const [a, n] of Object.entries(r.counts))
        expect(n, `${r.abbrev} ${a}`).toBe(byMinistry.get(r.abbrev)![a] ?? 0);
    }
    expect(overview.assessmentByMinistry.find((r) => r.abbrev === 'BFD')?.name).toBe('Barne- og familiedepartementet');
  });

  it('shows a renamed ministry by the name valid at the as-of date', async () => {
    const old = await call<DashboardOverview>(p, 'dashboard:overview', { filter: { asOf: '2017-12-31' } });
    const abbrevs = old.assessmentByMinistry.map((r) => r.abbrev);
    expect(abbrevs).toContain('BLD');
    expect(abbrevs).toContain('ASD');
    expect(abbrevs).not.toContain('BFD');
  });

  it('sums budget per ministry and year, allocated against spent', () => {
    const expected = new Map<string, { a: number; s: number }>();
    for (const m of all) {
      const chains = new Set([m.ownerMinistry, ...m.coOwnerMinistries].filter(Boolean).map((a) => RENAMED[a!] ?? a!));
      for (const c of chains)
        for (const b of m.budget) {
          const e = expected.get(`${c} ${b.year}`) ?? { a: 0, s: 0 };
          e.a += b.allocatedNok ?? 0;
          e.s += b.spentNok ?? 0;
          expected.set(`${c} ${b.year}`, e);
        }
    }
    expect(overview.budgetByMinistry).toHaveLength(expected.size);
    for (const r of overview.budgetByMinistry)
      expect({ a: r.allocatedNok, s: r.spentNok }).toEqual(expected.get(`${r.abbrev} ${r.year}`));
  });

  it('reconstructs the status at the end of 2022 from the history, not from today’s status', async () => {
    const series = await call<{ points: { label: string; date: string; counts: Record<string, number> }[] }>(
      p,
      'dashboard:statusOverTime',
      { granularity: 'year' },
    );
    const y2022 = series.points.find((pt) => pt.label === '2022')!;
    expect(y2022.date).toBe('2022-12-31');
    const zero = { 'ingen-status': 0, 'ikke-startet': 0, pagar: 0, fullfort: 0, avbrutt: 0, viderefort: 0 };
    const expected: Record<string, number> = { ...zero };
    for (const m of all) {
      const s = statusAt(m, '2022-12-31');
      if (s !== null) expected[s] += 1;
    }
    expect(y2022.counts).toEqual(expected);
    // The strategy (from 01.05.2025) did not exist in 2022: its 18 measures are not counted at all, whatever they are
    // today; the 26 of the 2016 plan are.
    expect(Object.values(y2022.counts).reduce((a, b) => a + b, 0)).toBe(26);
    expect(series.points.at(-1)!.counts).toEqual(
      Object.fromEntries(Object.keys(zero).map((s) => [s, count(all, (m) => shown(m) === s)])),
    );
  });

  it('reconstructs every tertial end', async () => {
    const series = await call<{
      points: { label: string; date: string; counts: Record<string, number>; total: number }[];
    }>(p, 'dashboard:statusOverTime', { granularity: 'tertial' });
    // From the 2016 plan's start (01.11.2016), with nothing reported yet.
    expect(series.points.map((pt) => pt.label).slice(0, 3)).toEqual(['T3 2016', 'T1 2017', 'T2 2017']);
    expect(series.points[0].counts['ingen-status']).toBe(26);
    for (const pt of series.points) {
      for (const [s, n] of Object.entries(pt.counts))
        expect(n, `${pt.label} ${s}`).toBe(count(all, (m) => statusAt(m, pt.date) === s));
      expect(pt.total, pt.label).toBe(count(all, (m) => statusAt(m, pt.date) !== null));
    }
    expect(series.points.find((pt) => pt.label === 'T2 2022')?.date).toBe('2022-08-31');
  });

  it('applies the shared filter: a ministry includes its renamed predecessor, plans and parts narrow', async () => {
    const bfd = await call<DashboardOverview>(p, 'dashboard:overview', { filter: { ministries: ['BFD'] } });
    expect(bfd.keyFigures.measures).toBe(
      count(all, (m) => [m.ownerMinistry, ...m.coOwnerMinistries].some((a) => a === 'BFD' || a === 'BLD')),
    );
    const strat = await call<DashboardOverview>(p, 'dashboard:overview', {
      filter: { plans: ['strategi-2025-2030'], agencies: ['POD'] },
    });
    expect(strat.keyFigures.measures).toBe(
      count(all, (m) => m.plan === 'strategi-2025-2030' && m.agencies.includes('POD')),
    );
    expect(strat.statusByPart.every((r) => r.planCode === 'strategi-2025-2030')).toBe(true);
  });

  it('refuses unknown ministries, bad years and granularities, at their field, writing nothing', async () => {
    const before = snapshot(p.db);
    const bad: [string, unknown, string][] = [
      ['dashboard:overview', { filter: { ministries: ['XYZ'] } }, 'ministries'],
      ['dashboard:overview', { year: 1800 }, 'year'],
      ['dashboard:overview', { filter: { plans: ['ukjent'] } }, 'filter.plans'],
      ['dashboard:overview', { filter: { status: ['pagar'] } }, 'filter'],
      ['dashboard:statusOverTime', { granularity: 'uke' }, 'granularity'],
      ['dashboard:changes', {}, 'since'],
      ['dashboard:changes', { since: '2025-02-30' }, 'since'],
    ];
    for (const [name, input, field] of bad) {
      const r = await dispatch(name as never, input as never, () => p);
      expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) expect(Object.keys(r.error.fields ?? {}), JSON.stringify(r.error)).toContain(field);
    }
    const unknown = await dispatch('dashboard:overview', { filter: { ministries: ['XYZ'] } }, () => p);
    expect(unknown).toMatchObject({ ok: false, error: { message: 'Ukjent departement: XYZ.' } });
    expect(snapshot(p.db)).toBe(before);
  });
});

describe('changes since a date', () => {
  it('lists every measure whose status, assessment or comment changed, old → new, with who and when', async () => {
    const p = memoryPortfolio({ example: true });
    const since = '2025-06-30';
    const ex = exportJson(p.db, { asOf: ASOF, withHistory: true });
    const all = measuresOf(ex);
    const expected = all
      .map((m) => {
        const h = m.history ?? [];
        const after = h.filter((e) => e.date > since || e.recordedAt.slice(0, 10) > since);
        const beforeState = h.filter((e) => e.date <= since && e.recordedAt.slice(0, 10) <= since).at(-1);
        const now = h.at(-1);
        const key = (e?: { status: string; assessment: string; comment: string }) =>
          e ? `${e.status}|${e.assessment}|${e.comment}` : 'ingen-status|ikke-vurdert|';
        return after.length > 0 && key(beforeState) !== key(now)
          ? {
              number: m.number,
              plan: m.plan,
              before: key(beforeState),
              after: key(now),
              author: now!.author,
              date: now!.date,
            }
          : null;
      })
      .filter((x) => x !== null);
    expect(expected.length).toBeGreaterThan(5);
    const r = await call<{
      total: number;
      rows: {
        number: string;
        planCode: string;
        before: { status: string; assessment: string; comment: string };
        after: { status: string; assessment: string; comment: string };
        author: string;
        effectiveDate: string;
      }[];
    }>(p, 'dashboard:changes', { since });
    expect(r.total).toBe(expected.length);
    expect(
      r.rows.map((x) => ({
        number: x.number,
        plan: x.planCode,
        before: `${x.before.status}|${x.before.assessment}|${x.before.comment}`,
        after: `${x.after.status}|${x.after.assessment}|${x.after.comment}`,
        author: x.author,
        date: x.effectiveDate,
      })),
    ).toEqual(expected);
  });

  it('includes a back-dated update recorded after the date, and refuses a date after the as-of date', async () => {
    const p = memoryPortfolio({ example: true });
    p.setNow(new Date('2026-11-23T09:00:00Z'));
    // The example's history runs to the end of the month before it was made (31.10.2026).
    const since = '2026-10-31';
    const before = await call<{ total: number }>(p, 'dashboard:changes', { since });
    expect(before.total).toBe(0);
    recordStatus(
      p.db,
      { measureId: 3, status: 'avbrutt', assessment: 'rod', comment: 'Stanset', effectiveDate: '2026-09-15' },
      { now: new Date('2026-11-20T09:00:00Z'), user: 'Kari Koordinator' },
    );
    const after = await call<{
      rows: { measureId: number; after: { status: string }; author: string; effectiveDate: string }[];
    }>(p, 'dashboard:changes', { since });
    expect(after.rows).toEqual([
      expect.objectContaining({
        measureId: 3,
        after: expect.objectContaining({ status: 'avbrutt' }),
        author: 'Kari Koordinator',
        effectiveDate: '2026-09-15',
      }),
    ]);
    const r = await dispatch('dashboard:changes', { since: '2030-01-01' }, () => p);
    expect(r).toMatchObject({
      ok: false,
      error: { fields: { since: 'Datoen kan ikke være etter datoen oversikten gjelder for.' } },
    });
  });
});

describe('monthsBefore', () => {
  it('goes back whole months and clamps to the last day of a shorter month', async () => {
    const { monthsBefore } = await import('../../electron/core/services/dashboard.service.ts');
    expect(monthsBefore('2025-12-31', 6)).toBe('2025-06-30');
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2025-03-15', 6)).toBe('2024-09-15');
  });
});

describe('gul and rød measures', () => {
  it('lists every gul and rød measure with its comment, rød first, owner by its current name', async () => {
    const p = memoryPortfolio({ example: true });
    const ex = exportJson(p.db, { asOf: ASOF, withHistory: false });
    const all = measuresOf(ex);
    const flagged = all.filter((m) => m.assessment === 'rod' || m.assessment === 'gul');
    const r = await call<{
      total: number;
      rows: { number: string; assessment: string; comment: string; owner: string | null }[];
    }>(p, 'dashboard:flagged', {});
    expect(r.total).toBe(flagged.length);
    expect(r.rows.map((x) => x.assessment)).toEqual(
      [...flagged.filter((m) => m.assessment === 'rod'), ...flagged.filter((m) => m.assessment === 'gul')].map(
        (m) => m.assessment,
      ),
    );
    for (const row of r.rows) {
      const m = flagged.find((x) => x.number === row.number && x.lastUpdate?.comment === row.comment)!;
      expect(m, row.number).toBeDefined();
      expect(row.comment.length).toBeGreaterThan(0);
      expect(row.owner).toBe(RENAMED[m.ownerMinistry!] ?? m.ownerMinistry);
    }
  });
});
