// The rule for corrections after closing (shared/domain/corrections.ts): an update dated D sets the status of every
// period whose end lies on or after D and before the measure's next update; a closed one among them, or one whose
// days include D, is corrected. Edge dates: D on a period's last day, the next update on a period's last day or the
// day after, several closed periods, an update on the same day as an existing one.
import { describe, expect, it } from 'vitest';
import {
  correctionReasonMessage,
  correctionSentence,
  nextUpdateDate,
  periodsChangedBy,
  periodsCorrectedBy,
} from '../../shared/domain/corrections.ts';
import { parsePeriod, periodEnd, periodLabel, periodStart } from '../../shared/domain/periods.ts';

const period = (key: string) => {
  const p = parsePeriod(key)!;
  return { label: periodLabel(p), start: periodStart(p), end: periodEnd(p) };
};
const labels = (ps: { label: string }[]) => ps.map((p) => p.label);
const TERTIALS = ['2025-T3', '2026-T1', '2026-T2', '2026-T3'].map(period);

describe('the periods an update changes', () => {
  it('are those ending on or after its date and before the next update, every later one when there is none', () => {
    expect(labels(periodsChangedBy('2026-03-01', [], TERTIALS))).toEqual(['T1 2026', 'T2 2026', 'T3 2026']);
    expect(labels(periodsChangedBy('2026-03-01', ['2023-12-10'], TERTIALS))).toEqual(['T1 2026', 'T2 2026', 'T3 2026']);
    expect(labels(periodsChangedBy('2026-03-01', ['2023-12-10', '2026-06-15'], TERTIALS))).toEqual(['T1 2026']);
    // Dated on a period's last day, it is what the period ends with.
    expect(labels(periodsChangedBy('2026-04-30', ['2026-05-01'], TERTIALS))).toEqual(['T1 2026']);
    expect(labels(periodsChangedBy('2026-05-01', [], TERTIALS))).toEqual(['T2 2026', 'T3 2026']);
  });

  it('stop at the period whose last day has the next update, and include it when the next is the day after', () => {
    expect(labels(periodsChangedBy('2026-03-01', ['2026-08-31'], TERTIALS))).toEqual(['T1 2026']);
    expect(labels(periodsChangedBy('2026-03-01', ['2026-09-01'], TERTIALS))).toEqual(['T1 2026', 'T2 2026']);
  });

  it('count only later updates as the next: one on the same day is superseded by the new one', () => {
    expect(nextUpdateDate('2026-03-01', ['2026-03-01', '2026-02-01'])).toBeNull();
    expect(nextUpdateDate('2026-03-01', ['2026-10-01', '2026-03-02', '2026-03-01'])).toBe('2026-03-02');
    expect(labels(periodsChangedBy('2026-03-01', ['2026-03-01'], TERTIALS))).toEqual(['T1 2026', 'T2 2026', 'T3 2026']);
  });
});

describe('the closed periods an update corrects', () => {
  it('before a closed period, with no newer update by its end: the later closed period (QA H1)', () => {
    const c = periodsCorrectedBy('2026-03-01', ['2023-12-10'], [period('2026-T2')]);
    expect(labels(c.inside)).toEqual([]);
    expect(labels(c.later)).toEqual(['T2 2026']);
  });

  it('none when a newer update comes before the closed period ends, or on its last day', () => {
    expect(periodsCorrectedBy('2026-03-01', ['2026-06-01'], [period('2026-T2')])).toEqual({ inside: [], later: [] });
    expect(periodsCorrectedBy('2026-03-01', ['2026-08-31'], [period('2026-T2')])).toEqual({ inside: [], later: [] });
    expect(labels(periodsCorrectedBy('2026-03-01', ['2026-09-01'], [period('2026-T2')]).later)).toEqual(['T2 2026']);
  });

  it('a date on a closed period’s last day is inside it; the day after corrects nothing before it', () => {
    expect(labels(periodsCorrectedBy('2026-08-31', [], [period('2026-T2')]).inside)).toEqual(['T2 2026']);
    expect(periodsCorrectedBy('2026-09-01', [], [period('2026-T2')])).toEqual({ inside: [], later: [] });
  });

  it('a date inside a closed period stays a correction even when a newer update in it sets its end', () => {
    const c = periodsCorrectedBy('2026-06-01', ['2026-07-01'], [period('2026-T2')]);
    expect(labels(c.inside)).toEqual(['T2 2026']);
  });

  it('several closed periods: the year holding the date, and the later tertials up to the next update', () => {
    const closed = ['2026-T2', '2025', '2026-T1', '2025-T3'].map(period);
    const none = periodsCorrectedBy('2025-10-01', [], closed);
    expect(labels(none.inside)).toEqual(['2025', 'T3 2025']);
    expect(labels(none.later)).toEqual(['T1 2026', 'T2 2026']);
    const next = periodsCorrectedBy('2025-10-01', ['2026-05-15'], closed);
    expect(labels(next.later)).toEqual(['T1 2026']);
    // Open periods between closed ones are not named: T1 2026 open, T2 2026 closed.
    const gap = periodsCorrectedBy('2025-12-31', [], [period('2025'), period('2026-T2')]);
    expect([labels(gap.inside), labels(gap.later)]).toEqual([['2025'], ['T2 2026']]);
  });
});

describe('what the reason field and the core say', () => {
  it('names the closed periods, in the words used for a date inside one', () => {
    expect(correctionSentence('Datoen', ['T2 2026'], [])).toBe('Datoen er i en lukket periode (T2 2026)');
    expect(correctionSentence('Datoen', [], ['T2 2026'])).toBe(
      'Datoen endrer statusen ved slutten av den lukkede perioden T2 2026',
    );
    expect(correctionSentence('Datoen', ['2025'], ['T1 2026', 'T2 2026'])).toBe(
      'Datoen er i en lukket periode (2025) og endrer statusen ved slutten av de lukkede periodene T1 2026 og T2 2026',
    );
    expect(correctionSentence('Datoen', [], [])).toBe('');
    expect(correctionReasonMessage('2026-03-01', [], ['T2 2026'])).toBe(
      '01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026. ' +
        'Skriv hvorfor statusen korrigeres etter lukking.',
    );
  });
});
