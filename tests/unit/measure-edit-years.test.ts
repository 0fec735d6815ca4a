// A measure's Startår/Sluttår far after its plan: the page asks (measureYearWarnings), the core accepts.
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { measureYearQuestion, measureYearWarnings, planPeriod } from '../../shared/domain/measure-years.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { call } from '../support/api.ts';

// As the reference (shared/domain/reference.json) and resources/seed/frame.json give them.
const strategy = {
  title: 'Nasjonal strategi mot menneskehandel (2025–2030)',
  shortName: 'Strategien 2025–2030',
  startDate: '2025-05-01',
  published: '2025-05',
};
const plan2016 = {
  title: 'Regjeringens handlingsplan mot menneskehandel',
  shortName: 'Handlingsplanen 2016',
  startDate: '2016-11-01',
  published: '2016-11',
};

describe("a plan's period", () => {
  it('is the span in the title for the strategy, and open-ended from its start for the 2016 plan', () => {
    expect(planPeriod(strategy)).toEqual({ first: 2025, last: 2030 });
    expect(planPeriod(plan2016)).toEqual({ first: 2016, last: null });
    expect(planPeriod({ ...plan2016, startDate: null, published: null })).toEqual({ first: null, last: null });
  });
});

describe('a measure year far after its plan', () => {
  it('asks about Sluttår 2099 in the strategy with the years after its period', () => {
    expect(measureYearWarnings({ endYear: 2099 }, strategy, 2026)).toEqual([
      {
        field: 'endYear',
        title: 'Sluttår lenge etter planperioden',
        text: 'Sluttår 2099 er 69 år etter planperioden (2025–2030).',
      },
    ]);
  });

  it('asks from 6 years after the last year, about Startår too, never about a cleared or unsent year', () => {
    expect(measureYearWarnings({ endYear: 2035 }, strategy, 2026)).toEqual([]);
    expect(measureYearWarnings({ endYear: 2036 }, strategy, 2026).map((w) => w.field)).toEqual(['endYear']);
    expect(measureYearWarnings({ startYear: 2040, endYear: 2041 }, strategy, 2026).map((w) => w.field)).toEqual([
      'startYear',
      'endYear',
    ]);
    expect(measureYearWarnings({ startYear: 2040 }, strategy, 2026)[0].text).toBe(
      'Startår 2040 er 10 år etter planperioden (2025–2030).',
    );
    expect(measureYearWarnings({ endYear: null }, strategy, 2026)).toEqual([]);
    expect(measureYearWarnings({}, strategy, 2026)).toEqual([]);
    expect(measureYearWarnings({ startYear: 2016, endYear: 2030 }, strategy, 2026)).toEqual([]);
  });

  it('for the 2016 plan, with no end year, asks from more than 10 years after this year', () => {
    expect(measureYearWarnings({ endYear: 2036 }, plan2016, 2026)).toEqual([]);
    expect(measureYearWarnings({ endYear: 2099 }, plan2016, 2026)).toEqual([
      {
        field: 'endYear',
        title: 'Sluttår langt fram i tid',
        text: 'Sluttår 2099 er 73 år etter i år (2026), og planen har ikke noe sluttår.',
      },
    ]);
    expect(measureYearWarnings({ endYear: 2037 }, undefined, 2026).map((w) => w.field)).toEqual(['endYear']);
  });
});

describe('the question the page asks', () => {
  it('is one question for both years, ending in «Lagre likevel?», going back to the first field', () => {
    expect(measureYearQuestion(measureYearWarnings({ endYear: 2099 }, strategy, 2026))).toEqual({
      title: 'Sluttår lenge etter planperioden',
      text: 'Sluttår 2099 er 69 år etter planperioden (2025–2030). Lagre likevel?',
      field: 'endYear',
    });
    expect(measureYearQuestion(measureYearWarnings({ startYear: 2098, endYear: 2099 }, strategy, 2026))).toEqual({
      title: 'Startår og sluttår lenge etter planperioden',
      text:
        'Startår 2098 er 68 år etter planperioden (2025–2030). Sluttår 2099 er 69 år etter planperioden (2025–2030). ' +
        'Lagre likevel?',
      field: 'startYear',
    });
    expect(measureYearQuestion([])).toBeNull();
  });
});

describe('the core and a far year', () => {
  it('accepts Sluttår 2099: the question is the page’s (end before start: measure-edit.test.ts)', async () => {
    const p = memoryPortfolio();
    const m = await call<Measure>(p, 'measures:update', { id: 1, version: 1, changes: { endYear: 2099 } });
    expect(m.endYear).toBe(2099);
  });
});
