// Which organisations the pickers offer on a day (isSelectable): not one whose «gyldig fra» lies ahead (QA: an agency
// «gyldig fra» 31.12.2099 was offered, so a measure could get an owner that does not exist yet), not a retired one,
// and a name renamed away only until the day before its successor starts.
import { describe, expect, it } from 'vitest';
import {
  isSelectable,
  nameInForce,
  retiredOn,
  retirementMark,
  startsLater,
} from '../../shared/domain/organisations.ts';
import type { Organisation } from '../../shared/domain/types.ts';

const TODAY = '2026-11-28';

function org(over: Partial<Organisation> = {}): Organisation {
  return {
    id: 1,
    abbrev: 'QAORG',
    name: 'Justisdepartementet 2',
    kind: 'direktorat',
    parentAbbrev: 'JD',
    validFrom: null,
    validTo: null,
    renamedFromAbbrev: null,
    renamedFromId: null,
    renamedToAbbrev: null,
    retiredFrom: null,
    note: null,
    version: 1,
    ...over,
  };
}

describe('isSelectable', () => {
  it('offers a live organisation without dates, or from today or earlier', () => {
    expect(isSelectable(org(), TODAY)).toBe(true);
    expect(isSelectable(org({ validFrom: '2019-01-01' }), TODAY)).toBe(true);
    expect(isSelectable(org({ validFrom: TODAY }), TODAY)).toBe(true);
  });

  it('does not offer one whose «gyldig fra» lies ahead, until that day', () => {
    const later = org({ validFrom: '2027-03-01' });
    expect(startsLater(later, TODAY)).toBe(true);
    expect(isSelectable(later, TODAY)).toBe(false);
    expect(isSelectable(later, '2027-02-28')).toBe(false);
    expect(isSelectable(later, '2027-03-01')).toBe(true);
    expect(isSelectable(org({ validFrom: '2099-12-31' }), TODAY)).toBe(false);
  });

  it('does not offer a retired one from its «avviklet fra», started or not; offers it until the day before', () => {
    expect(isSelectable(org({ retiredFrom: TODAY }), TODAY)).toBe(false);
    expect(isSelectable(org({ retiredFrom: '2019-01-01' }), TODAY)).toBe(false);
    expect(isSelectable(org({ retiredFrom: '2027-03-01', validFrom: '2027-03-01' }), '2027-03-01')).toBe(false);
    const ahead = org({ retiredFrom: '2027-01-01' });
    expect([isSelectable(ahead, TODAY), isSelectable(ahead, '2026-12-31'), isSelectable(ahead, '2027-01-01')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('offers a name renamed away only until the day before its successor starts', () => {
    // BLD became BFD on 01.01.2019: only BFD is offered today.
    const bld = org({ abbrev: 'BLD', kind: 'departement', validTo: '2018-12-31', renamedToAbbrev: 'BFD' });
    const bfd = org({ id: 2, abbrev: 'BFD', kind: 'departement', validFrom: '2019-01-01', renamedFromId: 1 });
    expect(isSelectable(bld, TODAY)).toBe(false);
    expect(isSelectable(bfd, TODAY)).toBe(true);
    // A rename dated ahead: today's name is offered until the day before, the new one from its day.
    const now = org({ validTo: '2027-01-31', renamedToAbbrev: 'NYORG' });
    const next = org({ id: 2, abbrev: 'NYORG', validFrom: '2027-02-01', renamedFromId: 1 });
    expect([isSelectable(now, TODAY), isSelectable(next, TODAY)]).toEqual([true, false]);
    expect([isSelectable(now, '2027-01-31'), isSelectable(next, '2027-01-31')]).toEqual([true, false]);
    expect([isSelectable(now, '2027-02-01'), isSelectable(next, '2027-02-01')]).toEqual([false, true]);
  });
});

describe('nameInForce (the filters: one name per rename chain, retired ones too)', () => {
  it('is the name that applies on the day, retired or not', () => {
    const now = org({ validTo: '2027-01-31', renamedToAbbrev: 'NYORG' });
    const next = org({ id: 2, abbrev: 'NYORG', validFrom: '2027-02-01', renamedFromId: 1 });
    expect([nameInForce(now, TODAY), nameInForce(next, TODAY)]).toEqual([true, false]);
    expect([nameInForce(now, '2027-02-01'), nameInForce(next, '2027-02-01')]).toEqual([false, true]);
    expect(nameInForce(org({ retiredFrom: '2019-01-01' }), TODAY)).toBe(true);
    expect(nameInForce(org({ validFrom: '2027-03-01' }), TODAY)).toBe(false);
  });
});

describe("retiredOn and the filters' mark", () => {
  it('is retired from its date on, and marked «(avvikles …)» before it and «(avviklet)» from it', () => {
    const ahead = org({ retiredFrom: '2027-01-01' });
    expect([retiredOn(ahead, '2026-12-31'), retiredOn(ahead, '2027-01-01')]).toEqual([false, true]);
    expect(retirementMark(ahead, TODAY)).toBe(' (avvikles 01.01.2027)');
    expect(retirementMark(ahead, '2027-01-01')).toBe(' (avviklet)');
    expect(retirementMark(org(), TODAY)).toBe('');
    expect(retiredOn(org(), '9999-12-31')).toBe(false);
  });
});
