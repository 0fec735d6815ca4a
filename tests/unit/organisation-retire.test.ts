// The organisation registry: retiring (from a date: organisation-retire-date.test.ts) and reopening, deleting an
// unused organisation, refusing one in use.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/repositories/audit.repo.ts';
import { insertCoOwner } from '../../electron/core/repositories/measures.repo.ts';
import { getMeasure, listMeasures } from '../../electron/core/services/measures.service.ts';
import { orgDirectory } from '../../electron/core/services/organisations.service.ts';
import type { Organisation } from '../../shared/domain/types.ts';
import { call } from '../support/api.ts';
import { expectRefused, org } from '../support/org-calls.ts';
import { memoryPortfolio } from '../support/portfolio.ts';

describe('retiring and deleting', () => {
  it('retires from a date and reopens, versioned and audited; a retired one still shows on old records', async () => {
    const p = memoryPortfolio();
    const hod = org(p, 'HOD');
    const retired = await call<Organisation>(p, 'organisations:retire', {
      id: hod.id,
      expectedVersion: hod.version,
      retiredFrom: '2026-11-23',
    });
    expect(retired).toMatchObject({ retiredFrom: '2026-11-23', version: hod.version + 1 });
    expect(getMeasure(p.db, 16, '2026-11-23').owner?.abbrev).toBe('HOD');
    await expectRefused(
      p,
      'organisations:retire',
      { id: hod.id, expectedVersion: hod.version, retiredFrom: null },
      'conflict',
    );
    const again = await expectRefused(
      p,
      'organisations:retire',
      { id: hod.id, expectedVersion: retired.version, retiredFrom: '2026-12-01' },
      'invalid',
    );
    expect(again?.message).toBe(
      'Helse- og omsorgsdepartementet er avviklet fra 23.11.2026. Gjenåpne den først for å velge en annen dato.',
    );
    const reopened = await call<Organisation>(p, 'organisations:retire', {
      id: hod.id,
      expectedVersion: retired.version,
      retiredFrom: null,
    });
    expect(reopened.retiredFrom).toBeNull();
    await expectRefused(
      p,
      'organisations:retire',
      { id: hod.id, expectedVersion: reopened.version, retiredFrom: null },
      'invalid',
    );
    expect(listAudit(p.db, 'organisation', hod.id).map((a) => [a.action, a.field, a.old_value, a.new_value])).toEqual([
      ['unretire', 'retired_from', '2026-11-23', null],
      ['retire', 'retired_from', null, '2026-11-23'],
    ]);
  });

  it('refuses to rename a retired organisation, and one retired from a date ahead', async () => {
    const p = memoryPortfolio();
    for (const [abbrev, retiredFrom, why] of [
      ['FIN', '2026-01-01', 'er avviklet fra 01.01.2026. Gjenåpne den før du gir den nytt navn.'],
      ['HOD', '2027-01-01', 'avvikles fra 01.01.2027. Opphev avviklingen før du gir den nytt navn.'],
    ]) {
      const o = org(p, abbrev);
      const r = await call<Organisation>(p, 'organisations:retire', {
        id: o.id,
        expectedVersion: o.version,
        retiredFrom,
      });
      const err = await expectRefused(
        p,
        'organisations:rename',
        { id: o.id, expectedVersion: r.version, fromDate: '2026-06-01', abbrev, name: 'X' },
        'invalid',
      );
      expect(err?.message).toBe(`${o.name} ${why}`);
    }
  });

  it('deletes an unused organisation, with an audit entry', async () => {
    const p = memoryPortfolio();
    const added = await call<Organisation>(p, 'organisations:add', {
      abbrev: 'FEIL',
      name: 'Skrevet feil',
      kind: 'uavhengig',
    });
    await expect(call(p, 'organisations:delete', { id: added.id, expectedVersion: added.version })).resolves.toEqual({
      id: added.id,
    });
    expect(orgDirectory(p.db).byAbbrev('FEIL')).toBeUndefined();
    expect(listAudit(p.db, 'organisation', added.id)[0]).toMatchObject({
      action: 'delete',
      old_value: 'FEIL – Skrevet feil',
    });
  });

  it('refuses to delete an organisation in use, and says it can be retired instead', async () => {
    const p = memoryPortfolio();
    const cases: [string, string][] = [
      ['HOD', 'ansvarlig for 1 tiltak'],
      ['HDIR', 'etat på 1 tiltak'],
      ['JD', 'overordnet for'],
      ['BLD', 'del av en navnehistorikk'],
      ['BFD', 'del av en navnehistorikk'],
    ];
    for (const [abbrev, why] of cases) {
      const o = org(p, abbrev);
      const err = await expectRefused(p, 'organisations:delete', { id: o.id, expectedVersion: o.version }, 'invalid');
      expect(err?.message).toContain(why);
      expect(err?.message).toContain('Du kan avvikle den i stedet');
    }
    const ud = org(p, 'UD');
    const m = listMeasures(p.db, { asOf: '2026-01-01' })[1];
    insertCoOwner(p.db, m.id, ud.id);
    const err = await expectRefused(p, 'organisations:delete', { id: ud.id, expectedVersion: ud.version }, 'invalid');
    expect(err?.message).toContain('medansvarlig for 1 tiltak');
  });

  it('refuses a stale or unknown delete', async () => {
    const p = memoryPortfolio();
    const added = await call<Organisation>(p, 'organisations:add', {
      abbrev: 'FEIL',
      name: 'Skrevet feil',
      kind: 'uavhengig',
    });
    await expectRefused(p, 'organisations:delete', { id: added.id, expectedVersion: 7 }, 'conflict');
    await expectRefused(p, 'organisations:delete', { id: 9999, expectedVersion: 1 }, 'not-found');
    await expectRefused(p, 'organisations:delete', { id: 'x', expectedVersion: 1 }, 'invalid');
  });
});
