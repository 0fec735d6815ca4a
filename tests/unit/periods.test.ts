// Period arithmetic: tertial boundaries, leap years, parsing, listing since a plan's start, the current period.
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriodOver,
  nextPeriod,
  parsePeriod,
  periodAsOf,
  periodContains,
  periodDays,
  periodEnd,
  periodKey,
  periodLabel,
  periodOf,
  periodsEndingWith,
  periodsSince,
  periodStart,
  previousPeriod,
  type Period,
} from '../../shared/domain/periods.ts';

const t = (year: number, tertial: 1 | 2 | 3): Period => ({ kind: 'tertial', year, tertial });
const y = (year: number): Period => ({ kind: 'year', year });

describe('reporting periods', () => {
  it('parses and writes keys, and refuses what is not a period', () => {
    expect(parsePeriod('2025')).toEqual(y(2025));
    expect(parsePeriod('2025-T2')).toEqual(t(2025, 2));
    expect(parsePeriod(' 2025-t3 ')).toEqual(t(2025, 3));
    expect(parsePeriod('T1 2026')).toEqual(t(2026, 1));
    for (const bad of ['', '25', '2025-T4', '2025-T0', '2025T2', '2025-12', 'T2', '1989', '2101', '2025-T2x'])
      expect(parsePeriod(bad), bad).toBeNull();
    expect(periodKey(t(2025, 2))).toBe('2025-T2');
    expect(periodKey(y(2025))).toBe('2025');
    expect(periodLabel(t(2025, 2))).toBe('T2 2025');
  });

  it('puts the tertial boundaries at the ends of April and August', () => {
    expect([periodStart(t(2025, 1)), periodEnd(t(2025, 1))]).toEqual(['2025-01-01', '2025-04-30']);
    expect([periodStart(t(2025, 2)), periodEnd(t(2025, 2))]).toEqual(['2025-05-01', '2025-08-31']);
    expect([periodStart(t(2025, 3)), periodEnd(t(2025, 3))]).toEqual(['2025-09-01', '2025-12-31']);
    expect([periodStart(y(2025)), periodEnd(y(2025))]).toEqual(['2025-01-01', '2025-12-31']);
    expect(periodOf('2025-04-30', 'tertial')).toEqual(t(2025, 1));
    expect(periodOf('2025-05-01', 'tertial')).toEqual(t(2025, 2));
    expect(periodOf('2025-08-31', 'tertial')).toEqual(t(2025, 2));
    expect(periodOf('2025-09-01', 'tertial')).toEqual(t(2025, 3));
    expect(periodOf('2025-12-31', 'tertial')).toEqual(t(2025, 3));
    expect(periodOf('2026-01-01', 'tertial')).toEqual(t(2026, 1));
    expect(periodContains(t(2025, 2), '2025-04-30')).toBe(false);
    expect(periodContains(t(2025, 2), '2025-05-01')).toBe(true);
    expect(periodContains(t(2025, 2), '2025-08-31T23:59:00Z')).toBe(true);
  });

  it('counts leap days: T1 and the year are a day longer in a leap year, the others never', () => {
    expect(periodDays(t(2024, 1))).toBe(121);
    expect(periodDays(t(2025, 1))).toBe(120);
    expect(periodDays(t(2000, 1))).toBe(121); // divisible by 400: a leap year
    expect(periodDays(t(2100, 1))).toBe(120); // divisible by 100 only: not one
    expect(periodDays(t(2024, 2))).toBe(123);
    expect(periodDays(t(2024, 3))).toBe(122);
    expect(periodDays(y(2024))).toBe(366);
    expect(periodDays(y(2025))).toBe(365);
    expect(periodOf('2024-02-29', 'tertial')).toEqual(t(2024, 1));
    expect(periodContains(t(2024, 1), '2024-02-29')).toBe(true);
  });

  it('steps across year ends both ways and orders years before their tertials', () => {
    expect(previousPeriod(t(2025, 1))).toEqual(t(2024, 3));
    expect(nextPeriod(t(2024, 3))).toEqual(t(2025, 1));
    expect(previousPeriod(t(2025, 3))).toEqual(t(2025, 2));
    expect(previousPeriod(y(2025))).toEqual(y(2024));
    const sorted = [t(2025, 2), y(2025), t(2024, 3), t(2025, 1)].sort(comparePeriods).map(periodKey);
    expect(sorted).toEqual(['2024-T3', '2025', '2025-T1', '2025-T2']);
  });

  it('lists the periods since a plan’s start up to the current one, and the last N', () => {
    const tertials = periodsSince('2016-11-01', '2026-11-27', 'tertial').map(periodKey);
    expect(tertials[0]).toBe('2016-T3');
    expect(tertials.at(-1)).toBe('2026-T3');
    expect(tertials).toHaveLength(3 * 10 + 1);
    expect(periodsSince('2016-11-01', '2026-11-27', 'year').map(periodKey)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2016 + i)),
    );
    expect(periodsEndingWith(t(2025, 1), 4).map(periodKey)).toEqual(['2024-T1', '2024-T2', '2024-T3', '2025-T1']);
  });

  it('knows when a period is over, and reports a running one as of today', () => {
    expect(isPeriodOver(t(2025, 2), '2025-08-31')).toBe(false);
    expect(isPeriodOver(t(2025, 2), '2025-09-01')).toBe(true);
    expect(periodAsOf(t(2025, 2), '2026-11-27')).toBe('2025-08-31');
    expect(periodAsOf(t(2026, 3), '2026-11-27')).toBe('2026-11-27');
  });
});
