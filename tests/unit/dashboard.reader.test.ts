// Oversikt's queries as a reader runs them, and «Endringer siden» cut to a page: what the single-statement overview
// and the page-first changes query (issue 17) must keep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { exportJson } from '../../electron/core/services/export-json.service.ts';
import type { ChangesSince, DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import { FIXED_NOW, memoryPortfolio, portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';

const ASOF = '2026-11-23'; // FIXED_NOW

async function call<T>(db: Database, name: string, input: unknown): Promise<T> {
  const ctx = { db, path: 'x.tilt', readOnly: false, now: () => FIXED_NOW, user: () => 'Test Testesen' };
  const r = await dispatch(name as never, input as never, () => ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

describe('Oversikt on a reader’s connection', () => {
  const tmp = tempDir();
  let writer: Database;
  let reader: Database;

  beforeAll(() => {
    const path = portfolioFile(tmp.dir, 'portefolje.tilt', true);
    writer = openPortfolioDb(path, { resourcesDir: RESOURCES });
    // As a second instance opens the file while another one writes it: every change refused by query_only.
    reader = openPortfolioDb(path, { resourcesDir: RESOURCES, queryOnly: true });
  });
  afterAll(() => {
    reader.close();
    writer.close();
    tmp.cleanup();
  });

  it('shows every figure the writer shows, and writes nothing', async () => {
    const before = snapshot(reader);
    for (const [name, input] of [
      ['dashboard:overview', {}],
      ['dashboard:overview', { filter: { ministries: ['BFD'] }, year: 2025 }],
      ['dashboard:statusOverTime', { granularity: 'tertial' }],
      ['dashboard:changes', { since: '2025-06-30' }],
      ['dashboard:flagged', {}],
    ] as const) {
      const seen = await call(reader, name, input);
      expect(seen, name).toEqual(await call(writer, name, input));
    }
    expect(snapshot(reader)).toBe(before);
  });
});

describe('budget on Oversikt', () => {
  it('counts a measure without an owner in the year’s total, and under no ministry', async () => {
    const p = memoryPortfolio({ example: true });
    const year = 2026;
    const m = p.db
      .prepare(
        `SELECT b.measure_id AS id, sum(b.allocated_nok) AS allocated FROM budget_lines b
         WHERE b.year = ? AND b.allocated_nok > 0
           AND NOT EXISTS (SELECT 1 FROM measure_co_owners c WHERE c.measure_id = b.measure_id)
         GROUP BY b.measure_id ORDER BY b.measure_id LIMIT 1`,
      )
      .get(year) as { id: number; allocated: number };
    const byMinistries = (o: DashboardOverview) =>
      o.budgetByMinistry.filter((r) => r.year === year).reduce((s, r) => s + r.allocatedNok, 0);
    const before = await call<DashboardOverview>(p.db, 'dashboard:overview', { year });
    p.db.prepare('UPDATE measures SET owner_id = NULL WHERE id = ?').run(m.id);
    const after = await call<DashboardOverview>(p.db, 'dashboard:overview', { year });
    expect(after.keyFigures.allocatedNok).toBe(before.keyFigures.allocatedNok);
    expect(byMinistries(after)).toBe(byMinistries(before) - m.allocated);
  });
});

describe('changes since a date, a page at a time', () => {
  it('counts every change, shows the first in the register’s order, each with its updates since the date', async () => {
    const p = memoryPortfolio({ example: true });
    const since = '2025-06-30';
    const all = await call<ChangesSince>(p.db, 'dashboard:changes', { since, limit: 5000 });
    const page = await call<ChangesSince>(p.db, 'dashboard:changes', { since, limit: 3 });
    expect(all.total).toBeGreaterThan(3);
    expect(all.rows).toHaveLength(all.total);
    expect(page.total).toBe(all.total);
    expect(page.rows).toEqual(all.rows.slice(0, 3));
    // Each row's count of updates since the date, and its newest one, from the archival export's history.
    const history = new Map(
      exportJson(p.db, { asOf: ASOF, withHistory: true }).plans.flatMap((pl) =>
        pl.measures.map((m) => [`${pl.code}|${m.number}`, m.history ?? []]),
      ),
    );
    for (const row of all.rows) {
      const after = history
        .get(`${row.planCode}|${row.number}`)!
        .filter((e) => e.date > since || e.recordedAt.slice(0, 10) > since);
      expect(row.updates, row.number).toBe(after.length);
      expect({ author: row.author, effectiveDate: row.effectiveDate }).toEqual({
        author: after.at(-1)!.author,
        effectiveDate: after.at(-1)!.date,
      });
    }
  });
});
