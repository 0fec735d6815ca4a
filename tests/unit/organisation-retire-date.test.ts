// «Avvikle» from a date (the core, against a real SQLite file in memory): back to the organisation's «gyldig fra»,
// or up to a year ahead; the pickers' rule, the rounds' recipients and a new organisation's parent follow the date;
// records keep naming it; bad dates are refused at the field with nothing written; undo and redo put the date back,
// also an undo written before «Avvikle» took a date. Today is 23.11.2026 (FIXED_NOW).
import { describe, expect, it } from 'vitest';
import { writeTx } from '../../electron/core/db/tx.ts';
import { setOrganisationRetiredFrom } from '../../electron/core/repositories/organisations.repo.ts';
import { recordChange } from '../../electron/core/services/change-log.service.ts';
import { getMeasure } from '../../electron/core/services/measures.service.ts';
import type { RoundInfo } from '../../shared/api/rounds.contract.ts';
import { isSelectable } from '../../shared/domain/organisations.ts';
import type { Organisation } from '../../shared/domain/types.ts';
import { call } from '../support/api.ts';
import { expectRefused, org } from '../support/org-calls.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';

const ORGS = { scope: { kind: 'organisations' } };

function retire(p: TestPortfolio, abbrev: string, retiredFrom: string | null) {
  const o = org(p, abbrev);
  return call<Organisation>(p, 'organisations:retire', { id: o.id, expectedVersion: o.version, retiredFrom });
}

describe('retiring from a date', () => {
  it('takes a date ahead: offered until the day before, named on its measures before and after', async () => {
    const p = memoryPortfolio();
    const hod = await retire(p, 'HOD', '2027-01-01');
    expect(hod.retiredFrom).toBe('2027-01-01');
    expect([isSelectable(hod, '2026-11-23'), isSelectable(hod, '2026-12-31'), isSelectable(hod, '2027-01-01')]).toEqual(
      [true, true, false],
    );
    // History and exports name it as they did: the retirement changes no name at any date.
    for (const day of ['2026-11-23', '2027-01-01', '2027-06-30'])
      expect(getMeasure(p.db, 16, day).owner).toMatchObject({ abbrev: 'HOD', name: hod.name });
  });

  it('takes a date back to its «gyldig fra», and refuses one before it at the field, writing nothing', async () => {
    const p = memoryPortfolio();
    // BFD's name began 01.01.2019 (BLD before it).
    const bfd = org(p, 'BFD');
    const err = await expectRefused(
      p,
      'organisations:retire',
      { id: bfd.id, expectedVersion: bfd.version, retiredFrom: '2018-12-31' },
      'invalid',
      {
        retiredFrom:
          'Datoen kan ikke være før 01.01.2019, da dagens navn ble tatt i bruk. Bruk 01.01.2019 eller en senere dato.',
      },
    );
    expect(err?.message).toBeTruthy();
    expect((await retire(p, 'BFD', '2019-01-01')).retiredFrom).toBe('2019-01-01');
    // JD began 01.01.2012 under its own name.
    const jd = org(p, 'JD');
    await expectRefused(
      p,
      'organisations:retire',
      { id: jd.id, expectedVersion: jd.version, retiredFrom: '2011-06-30' },
      'invalid',
      { retiredFrom: expect.stringContaining('da organisasjonen ble gyldig') },
    );
    // One without a «gyldig fra» takes any past date.
    expect((await retire(p, 'HOD', '2015-03-01')).retiredFrom).toBe('2015-03-01');
  });

  it('refuses a date more than a year ahead, an impossible date or none, at the field, writing nothing', async () => {
    const p = memoryPortfolio();
    const hod = org(p, 'HOD');
    const refused = (retiredFrom: unknown, message: unknown) =>
      expectRefused(p, 'organisations:retire', { id: hod.id, expectedVersion: hod.version, retiredFrom }, 'invalid', {
        retiredFrom: message,
      });
    await refused(
      '2027-11-24',
      '24.11.2027 er mer enn ett år frem i tid. Bruk en dato til og med 23.11.2027, ' +
        'eller avvikle organisasjonen nærmere datoen.',
    );
    await refused('2026-02-30', 'Datoen er ikke en gyldig dato (bruk ÅÅÅÅ-MM-DD).');
    await refused('', 'Skriv datoen organisasjonen er avviklet fra.');
    await refused(undefined, 'Skriv datoen organisasjonen er avviklet fra.');
    await refused(true, 'Skriv datoen organisasjonen er avviklet fra.');
    expect((await retire(p, 'HOD', '2027-11-23')).retiredFrom).toBe('2027-11-23');
  });

  it('refuses to retire a name renamed away: the newest name is the one to retire', async () => {
    const p = memoryPortfolio();
    const bld = org(p, 'BLD');
    const err = await expectRefused(
      p,
      'organisations:retire',
      { id: bld.id, expectedVersion: bld.version, retiredFrom: '2026-11-23' },
      'invalid',
    );
    expect(err?.message).toBe(
      '«BLD» har fått nytt navn (BFD – Barne- og familiedepartementet). Avvikle den nyeste utgaven.',
    );
  });

  it('lets a ministry retiring ahead be the parent of one starting before its date, not after', async () => {
    const p = memoryPortfolio();
    const fin = await retire(p, 'FIN', '2027-01-01');
    const child = { name: 'Ny etat', kind: 'etat', parentId: fin.id };
    await call(p, 'organisations:add', { ...child, abbrev: 'NYETAT' });
    await expectRefused(p, 'organisations:add', { ...child, abbrev: 'SENERE', validFrom: '2027-02-01' }, 'invalid', {
      parentId: 'Finansdepartementet er avviklet fra 01.01.2027 og kan ikke velges.',
    });
  });

  it('asks a ministry retiring ahead in a new round, not one retired by today', async () => {
    const recipients = async (abbrev: string, retiredFrom: string) => {
      const p = memoryPortfolio({ example: true });
      await retire(p, abbrev, retiredFrom);
      const round = await call<RoundInfo>(p, 'rounds:create', { period: '2026-T3', deadline: '2026-12-15' });
      return round.recipients.map((r) => r.abbrev);
    };
    const all = await recipients('FIN', '2027-01-01');
    expect(all).toContain('HOD');
    expect(await recipients('HOD', '2027-01-01')).toEqual(all);
    expect(await recipients('HOD', '2026-11-23')).toEqual(all.filter((a) => a !== 'HOD'));
  });
});

describe('undoing a retirement', () => {
  it('takes the date away and puts it back, also once it is more than a year ahead', async () => {
    const p = memoryPortfolio();
    await retire(p, 'HOD', '2027-11-01');
    await call(p, 'history:undo', ORGS);
    expect(org(p, 'HOD').retiredFrom).toBeNull();
    p.setNow(new Date('2026-10-01T09:00:00.000Z'));
    await call(p, 'history:redo', ORGS);
    expect(org(p, 'HOD').retiredFrom).toBe('2027-11-01');
    // Reopening is undone to the same date.
    await retire(p, 'HOD', null);
    await call(p, 'history:undo', ORGS);
    expect(org(p, 'HOD').retiredFrom).toBe('2027-11-01');
  });

  it('applies an undo written before «Avvikle» took a date (retired: false reopens, true retires today)', async () => {
    const p = memoryPortfolio();
    const hod = org(p, 'HOD');
    // As an older app left it: HOD retired, its undo saying «retired: false»; migration 0018 dated the retirement.
    writeTx(p.db, () => {
      setOrganisationRetiredFrom(p.db, hod.id, hod.version, '2026-05-04');
      recordChange(p.db, { now: p.now(), user: p.user() }, { kind: 'organisations' }, 'avvikling av HOD', {
        op: 'organisations:retire',
        input: { id: hod.id, expectedVersion: hod.version + 1, retired: false },
        record: { key: `org:${hod.id}`, version: hod.version + 1, field: 'expectedVersion' },
      });
    });
    await call(p, 'history:undo', ORGS);
    expect(org(p, 'HOD').retiredFrom).toBeNull();
    await call(p, 'history:redo', ORGS);
    expect(org(p, 'HOD').retiredFrom).toBe('2026-05-04');
    // An older reopening of FIN, its undo saying «retired: true»: undone, FIN is retired as of today.
    const fin = org(p, 'FIN');
    recordChange(p.db, { now: p.now(), user: p.user() }, { kind: 'organisations' }, 'gjenåpning av FIN', {
      op: 'organisations:retire',
      input: { id: fin.id, expectedVersion: fin.version, retired: true },
      record: { key: `org:${fin.id}`, version: fin.version, field: 'expectedVersion' },
    });
    await call(p, 'history:undo', ORGS);
    expect(org(p, 'FIN').retiredFrom).toBe('2026-11-23');
  });
});
