import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/repositories/audit.repo.ts';
import { insertCoOwner } from '../../electron/core/repositories/measures.repo.ts';
import { getMeasure, listMeasures } from '../../electron/core/services/measures.service.ts';
import { orgDirectory } from '../../electron/core/services/organisations.service.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import type { Organisation } from '../../shared/domain/types.ts';
import { call } from '../support/api.ts';
import { expectRefused, org } from '../support/org-calls.ts';
import { memoryPortfolio } from '../support/portfolio.ts';

describe('adding an organisation', () => {
  it('adds an agency under a ministry, abbreviation in upper case, with an audit entry, and lists it', async () => {
    const p = memoryPortfolio();
    const hod = org(p, 'HOD');
    const added = await call<Organisation>(p, 'organisations:add', {
      abbrev: ' Fhi ',
      name: 'Folkehelseinstituttet',
      kind: 'etat',
      parentId: hod.id,
    });
    // Stored upper-cased, as every other abbreviation in the registry (QA reg §8: «qaorg» stayed lower case).
    expect(added).toMatchObject({
      abbrev: 'FHI',
      name: 'Folkehelseinstituttet',
      kind: 'etat',
      parentAbbrev: 'HOD',
      retiredFrom: null,
      version: 1,
    });
    expect(listAudit(p.db, 'organisation', added.id)).toMatchObject([
      { action: 'create', author: 'Test Testesen', new_value: 'FHI – Folkehelseinstituttet' },
    ]);
    const listed = await call<Organisation[]>(p, 'organisations:list', {});
    expect(listed.some((o) => o.id === added.id)).toBe(true);
  });

  it('refuses an abbreviation already used, ignoring case, also by an old name', async () => {
    const p = memoryPortfolio();
    await expectRefused(p, 'organisations:add', { abbrev: 'udi', name: 'Noe annet', kind: 'uavhengig' }, 'invalid', {
      abbrev: 'Forkortelsen «UDI» er allerede brukt av Utlendingsdirektoratet. Velg en annen.',
    });
    // BLD is the pre-2019 name of BFD: taking it for something else would make old records ambiguous.
    await expectRefused(p, 'organisations:add', { abbrev: 'BLD', name: 'Noe annet', kind: 'uavhengig' }, 'invalid', {
      abbrev: expect.stringContaining('allerede brukt'),
    });
  });

  it('refuses bad input at the field, writing nothing', async () => {
    const p = memoryPortfolio();
    const jd = org(p, 'JD');
    const pod = org(p, 'POD');
    const cases: [unknown, Record<string, unknown>][] = [
      [{ abbrev: '', name: 'X', kind: 'etat', parentId: jd.id }, { abbrev: 'Skriv en forkortelse.' }],
      [
        { abbrev: 'X'.repeat(21), name: 'X', kind: 'etat', parentId: jd.id },
        { abbrev: expect.stringContaining('20 tegn') },
      ],
      [
        { abbrev: '<X>', name: 'X', kind: 'etat', parentId: jd.id },
        { abbrev: expect.stringContaining('bare ha bokstaver') },
      ],
      [{ abbrev: 'NY', name: '   ', kind: 'etat', parentId: jd.id }, { name: 'Skriv navnet.' }],
      [
        { abbrev: 'NY', name: 'N'.repeat(201), kind: 'etat', parentId: jd.id },
        { name: expect.stringContaining('200 tegn') },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'kommune', parentId: jd.id },
        { kind: 'Velg en type organisasjon fra listen.' },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'direktorat' },
        { parentId: 'Velg departementet organisasjonen ligger under.' },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'departement', parentId: jd.id },
        { parentId: 'Et departement kan ikke ligge under et annet departement.' },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'direktorat', parentId: pod.id },
        { parentId: 'Velg et departement fra listen.' },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'direktorat', parentId: 9999 },
        { parentId: 'Velg et departement fra listen.' },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'direktorat', parentId: org(p, 'BLD').id },
        { parentId: expect.stringContaining('har fått nytt navn') },
      ],
      [
        { abbrev: 'NY', name: 'Ny', kind: 'uavhengig', validFrom: '2025-02-30' },
        { validFrom: expect.stringContaining('gyldig dato') },
      ],
    ];
    for (const [input, fields] of cases) await expectRefused(p, 'organisations:add', input, 'invalid', fields);
  });

  it('refuses «gyldig fra» over a year ahead at the field, writing nothing; takes one within the year', async () => {
    // Today is 23.11.2026 (FIXED_NOW). QA reg §8: 31.12.2099 was taken, and the organisation offered in pickers.
    const p = memoryPortfolio();
    const jd = org(p, 'JD');
    const input = { abbrev: 'qaorg', name: 'Justisdepartementet 2', kind: 'direktorat', parentId: jd.id };
    await expectRefused(p, 'organisations:add', { ...input, validFrom: '2099-12-31' }, 'invalid', {
      validFrom:
        '31.12.2099 er mer enn ett år frem i tid. Bruk en dato til og med 23.11.2027, ' +
        'eller legg til organisasjonen nærmere datoen.',
    });
    await expectRefused(p, 'organisations:add', { ...input, validFrom: '2027-11-24' }, 'invalid', {
      validFrom: expect.stringContaining('mer enn ett år frem i tid'),
    });
    const added = await call<Organisation>(p, 'organisations:add', { ...input, validFrom: '2027-11-23' });
    expect(added).toMatchObject({ abbrev: 'QAORG', validFrom: '2027-11-23' });
    // Its deletion undone brings it back as it was, also once the date is more than a year ahead.
    await call(p, 'organisations:delete', { id: added.id, expectedVersion: added.version });
    p.setNow(new Date('2026-11-20T09:00:00.000Z'));
    await call(p, 'history:undo', { scope: { kind: 'organisations' } });
    expect(org(p, 'QAORG')).toMatchObject({ validFrom: '2027-11-23' });
  });

  it('allows an independent body or an NGO without a parent, and refuses a retired parent', async () => {
    const p = memoryPortfolio();
    await call(p, 'organisations:add', { abbrev: 'NY', name: 'Ny stiftelse', kind: 'organisasjon' });
    const fin = org(p, 'FIN');
    await call(p, 'organisations:retire', { id: fin.id, expectedVersion: fin.version, retiredFrom: '2026-11-23' });
    await expectRefused(
      p,
      'organisations:add',
      { abbrev: 'NY2', name: 'Ny', kind: 'etat', parentId: fin.id },
      'invalid',
      { parentId: 'Finansdepartementet er avviklet fra 23.11.2026 og kan ikke velges.' },
    );
  });
});

describe('renaming from a date', () => {
  it('closes the old row the day before and keeps the old name at old dates', async () => {
    const p = memoryPortfolio();
    const hod = org(p, 'HOD');
    const renamed = await call<Organisation>(p, 'organisations:rename', {
      id: hod.id,
      expectedVersion: hod.version,
      fromDate: '2026-01-01',
      abbrev: 'HSD',
      name: 'Helse- og sosialdepartementet',
    });
    expect(renamed).toMatchObject({
      abbrev: 'HSD',
      name: 'Helse- og sosialdepartementet',
      validFrom: '2026-01-01',
      validTo: null,
      renamedFromAbbrev: 'HOD',
    });
    expect(org(p, 'HOD')).toMatchObject({ validTo: '2025-12-31', renamedToAbbrev: 'HSD', version: hod.version + 1 });
    // Measure 16 of the 2016 plan is owned by HOD: the name valid at each date.
    expect(getMeasure(p.db, 16, '2025-12-31').owner).toMatchObject({
      abbrev: 'HOD',
      name: 'Helse- og omsorgsdepartementet',
    });
    expect(getMeasure(p.db, 16, '2026-01-01').owner).toMatchObject({
      abbrev: 'HSD',
      name: 'Helse- og sosialdepartementet',
    });
    // HDIR's parent is shown by its current name.
    expect(org(p, 'HDIR').parentAbbrev).toBe('HSD');
    // A filter on either name finds the measure linked to the old row.
    const dir = orgDirectory(p.db);
    expect(dir.chainIds('hsd')).toEqual([hod.id, renamed.id]);
    expect(dir.chainIds('HOD')).toEqual([hod.id, renamed.id]);
    expect(
      listAudit(p.db, 'organisation', renamed.id).map((a) => [a.action, a.field, a.old_value, a.new_value]),
    ).toEqual(
      expect.arrayContaining([
        ['rename', 'abbrev', 'HOD', 'HSD'],
        ['rename', 'name', 'Helse- og omsorgsdepartementet', 'Helse- og sosialdepartementet'],
      ]),
    );
    expect(checkPortfolio(p.db).problems).toEqual([]);
  });

  it('renames only the name, keeping the abbreviation, and again later along the chain', async () => {
    const p = memoryPortfolio();
    const ud = org(p, 'UD');
    const first = await call<Organisation>(p, 'organisations:rename', {
      id: ud.id,
      expectedVersion: ud.version,
      fromDate: '2024-07-01',
      abbrev: 'UD',
      name: 'Utenriks- og utviklingsdepartementet',
    });
    expect(first).toMatchObject({ abbrev: 'UD', renamedFromAbbrev: 'UD' });
    expect(orgDirectory(p.db).byAbbrev('ud')?.id).toBe(first.id);
    const second = await call<Organisation>(p, 'organisations:rename', {
      id: first.id,
      expectedVersion: first.version,
      fromDate: '2025-01-01',
      abbrev: 'UUD',
      name: 'Utenriks- og utviklingsdepartementet',
    });
    const dir = orgDirectory(p.db);
    expect(dir.refAt(ud.id, '2024-06-30').name).toBe('Utenriksdepartementet');
    expect(dir.refAt(ud.id, '2024-07-01')).toMatchObject({
      abbrev: 'UD',
      name: 'Utenriks- og utviklingsdepartementet',
    });
    expect(dir.refAt(ud.id, '2025-01-01').abbrev).toBe('UUD');
    expect(dir.chainIds('UD')).toEqual([ud.id, first.id, second.id]);
  });

  it('lets the register find a measure linked to BLD by BFD and shows the name valid at the date', async () => {
    const p = memoryPortfolio();
    const m = listMeasures(p.db, { asOf: '2017-01-01' })[0];
    insertCoOwner(p.db, m.id, org(p, 'BLD').id);
    expect(getMeasure(p.db, m.id, '2017-01-01').coOwners[0]).toMatchObject({ abbrev: 'BLD' });
    expect(getMeasure(p.db, m.id, '2024-01-01').coOwners[0]).toMatchObject({
      abbrev: 'BFD',
      name: 'Barne- og familiedepartementet',
    });
    expect(orgDirectory(p.db).chainIds('BFD')).toContain(org(p, 'BLD').id);
  });

  it('refuses bad renames, writing nothing', async () => {
    const p = memoryPortfolio();
    const bfd = org(p, 'BFD'); // valid from 2019-01-01
    const bld = org(p, 'BLD');
    const base = { id: bfd.id, expectedVersion: bfd.version, fromDate: '2026-01-01', abbrev: 'BFD', name: 'Nytt navn' };
    await expectRefused(p, 'organisations:rename', { ...base, fromDate: '2019-01-01' }, 'invalid', {
      fromDate: 'Datoen må være etter 01.01.2019, da dagens navn ble tatt i bruk.',
    });
    await expectRefused(p, 'organisations:rename', { ...base, fromDate: '2026-13-01' }, 'invalid', {
      fromDate: expect.stringContaining('gyldig dato'),
    });
    await expectRefused(p, 'organisations:rename', { ...base, fromDate: '2099-12-31' }, 'invalid', {
      fromDate:
        '31.12.2099 er mer enn ett år frem i tid. Bruk en dato til og med 23.11.2027, ' +
        'eller gi nytt navn nærmere datoen.',
    });
    await expectRefused(p, 'organisations:rename', { ...base, fromDate: undefined }, 'invalid', {
      fromDate: 'Datoen mangler.',
    });
    await expectRefused(p, 'organisations:rename', { ...base, name: 'Barne- og familiedepartementet' }, 'invalid', {
      name: 'Skriv et nytt navn eller en ny forkortelse.',
    });
    await expectRefused(p, 'organisations:rename', { ...base, name: '' }, 'invalid', { name: 'Skriv navnet.' });
    await expectRefused(p, 'organisations:rename', { ...base, abbrev: 'jd' }, 'invalid', {
      abbrev: 'Forkortelsen «JD» er allerede brukt av Justis- og beredskapsdepartementet. Velg en annen.',
    });
    await expectRefused(p, 'organisations:rename', { ...base, expectedVersion: bfd.version + 1 }, 'conflict');
    await expectRefused(p, 'organisations:rename', { ...base, id: 9999 }, 'not-found');
    const old = await expectRefused(
      p,
      'organisations:rename',
      { ...base, id: bld.id, expectedVersion: bld.version },
      'invalid',
    );
    expect(old?.message).toContain('har allerede fått nytt navn');
  });

  it('may take back an abbreviation from its own chain (BFD → BLD again)', async () => {
    const p = memoryPortfolio();
    const bfd = org(p, 'BFD');
    const back = await call<Organisation>(p, 'organisations:rename', {
      id: bfd.id,
      expectedVersion: bfd.version,
      fromDate: '2027-01-01',
      abbrev: 'BLD',
      name: 'Barne- og likestillingsdepartementet',
    });
    expect(back.renamedFromAbbrev).toBe('BFD');
  });
});
