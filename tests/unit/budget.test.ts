import { describe, expect, it } from 'vitest';
import type { DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import {
  budgetLineWarnings,
  duplicateLineWarning,
  EMPTY_LINE_MESSAGE,
  parseNok,
  readBudgetLine,
  sameYearAndChapter,
  sumGiven,
} from '../../shared/domain/budget.ts';
import { parseChapterPost } from '../../shared/domain/chapter-post.ts';
import type { BudgetSummary, TimelineEntry } from '../../shared/domain/types.ts';
import { cellText } from '../../shared/report/cells.ts';
import { exportJson } from '../../electron/core/services/export-json.service.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';
import { call, refused } from '../support/api.ts';

const line = {
  measureId: 16,
  year: 2025,
  allocatedNok: 1_200_000,
  spentNok: 300_000,
  chapterPost: 'kap. 440, post 70',
  withinExisting: false,
};
const CP = 'Skriv kapittel og post som «kap. 440, post 70» eller «440.70» (post 01–99).';

describe('chapter/post notation', () => {
  it('reads both notations and refuses malformed ones', () => {
    expect(parseChapterPost('kap. 440, post 70')).toEqual({ chapter: 440, post: 70 });
    expect(parseChapterPost('Kap 0762 post 21')).toEqual({ chapter: 762, post: 21 });
    expect(parseChapterPost('440.01')).toEqual({ chapter: 440, post: 1 });
    for (const bad of [
      '440',
      '440.7',
      '440.700',
      'kap. 12345, post 70',
      'kap. 440, post 00',
      '440.00',
      'post 70',
      'kap. abc',
    ]) {
      expect(parseChapterPost(bad), bad).toBeNull();
    }
  });
});

describe('budget lines', () => {
  it('adds, edits with version and deletes lines; totals follow; each change is in the history', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    await call<BudgetSummary>(p, 'budget:add', line);
    let s: BudgetSummary;
    s = await call<BudgetSummary>(p, 'budget:add', {
      ...line,
      year: 2026,
      allocatedNok: 800_000,
      spentNok: 0,
      chapterPost: '440.01',
      withinExisting: true,
    });
    expect(s.lines.map((l) => [l.year, l.chapter, l.post, l.withinExisting])).toEqual([
      [2025, 440, 70, false],
      [2026, 440, 1, true],
    ]);
    expect(s.totals).toEqual({ allocatedNok: 2_000_000, spentNok: 300_000 });
    const first = s.lines[0];
    s = await call<BudgetSummary>(p, 'budget:update', { id: first.id, version: 1, changes: { spentNok: 450_000 } });
    expect(s.lines[0]).toMatchObject({ spentNok: 450_000, version: 2 });
    expect(s.totals.spentNok).toBe(450_000);
    const stale = await refused(p, 'budget:update', { id: first.id, version: 1, changes: { spentNok: 1 } });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('ingenting er lagret');
    s = await call<BudgetSummary>(p, 'budget:delete', { id: s.lines[1].id, version: 1 });
    expect(s.totals).toEqual({ allocatedNok: 1_200_000, spentNok: 450_000 });
    const t = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 16 });
    expect(t.filter((e) => e.kind === 'change').map((e) => (e.kind === 'change' ? e.action : ''))).toEqual([
      'budget-delete',
      'budget-update',
      'budget-add',
      'budget-add',
    ]);
  });

  it(
    'refuses negative or non-integer NOK, malformed chapter/post and bad years at the field, ' + 'writing nothing',
    async () => {
      const p = memoryPortfolio();
      const before = snapshot(p.db);
      const cases: [object, string, string][] = [
        [{ allocatedNok: -1 }, 'allocatedNok', 'Beløpet kan ikke være negativt.'],
        [{ spentNok: 10.5 }, 'spentNok', 'Beløpet må være hele kroner.'],
        [{ allocatedNok: '1000' }, 'allocatedNok', 'Beløpet må være et tall.'],
        [{ chapterPost: 'kap 44' }, 'chapterPost', CP],
        [{ chapterPost: '440.7' }, 'chapterPost', CP],
        [{ chapterPost: 'kap. 440, post 00' }, 'chapterPost', CP],
        [{ year: 1800 }, 'year', 'Året må være 1990 eller senere.'],
      ];
      for (const [bad, field, message] of cases) {
        const e = await refused(p, 'budget:add', { ...line, ...bad });
        expect(e.fields?.[field], JSON.stringify(bad)).toBe(message);
      }
      expect(snapshot(p.db)).toBe(before);
    },
  );
});

describe('an empty budget amount (issue 12 §11)', () => {
  it('is stored empty, not as 0 kr, and left out of every sum', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    let s = await call<BudgetSummary>(p, 'budget:add', { ...line, allocatedNok: null, spentNok: null });
    expect(s.lines[0]).toMatchObject({ allocatedNok: null, spentNok: null });
    expect(p.db.prepare('SELECT allocated_nok, spent_nok FROM budget_lines').get()).toEqual({
      allocated_nok: null,
      spent_nok: null,
    });
    // A sum of nothing given is empty too; with one amount given, the sum is that amount.
    expect(s.totals).toEqual({ allocatedNok: null, spentNok: null });
    s = await call<BudgetSummary>(p, 'budget:add', { ...line, chapterPost: '440.01', spentNok: null });
    expect(s.totals).toEqual({ allocatedNok: 1_200_000, spentNok: null });
    const t = await call<TimelineEntry[]>(p, 'measures:timeline', { id: 16 });
    const added = t.filter((e) => e.kind === 'change' && e.action === 'budget-add').at(-1);
    expect(added).toMatchObject({ newValue: '2025: ikke oppgitt bevilget, ikke oppgitt forbrukt, kap. 440, post 70' });

    // Shown «–» in the reports (not «0 kr»); null in the JSON; not counted in Oversikt or the register's column.
    const model = buildReport(
      p.db,
      reportOptions.parse({ asOf: '2025-12-31', columns: ['number', 'budget'] }),
      p.now(),
    );
    const row = model.plans[0].groups.flatMap((g) => g.rows).find((r) => r.number === '16')!;
    expect(row.budget).toEqual({ allocatedNok: 1_200_000, spentNok: null, withinExisting: false });
    const json = exportJson(p.db, { asOf: '2025-12-31' });
    expect(json.plans[0].measures[15].budget.map((b) => b.allocatedNok)).toEqual([1_200_000, null]);
    const o = await call<DashboardOverview>(p, 'dashboard:overview', { year: 2025 });
    expect([o.keyFigures.allocatedNok, o.keyFigures.spentNok]).toEqual([1_200_000, 0]);
    const reg = await call<RegisterResult>(p, 'measures:query', { filter: { asOf: '2025-12-31' } });
    expect(reg.rows.find((r) => r.id === 16)!.budgetAllocated).toBe(1_200_000);

    // Emptying an amount keeps it empty; undo brings the amount back.
    const first = s.lines.find((l) => l.chapter === 440 && l.post === 1)!;
    s = await call<BudgetSummary>(p, 'budget:update', {
      id: first.id,
      version: first.version,
      changes: { allocatedNok: null },
    });
    expect(s.totals.allocatedNok).toBeNull();
    const only = buildReport(p.db, reportOptions.parse({ asOf: '2025-12-31', columns: ['number', 'budget'] }), p.now());
    const row16 = only.plans[0].groups.flatMap((g) => g.rows).find((r) => r.number === '16')!;
    expect(cellText(row16, 'budget')).toBe('–');
    await call(p, 'history:undo', { scope: { kind: 'measure', id: 16 } });
    expect((await call<BudgetSummary>(p, 'budget:list', { measureId: 16 })).totals.allocatedNok).toBe(1_200_000);
  });

  it('sums only what is given: one rule for the core and the page', () => {
    expect(sumGiven([])).toBeNull();
    expect(sumGiven([null, null])).toBeNull();
    expect(sumGiven([null, 0])).toBe(0);
    expect(sumGiven([5, null, 7])).toBe(12);
  });
});

describe('a second line for the same year and kap./post (issue 12 §11)', () => {
  it('is found, with the question the page asks before saving it', () => {
    const lines = [
      { id: 1, measureId: 16, year: 2025, allocatedNok: 1_200_000, spentNok: null, chapter: 440, post: 70 },
      { id: 2, measureId: 16, year: 2025, allocatedNok: null, spentNok: null, chapter: null, post: null },
    ].map((l) => ({ ...l, withinExisting: false, version: 1 }));
    expect(sameYearAndChapter(lines, { year: 2025, chapter: 440, post: 70 }, null)?.id).toBe(1);
    expect(sameYearAndChapter(lines, { year: 2025, chapter: 440, post: 70 }, 1)).toBeNull(); // the line itself
    expect(sameYearAndChapter(lines, { year: 2026, chapter: 440, post: 70 }, null)).toBeNull();
    expect(sameYearAndChapter(lines, { year: 2025, chapter: 440, post: 1 }, null)).toBeNull();
    expect(sameYearAndChapter(lines, { year: 2025, chapter: null, post: null }, null)?.id).toBe(2);
    expect(duplicateLineWarning(lines[0])).toBe(
      'Det finnes allerede en budsjettlinje for 2025, kap. 440, post 70 (1\u202f200\u202f000 kr bevilget). ' +
        'To linjer for samme år og kap./post telles begge med i summene.',
    );
  });
});

const TOO_LARGE = 'Beløpet er for stort: høyst 1\u202f000\u202f000\u202f000\u202f000 kr.';

describe('amounts as Norwegians type them (QA reg §10)', () => {
  it('takes spaces and dots between groups of three, «kr», and refuses the rest with what to do', () => {
    expect(parseNok('1.000.000')).toBe(1_000_000);
    expect(parseNok('1.000.000 kr')).toBe(1_000_000);
    expect(parseNok('1 000 000')).toBe(1_000_000);
    expect(parseNok('1\u202f000\u202f000 kr')).toBe(1_000_000);
    expect(parseNok('250.000')).toBe(250_000);
    expect(parseNok('0')).toBe(0);
    expect(parseNok('  ')).toBeNull();
    expect(parseNok('1.000.000.000.000')).toBe(1_000_000_000_000);
    expect(parseNok('1.000.000.000.001')).toBe(TOO_LARGE);
    expect(parseNok('99999999999999999999')).toBe(TOO_LARGE);
    expect(parseNok('-5')).toBe('Beløpet kan ikke være negativt.');
    expect(parseNok('10,5')).toBe('Beløpet må være hele kroner.');
    expect(parseNok('abc')).toBe('Beløpet må være hele kroner.');
    for (const bad of ['1.5', '1.0000', '1000.000', '.000'])
      expect(parseNok(bad), bad).toBe('Skriv beløpet i hele kroner, for eksempel 1 000 000 eller 1.000.000.');
  });

  it('the core refuses an amount over the bound as «for stort» at its field, writing nothing', async () => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    for (const [field, value] of [
      ['allocatedNok', 1e20],
      ['spentNok', 1_000_000_000_001],
      ['allocatedNok', Number.MAX_SAFE_INTEGER],
    ] as const) {
      const e = await refused(p, 'budget:add', { ...line, [field]: value });
      expect(e.fields?.[field], `${field} ${value}`).toBe(TOO_LARGE);
    }
    expect(snapshot(p.db)).toBe(before);
    const s = await call<BudgetSummary>(p, 'budget:add', { ...line, allocatedNok: 1_000_000_000_000 });
    expect(s.lines[0].allocatedNok).toBe(1_000_000_000_000);
  });
});

describe('every field of a budget line checked before any question (QA reg §9)', () => {
  const typed = { year: '2027', allocated: '', spent: '', chapterPost: '', withinExisting: false };

  it('refuses a bad kap./post at its field, so «tull» is never taken as «uten kap./post»', () => {
    expect(readBudgetLine({ ...typed, allocated: '5', chapterPost: 'tull' })).toEqual({
      errors: { chapterPost: CP },
    });
  });

  it('gives a message for every bad field at once', () => {
    expect(readBudgetLine({ ...typed, year: '27', allocated: '1,5', spent: '-1', chapterPost: '440.7' })).toEqual({
      errors: {
        year: 'Skriv året med fire sifre, for eksempel 2025.',
        allocatedNok: 'Beløpet må være hele kroner.',
        spentNok: 'Beløpet kan ikke være negativt.',
        chapterPost: CP,
      },
    });
    expect(readBudgetLine({ ...typed, year: '1989', allocated: '1' }).errors).toEqual({
      year: 'Året må være 1990 eller senere.',
    });
  });

  it('reads a good line, and refuses one with nothing in it at the amount', () => {
    expect(readBudgetLine({ ...typed, allocated: '1.000.000', chapterPost: '440.70' })).toEqual({
      values: { year: 2027, allocatedNok: 1_000_000, spentNok: null, chapterPost: '440.70', withinExisting: false },
    });
    expect(readBudgetLine(typed)).toEqual({ errors: { allocatedNok: EMPTY_LINE_MESSAGE } });
    // «Innenfor gjeldende rammer» alone says the year is covered without new money: a line worth keeping.
    expect(readBudgetLine({ ...typed, withinExisting: true }).values).toMatchObject({ withinExisting: true });
  });
});

describe('a budget line with nothing in it (QA reg §11)', () => {
  const empty = { ...line, allocatedNok: null, spentNok: null, chapterPost: '', withinExisting: false };

  it('is refused at the amount when added or when a change would empty it, writing nothing', async () => {
    const p = memoryPortfolio();
    let before = snapshot(p.db);
    const e = await refused(p, 'budget:add', empty);
    expect(e.fields).toEqual({ allocatedNok: EMPTY_LINE_MESSAGE });
    expect(await refused(p, 'budget:add', { ...empty, chapterPost: '  ' })).toMatchObject({
      fields: { allocatedNok: EMPTY_LINE_MESSAGE },
    });
    expect(snapshot(p.db)).toBe(before);

    const s = await call<BudgetSummary>(p, 'budget:add', { ...empty, allocatedNok: 5 });
    before = snapshot(p.db);
    const l = s.lines[0];
    const e2 = await refused(p, 'budget:update', { id: l.id, version: l.version, changes: { allocatedNok: null } });
    expect(e2.fields).toEqual({ allocatedNok: EMPTY_LINE_MESSAGE });
    expect(snapshot(p.db)).toBe(before);
  });

  it('is taken with only a kap./post or only «innenfor gjeldende rammer»', async () => {
    const p = memoryPortfolio();
    await call(p, 'budget:add', { ...empty, chapterPost: '440.70' });
    const s = await call<BudgetSummary>(p, 'budget:add', { ...empty, year: 2026, withinExisting: true });
    expect(s.lines).toHaveLength(2);
  });

  it('from an older file comes back as it was when its deletion is undone', async () => {
    const p = memoryPortfolio({ user: 'Kari' });
    p.db.prepare('INSERT INTO budget_lines (measure_id, year) VALUES (16, 2034)').run();
    const [old] = (await call<BudgetSummary>(p, 'budget:list', { measureId: 16 })).lines;
    await call(p, 'budget:delete', { id: old.id, version: old.version });
    await call(p, 'history:undo', { scope: { kind: 'measure', id: 16 } });
    const [back] = (await call<BudgetSummary>(p, 'budget:list', { measureId: 16 })).lines;
    expect(back).toMatchObject({ year: 2034, allocatedNok: null, spentNok: null, chapter: null });
  });
});

describe('an unusual budget line is asked about before it is saved (QA reg §11)', () => {
  const v = { year: 2025, allocatedNok: 1_000_000, spentNok: 2_000_000 };

  it('asks about more spent than allocated', () => {
    expect(budgetLineWarnings(v, { endYear: null })).toEqual([
      {
        field: 'spentNok',
        title: 'Mer forbrukt enn bevilget – lagre likevel?',
        text: 'Forbrukt (2\u202f000\u202f000 kr) er mer enn bevilget (1\u202f000\u202f000 kr) for 2025.',
      },
    ]);
    expect(budgetLineWarnings({ ...v, spentNok: 1_000_000 }, { endYear: null })).toEqual([]);
    expect(budgetLineWarnings({ ...v, allocatedNok: null }, { endYear: null })).toEqual([]);
  });

  it('asks about a year two or more years after the measure’s Sluttår, not the year after', () => {
    const ok = { year: 2026, allocatedNok: 1, spentNok: 0 };
    expect(budgetLineWarnings(ok, { endYear: 2025 })).toEqual([]);
    expect(budgetLineWarnings(ok, { endYear: null })).toEqual([]);
    expect(budgetLineWarnings({ ...ok, year: 2034 }, { endYear: 2025 })).toEqual([
      {
        field: 'year',
        title: 'Året er lenge etter tiltakets sluttår – lagre likevel?',
        text: '2034 er 9 år etter tiltakets sluttår (2025).',
      },
    ]);
  });

  it('asks again about a line being changed only for what the change brings', () => {
    const old = { year: 2034, allocatedNok: 1_000_000, spentNok: 2_000_000 };
    expect(budgetLineWarnings(old, { endYear: 2025 }, old)).toEqual([]);
    expect(budgetLineWarnings({ ...old, spentNok: 3_000_000 }, { endYear: 2025 }, old).map((w) => w.field)).toEqual([
      'spentNok',
    ]);
    expect(budgetLineWarnings({ ...old, year: 2035 }, { endYear: 2025 }, old).map((w) => w.field)).toEqual(['year']);
  });
});
