import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILTER_URL_PARAMS, filterToParams, measureFilter, paramsToFilter } from '../../shared/api/filter.ts';

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

describe('the URL filter read without zod (view-params.ts) and the API’s zod schema', () => {
  // The renderer reads its URL without zod (start-up JavaScript); the API validates with measureFilter. For any
  // URL, both must keep the same fields with the same values.
  const withZod = (params: URLSearchParams) => {
    const raw: Record<string, unknown> = {};
    const lists = ['plans', 'parts', 'ministries', 'agencies', 'obligations', 'statuses', 'assessments'];
    for (const [key, name] of Object.entries(FILTER_URL_PARAMS)) {
      const v = params.get(name);
      if (v === null || v === '') continue;
      if (lists.includes(key)) {
        const items = v.split(',').filter(Boolean);
        raw[key] = key === 'parts' ? items.map(Number) : items;
      } else raw[key] = key === 'staleMonths' ? Number(v) : key === 'unplaced' ? v === 'ja' : v;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const one = measureFilter.safeParse({ [key]: value });
      if (one.success) out[key] = (one.data as Record<string, unknown>)[key];
    }
    return out;
  };
  const piece = fc.oneof(
    fc.constantFrom(
      'strategi-2025-2030',
      'handlingsplan-2016',
      'Ukjent',
      'pagar',
      'ingen-status',
      'ferdig',
      'gul',
      'rod',
      'blå',
      ' HOD ',
      '',
      '0',
      '6',
      '241',
      '1.5',
      '-3',
      '2024-02-29',
      '2023-02-29',
      'ja',
      'nei',
      'x'.repeat(41),
      'G3-01',
      'x'.repeat(31),
      Array.from({ length: 51 }, (_, i) => `G${i}`).join(','),
    ),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    piece,
    fc.array(piece, { maxLength: 3 }).map((a) => a.join(',')),
    fc.string({ minLength: 195, maxLength: 205 }),
  );

  it('keeps and drops the same fields as the schema, for any parameters', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.values(FILTER_URL_PARAMS)), value), (dict) => {
        const params = new URLSearchParams(dict);
        expect(paramsToFilter(params)).toEqual(withZod(params));
      }),
      { numRuns: 2000 },
    );
  });
});
