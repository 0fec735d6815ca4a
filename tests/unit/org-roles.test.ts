// Issue 11 §8: the API refuses an organisation of the wrong kind in each role (a ministry as agency, an agency as
// owner or co-owner) with a message at the field, and writes nothing; check reports rows that already break it.
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';

describe('organisation kinds in each role of a measure', () => {
  it.each([
    [
      'a ministry as agency',
      { agencies: ['UDI', 'JD'] },
      'agencies',
      /^«JD» er et departement og kan ikke stå som etat/,
    ],
    [
      'an agency as owner',
      { owner: 'POD' },
      'owner',
      /^«POD» er direktorat, ikke et departement, og kan ikke være ansvarlig departement\.$/,
    ],
    [
      'an agency as co-owner',
      { coOwners: ['BFD', 'NIM'] },
      'coOwners',
      /^«NIM» er uavhengig organ, ikke et departement, og kan ikke være medansvarlig/,
    ],
  ])('refuses %s at the field and writes nothing', async (_, changes, field, message) => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    const e = await refused(p, 'measures:update', { id: 1, version: 1, changes });
    expect(e.code).toBe('invalid');
    expect(e.fields?.[field]).toMatch(message);
    expect(e.message).toMatch(message);
    expect(snapshot(p.db)).toBe(before);
  });

  it('accepts ministries as owner and co-owners, and any other kind as agency', async () => {
    const p = memoryPortfolio();
    const m = await call<Measure>(p, 'measures:update', {
      id: 1,
      version: 1,
      changes: { owner: 'JD', coOwners: ['BFD'], agencies: ['POD', 'NIM', 'ROSA', 'KOM'] },
    });
    expect(m.agencies.map((a) => a.abbrev).sort()).toEqual(['KOM', 'NIM', 'POD', 'ROSA']);
    expect(checkPortfolio(p.db).problems).toEqual([]);
  });
});
