import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFrame, frameJson } from '../../electron/core/seed/build-seed.ts';
import { exportJson } from '../../electron/core/services/export-json.service.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { portfolioInfo } from '../../electron/core/services/portfolio.service.ts';
import { join } from 'node:path';
import type { ChangesSince, DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import { unlikelyPairWarning } from '../../shared/domain/status-rules.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { monthsBefore } from '../../electron/core/services/register.service.ts';
import { call } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { memoryPortfolio, RESOURCES, tempDir } from '../support/portfolio.ts';

const REFERENCE = new URL('../../../shared/domain/reference.json', import.meta.url);

describe('the real seed', () => {
  const p = memoryPortfolio();
  const json = exportJson(p.db, { asOf: '2026-11-23' });

  it('gives each plan exactly its measures, numbered 1..N, in its four parts', () => {
    const [hp, st] = json.plans;
    expect(hp.code).toBe('handlingsplan-2016');
    expect(hp.measures.map((m) => m.number)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    expect(hp.parts).toHaveLength(4);
    expect(st.code).toBe('strategi-2025-2030');
    expect(st.measures.map((m) => m.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(st.parts.map((x) => x.title)).toEqual([
      'Helhetlig og samordnet innsats',
      'Forebygging',
      'Bistand og beskyttelse',
      'Straffeforfølgning',
    ]);
  });

  it('fills in only what the reference gives for a measure number: 2016 measure 16', () => {
    const filled = json.plans.flatMap((pl) =>
      pl.measures.filter((m) => !m.titlePending).map((m) => [pl.code, m.number, m.ownerMinistry, m.agencies]),
    );
    expect(filled).toEqual([['handlingsplan-2016', '16', 'HOD', ['HDIR']]]);
    const m7 = json.plans[0].measures[6];
    expect(m7).toMatchObject({ title: 'Tiltak 7', titlePending: true, ownerMinistry: null, agencies: [], part: null });
    expect(portfolioInfo(p.db, ':memory:', false).pendingTitles).toBe(43);
  });

  it('has no status history and no budgets, so no measure has a status or an assessment yet', () => {
    const all = json.plans.flatMap((pl) => pl.measures);
    expect(
      all.every((m) => m.status === null && m.assessment === null && m.lastUpdate === null && m.budget.length === 0),
    ).toBe(true);
    expect(json.dataset).toBe('real');
  });

  it('keeps unnumbered known measures and summary themes as notes on a part, never as a measure', () => {
    const strategyPart1 = p.db
      .prepare(
        'SELECT n.kind, n.text FROM part_notes n JOIN parts p ON p.id = n.part_id JOIN plans pl ON pl.id = p.plan_id ' +
          "WHERE pl.code = 'strategi-2025-2030' AND p.number = 1",
      )
      .all() as { kind: string; text: string }[];
    expect(strategyPart1.some((n) => n.kind === 'known-measure' && n.text.includes('NIM'))).toBe(true);
    const titles = json.plans[1].measures.map((m) => m.title);
    expect(titles.every((t) => /^Tiltak \d+$/.test(t))).toBe(true);
  });

  it('shows a renamed ministry by the name valid at the date', () => {
    const bld = p.db.prepare("SELECT id FROM organisations WHERE abbrev = 'BLD'").get() as { id: number };
    p.db.prepare("UPDATE measures SET owner_id = ? WHERE number = '3' AND plan_id = 1").run(bld.id);
    const at2017 = listMeasures(p.db, { planCode: 'handlingsplan-2016', asOf: '2017-06-30' })[2];
    const at2024 = listMeasures(p.db, { planCode: 'handlingsplan-2016', asOf: '2024-12-31' })[2];
    expect(at2017.owner).toMatchObject({ abbrev: 'BLD', name: 'Barne- og likestillingsdepartementet' });
    expect(at2024.owner).toMatchObject({ abbrev: 'BFD', name: 'Barne- og familiedepartementet' });
  });

  it.runIf(existsSync(REFERENCE))('is exactly what build-seed makes from the shared reference', () => {
    const rebuilt = frameJson(buildFrame(JSON.parse(readFileSync(REFERENCE, 'utf8'))));
    expect(readFileSync(`${RESOURCES}/seed/frame.json`, 'utf8')).toBe(rebuilt);
  });
});

describe('the example dataset', () => {
  it('is labelled, fictional and the same file for the same day', () => {
    const a = memoryPortfolio({ example: true });
    const b = memoryPortfolio({ example: true });
    const ja = exportJson(a.db, { asOf: '2026-11-23', withHistory: true });
    expect(ja).toEqual(exportJson(b.db, { asOf: '2026-11-23', withHistory: true }));
    expect(ja.dataset).toBe('example');
    const measures = ja.plans.flatMap((pl) => pl.measures);
    expect(measures).toHaveLength(44);
    expect(measures.every((m) => m.title.includes('(fiktivt)'))).toBe(true);
    // Never a pair the status rules call unlikely.
    const pairs = measures.flatMap((m) => m.history!.map((h) => unlikelyPairWarning(h.status, h.assessment)));
    expect(pairs.filter(Boolean)).toEqual([]);
  });

  it('is alive on the day it is made: history from each plan’s start to last month, this year’s budget', async () => {
    for (const [made, lastMonth] of [
      ['2026-11-23T09:00:00Z', '2026-10'],
      ['2027-03-10T09:00:00Z', '2027-02'],
    ] as const) {
      const p = memoryPortfolio({ example: true, now: new Date(made) });
      const today = made.slice(0, 10);
      const json = exportJson(p.db, { asOf: today, withHistory: true });
      for (const plan of json.plans) {
        const dates = plan.measures.flatMap((m) => m.history!.map((h) => h.date)).sort();
        expect(dates[0] >= plan.startDate!, `${made} ${plan.code}`).toBe(true);
        expect(dates.at(-1)!.slice(0, 7), `${made} ${plan.code}`).toBe(lastMonth);
      }
      const o = await call<DashboardOverview>(p, 'dashboard:overview', {});
      expect(o.year).toBe(Number(today.slice(0, 4)));
      // A portfolio in use: most measures reported on lately, a few not yet, this year's budget partly spent.
      expect(o.keyFigures.stale, made).toBeLessThan(10);
      expect(o.keyFigures.noStatus, made).toBeGreaterThan(0);
      expect(o.keyFigures.noStatus, made).toBeLessThan(8);
      expect(o.keyFigures.allocatedNok, made).toBeGreaterThan(0);
      expect(o.keyFigures.spentNok, made).toBeLessThan(o.keyFigures.allocatedNok);
      const changes = await call<ChangesSince>(p, 'dashboard:changes', { since: monthsBefore(today, 3) });
      expect(changes.total, made).toBeGreaterThan(5);
      p.db.close();
    }
  });

  it('is made by `init --example` for the day given with --date, the same file each time', async () => {
    const tmp = tempDir();
    try {
      const make = async (name: string) => {
        const path = join(tmp.dir, name);
        expect((await cli('init', '--db', path, '--example', '--date', '2026-11-23')).code).toBe(0);
        const db = openPortfolioDb(path, { resourcesDir: RESOURCES });
        const json = exportJson(db, { asOf: '2026-11-23', withHistory: true });
        db.close();
        return json;
      };
      const a = await make('a.tilt');
      expect(await make('b.tilt')).toEqual(a);
      const mem = exportJson(memoryPortfolio({ example: true }).db, { asOf: '2026-11-23', withHistory: true });
      expect(a).toEqual(mem);
      const bad = await cli('init', '--db', join(tmp.dir, 'c.tilt'), '--example', '--date', '23.11.2026');
      expect(bad).toMatchObject({ code: 1, err: '--date må være en gyldig dato som ÅÅÅÅ-MM-DD, ikke «23.11.2026».' });
      const real = await cli('init', '--db', join(tmp.dir, 'd.tilt'), '--date', '2026-11-23');
      expect(real).toMatchObject({ code: 1, err: '--date kan bare brukes sammen med --example.' });
    } finally {
      tmp.cleanup();
    }
  });

  it('takes a size for benchmarks', () => {
    const big = memoryPortfolio({ example: { size: 1000, updatesPerMeasure: 2, budgetYearsPerMeasure: 1 } });
    expect(portfolioInfo(big.db, ':memory:', false).measureCount).toBe(1000);
  });
});
