// Two periods compared (status, assessment, comment, budget, with counts), the status grid, and `check` verifying
// closed periods' snapshots against the history.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { PeriodComparison, StatusGrid } from '../../shared/api/periods.contract.ts';
import type { CheckResult } from '../../shared/api/files.contract.ts';
import { insertBudgetLine } from '../../electron/core/repositories/budget.repo.ts';
import { fileContext, memoryPortfolio, portfolioFile, tempDir, type TestPortfolio } from '../support/portfolio.ts';
import { call, refused } from '../support/api.ts';

const tmp = tempDir('tiltak-periods-');
afterAll(() => tmp.cleanup());

async function record(p: TestPortfolio, measureId: number, date: string, extra: Record<string, unknown> = {}) {
  await call(p, 'status:record', {
    measureId,
    status: 'pagar',
    assessment: 'gronn',
    comment: '',
    effectiveDate: date,
    ...extra,
  });
}

describe('comparing two periods', () => {
  it('lists per measure what changed between T1 and T2 2025, with counts per field', async () => {
    const p = memoryPortfolio();
    await record(p, 1, '2025-02-01');
    await record(p, 1, '2025-06-01', { assessment: 'gul', comment: 'Risiko' }); // assessment and comment
    await record(p, 2, '2025-02-01');
    await record(p, 2, '2025-07-01', { status: 'fullfort' }); // status
    await record(p, 3, '2025-03-01', { comment: 'Uendret' }); // nothing changes in T2
    await record(p, 4, '2025-06-01'); // first status in T2: from none to Pågår
    const r = await call<PeriodComparison>(p, 'periods:compare', { from: '2025-T1', to: '2025-T2' });
    expect([r.from.key, r.to.key, r.basis]).toEqual(['2025-T1', '2025-T2', 'corrected']);
    const byNumber = new Map(r.rows.filter((x) => x.planCode === 'handlingsplan-2016').map((x) => [x.number, x]));
    expect(byNumber.get('1')?.changed).toEqual(['assessment', 'comment']);
    expect(byNumber.get('2')?.changed).toEqual(['status']);
    expect(byNumber.has('3')).toBe(false);
    expect(byNumber.get('4')).toMatchObject({
      changed: ['status', 'assessment'],
      from: { status: null },
      to: { status: 'pagar' },
    });
    // The strategy's 18 measures started on 01.05.2025: new in T2, not there in T1.
    const strategy = r.rows.filter((x) => x.planCode === 'strategi-2025-2030');
    expect(strategy).toHaveLength(18);
    expect(strategy.every((x) => x.from === null)).toBe(true);
    expect(r.measures).toBe(44);
    expect(r.counts).toMatchObject({ status: 2 + 18, assessment: 2 + 18, comment: 1 + 18, any: 3 + 18 });
  });

  it('sees a budget change between two years, and takes the periods in either order', async () => {
    const p = memoryPortfolio();
    insertBudgetLine(p.db, {
      measure_id: 5,
      year: 2024,
      allocated_nok: 100_000,
      spent_nok: 0,
      chapter: null,
      post: null,
      within_existing: 0,
    });
    insertBudgetLine(p.db, {
      measure_id: 5,
      year: 2025,
      allocated_nok: 250_000,
      spent_nok: 0,
      chapter: null,
      post: null,
      within_existing: 0,
    });
    const r = await call<PeriodComparison>(p, 'periods:compare', {
      from: '2025',
      to: '2024',
      planCodes: ['handlingsplan-2016'],
    });
    expect([r.from.key, r.to.key]).toEqual(['2024', '2025']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      number: '5',
      changed: ['budget'],
      from: { allocatedNok: 100_000 },
      to: { allocatedNok: 250_000 },
    });
    expect(r.counts.budget).toBe(1);
    expect((await refused(p, 'periods:compare', { from: '2025', to: '2025' })).fields?.to).toBe(
      'Velg to ulike perioder å sammenligne.',
    );
  });

  it('compares as reported when asked: a correction after closing is not a change then', async () => {
    const p = memoryPortfolio();
    await call(p, 'periods:close', { period: '2025-T1' });
    await call(p, 'periods:close', { period: '2025-T2' });
    await record(p, 1, '2025-06-01', { correctionReason: 'Etterregistrert' });
    const corrected = await call<PeriodComparison>(p, 'periods:compare', {
      from: '2025-T1',
      to: '2025-T2',
      planCodes: ['handlingsplan-2016'],
    });
    const reported = await call<PeriodComparison>(p, 'periods:compare', {
      from: '2025-T1',
      to: '2025-T2',
      basis: 'reported',
      planCodes: ['handlingsplan-2016'],
    });
    expect(corrected.counts.any).toBe(1);
    expect(reported.counts.any).toBe(0);
  });
});

describe('the status grid', () => {
  it('gives each measure its status and assessment at the end of each of the last N tertials', async () => {
    const p = memoryPortfolio();
    await record(p, 16, '2024-10-01', { assessment: 'gul', comment: 'Sent' });
    await record(p, 16, '2025-06-01', { status: 'fullfort' });
    const g = await call<StatusGrid>(p, 'periods:grid', { periodKind: 'tertial', last: '2025-T2', count: 4 });
    expect(g.periods.map((x) => x.label)).toEqual(['T2 2024', 'T3 2024', 'T1 2025', 'T2 2025']);
    const m16 = g.rows.find((r) => r.measureId === 16)!;
    expect(m16.cells.map((c) => c && [c.status, c.assessment])).toEqual([
      [null, null],
      ['pagar', 'gul'],
      ['pagar', 'gul'],
      ['fullfort', 'gronn'],
    ]);
    // A strategy measure does not exist before 01.05.2025: no cell then.
    const s1 = g.rows.find((r) => r.planCode === 'strategi-2025-2030')!;
    expect(s1.cells.map((c) => c === null)).toEqual([true, true, true, false]);
    expect(g.rows).toHaveLength(44);
    const years = await call<StatusGrid>(p, 'periods:grid', { periodKind: 'year', count: 3 });
    expect(years.periods.map((x) => x.key)).toEqual(['2024', '2025', '2026']);
    expect((await refused(p, 'periods:grid', { periodKind: 'year', last: '2025-T2' })).fields?.last).toBe(
      'Velg et år.',
    );
    expect((await refused(p, 'periods:grid', { count: 13 })).fields?.count).toBe('Vis høyst 12 perioder.');
  });
});

/** Writes behind the app's back with the period rules' triggers off, as damage or a foreign tool would (the
 * search index's triggers stay, so only what is tested here is out of step). */
function tamper(path: string, sql: string): void {
  const db = new BetterSqlite3(path);
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'period_%' OR name LIKE '%closed%')",
    )
    .all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  db.exec(sql);
  for (const t of triggers) db.exec(t.sql);
  db.close();
}

describe('check verifies closed periods against the history', () => {
  const now = () => new Date('2026-11-23T09:00:00Z');
  const user = () => 'Kari';

  async function closedFile(name: string): Promise<string> {
    const path = portfolioFile(tmp.dir, name, { size: 44 });
    const ctx = fileContext(path, { now, user });
    await call(ctx, 'periods:close', { period: '2025-T2' });
    await call(ctx, 'status:record', {
      measureId: 16,
      status: 'avbrutt',
      assessment: 'rod',
      comment: 'Stanset',
      effectiveDate: '2025-07-01',
      correctionReason: 'Meldt etter lukking',
    });
    ctx.db.close();
    return path;
  }

  async function check(path: string): Promise<string[]> {
    const ctx = fileContext(path, { now, user });
    try {
      return (await call<CheckResult>(ctx, 'portfolio:check', {})).problems;
    } finally {
      ctx.db.close();
    }
  }

  it('says nothing about a sound file with a closing and a correction', async () => {
    expect(await check(await closedFile('sunn.tilt'))).toEqual([]);
  });

  it('finds a snapshot changed on disk, a row removed, and an update slipped into a closed period', async () => {
    const changed = await closedFile('endret.tilt');
    // Whatever the example gave measure 3, the snapshot now says something else.
    tamper(
      changed,
      "UPDATE period_snapshots SET status = CASE status WHEN 'avbrutt' THEN 'pagar' ELSE 'avbrutt' END " +
        'WHERE measure_id = 3',
    );
    expect(await check(changed)).toEqual([
      expect.stringMatching(
        new RegExp(
          '^Øyeblikksbildet av T2 2025 \\(lukket 23\\.11\\.2026 kl\\. \\d\\d:00\\) stemmer ikke med ' +
            'statushistorikken for 1 tiltak \\(id 3\\)\\.$',
        ),
      ),
    ]);
    const removed = await closedFile('fjernet.tilt');
    tamper(removed, 'DELETE FROM period_snapshots WHERE measure_id = 4');
    expect(await check(removed)).toEqual([expect.stringMatching(/skal ha 44 tiltak, men har 43\.$/)]);
    const slipped = await closedFile('sneket.tilt');
    tamper(
      slipped,
      'INSERT INTO status_updates (measure_id, status, assessment, author, effective_date, recorded_at) ' +
        "VALUES (5, 'pagar', 'gronn', 'x', '2025-06-01', '2026-11-23T10:00:00Z')",
    );
    expect(await check(slipped)).toEqual([
      expect.stringMatching(
        /^Statusoppdatering \d+ er datert i T2 2025 etter at perioden ble lukket, uten begrunnelse\.$/,
      ),
    ]);
  });
});
