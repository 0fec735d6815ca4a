import { describe, expect, it } from 'vitest';
import { parseChapterPost } from '../../shared/domain/chapter-post.ts';
import type { BudgetSummary, TimelineEntry } from '../../shared/domain/types.ts';
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
