import { describe, expect, it } from 'vitest';
import { filterToParams, paramsToFilter } from '../../shared/api/filter.ts';

describe('the shared measure filter in the URL', () => {
  it('round-trips through URL parameters', () => {
    const f = {
      plans: ['strategi-2025-2030' as const],
      parts: [5, 6],
      ministries: ['HOD'],
      assessments: ['rod' as const],
      staleMonths: 6,
      q: 'helsedir',
    };
    const params = filterToParams(f);
    expect(params).toEqual({
      plan: 'strategi-2025-2030',
      part: '5,6',
      ministry: 'HOD',
      assessment: 'rod',
      stale: '6',
      q: 'helsedir',
    });
    expect(paramsToFilter(new URLSearchParams(params))).toEqual(f);
  });

  it('drops invalid parameters instead of trusting them', () => {
    expect(paramsToFilter(new URLSearchParams('status=ferdig&assessment=gul&asOf=2024-02-30'))).toEqual({
      assessments: ['gul'],
    });
  });

  it('carries «Ingen status registrert» and «Ikke plassert» (a chart’s «Uten hoveddel») through the URL', () => {
    const f = { plans: ['handlingsplan-2016'], unplaced: true, statuses: ['ingen-status' as const] };
    const params = filterToParams(f);
    expect(params).toEqual({ plan: 'handlingsplan-2016', uplassert: 'ja', status: 'ingen-status' });
    expect(paramsToFilter(new URLSearchParams(params))).toEqual(f);
    expect(filterToParams({ unplaced: false })).toEqual({});
  });
});
