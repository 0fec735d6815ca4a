// Migration 0016: abbreviations typed in lower case before the registry upper-cased them («qaorg») are stored upper
// case as normaliseAbbrev makes them, on a real file made by the previous schema and opened by the app: links (owner,
// co-owners, agencies, round recipients, parents, rename chains) keep pointing where they did, and two organisations
// that would end with the same abbreviation are both left as they were.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { openPortfolio } from '../../electron/core/files/open-portfolio.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { normaliseAbbrev } from '../../shared/domain/organisations.ts';
import type { Measure } from '../../shared/domain/types.ts';
import { cli } from '../support/cli.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { RESOURCES, tempDir } from '../support/portfolio.ts';

const version = loadMigrations(RESOURCES).find((m) => m.name.endsWith('_abbreviations_upper_case.sql'))!.version;

interface Row {
  id: number;
  abbrev: string;
  [column: string]: unknown;
}

/** Where a row sits in a rename chain: its «gyldig fra» and «til», and the row it was renamed from. */
interface Chain {
  from?: string;
  to?: string;
  prev?: number;
}

/** A file as the previous schema's app left it, with organisations typed in lower case and linked everywhere. */
function oldFile(path: string): Record<string, number> {
  const db = fileAtSchema(version - 1, { path });
  const jd = (db.prepare("SELECT id FROM organisations WHERE abbrev = 'JD' AND valid_to IS NULL").get() as Row).id;
  const add = db.prepare(
    `INSERT INTO organisations (abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const org = (abbrev: string, name: string, kind: string, parent: number | null, o: Chain = {}) =>
    Number(add.run(abbrev, name, kind, parent, o.from ?? null, o.to ?? null, o.prev ?? null).lastInsertRowid);
  const ids: Record<string, number> = {};
  ids.qaorg = org('qaorg', 'Justisdirektoratet 2', 'direktorat', jd);
  ids.nydep = org('nydep', 'Nytt departement', 'departement', null);
  ids.Nyetat = org('Nyetat', 'Ny etat', 'etat', ids.nydep);
  // A name-only rename in lower case, and a chain whose successor was typed after upper-casing began.
  ids.gmlOld = org('gmldir', 'Gammelt direktorat', 'direktorat', jd, { to: '2020-12-31' });
  ids.gmlNew = org('gmldir', 'Gamle direktoratet', 'direktorat', jd, { from: '2021-01-01', prev: ids.gmlOld });
  ids.aeOld = org('ærfdir', 'Ærfdirektoratet', 'direktorat', jd, { to: '2021-12-31' });
  ids.aeNew = org('ÆRFDIR', 'Ærfdirektoratet nytt', 'direktorat', jd, { from: '2022-01-01', prev: ids.aeOld });
  // Two organisations that upper-casing would give one abbreviation (NOCASE folds only a–z, so both could be saved).
  ids.ostLower = org('østdir', 'Østdirektoratet', 'direktorat', jd);
  ids.ostUpper = org('ØSTDIR', 'Østlandsdirektoratet', 'direktorat', jd);
  // A letter this migration cannot upper-case as normaliseAbbrev does: left for the registry.
  ids.other = org('ǆdir', 'Digrafdirektoratet', 'direktorat', jd);

  db.prepare('UPDATE measures SET owner_id = ? WHERE id = 2').run(ids.nydep);
  db.prepare('INSERT INTO measure_co_owners (measure_id, org_id) VALUES (3, ?)').run(ids.nydep);
  const agency = db.prepare('INSERT INTO measure_agencies (measure_id, org_id) VALUES (?, ?)');
  for (const a of ['qaorg', 'Nyetat', 'gmlOld', 'aeNew', 'ostLower', 'ostUpper']) agency.run(1, ids[a]);
  db.prepare(
    `INSERT INTO input_rounds (id, uid, secret, period, deadline, created_at, created_by)
     VALUES (1, ?, ?, '2026-T2', '2026-09-15', '2026-05-02T10:00:00.000Z', 'Kari')`,
  ).run('a'.repeat(32), 'b'.repeat(64));
  db.prepare('INSERT INTO round_recipients (round_id, org_id) VALUES (1, ?)').run(ids.nydep);
  db.close();
  return ids;
}

/** Migration 0018 made organisations.retired (0/1) the date retired_from: rows compare as the flag. */
const rows = (db: BetterSqlite3.Database) =>
  (db.prepare('SELECT * FROM organisations ORDER BY id').all() as Row[]).map(({ retired, retired_from, ...r }) => ({
    ...r,
    retired: retired ?? (retired_from === null ? 0 : 1),
  }));
const links = (db: BetterSqlite3.Database) =>
  ['measure_co_owners', 'measure_agencies', 'round_recipients']
    .map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())
    .concat([db.prepare('SELECT id, owner_id FROM measures ORDER BY id').all()]);

describe('migration 0016: abbreviations upper case', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('upper-cases a file’s lower-case abbreviations as normaliseAbbrev does, and every link still holds', async () => {
    const path = join(tmp.dir, 'gammel.tilt');
    const ids = oldFile(path);
    const raw = new BetterSqlite3(path, { readonly: true });
    const [before, linksBefore] = [rows(raw), links(raw)];
    raw.close();

    const opened = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    try {
      const after = rows(opened.ctx.db);
      const abbrev = (id: number) => after.find((r) => r.id === id)!.abbrev;
      expect(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, abbrev(id)]))).toEqual({
        qaorg: 'QAORG',
        nydep: 'NYDEP',
        Nyetat: 'NYETAT',
        gmlOld: 'GMLDIR',
        gmlNew: 'GMLDIR',
        aeOld: 'ÆRFDIR',
        aeNew: 'ÆRFDIR',
        ostLower: 'østdir',
        ostUpper: 'ØSTDIR',
        other: 'ǆdir',
      });
      // Nothing but those abbreviations changed, each to what normaliseAbbrev gives; no row came or went.
      expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
      for (const [i, r] of before.entries()) {
        const changed = after[i].abbrev !== r.abbrev;
        expect({ ...after[i], abbrev: changed ? normaliseAbbrev(r.abbrev) : r.abbrev }).toEqual(after[i]);
        if (changed) expect({ ...after[i], abbrev: r.abbrev }).toEqual(r);
      }
      expect(links(opened.ctx.db)).toEqual(linksBefore);
      expect(opened.ctx.db.pragma('foreign_key_check')).toEqual([]);

      // The measures name them in upper case now, through the same dispatch as the app.
      const get = async (id: number) => {
        const r = await dispatch('measures:get', { id }, () => opened.ctx);
        if (!r.ok) throw new Error(JSON.stringify(r));
        return r.value as Measure;
      };
      const m1 = await get(1);
      expect(m1.agencies.map((o) => o.abbrev).sort()).toEqual(
        ['GMLDIR', 'NYETAT', 'QAORG', 'ÆRFDIR', 'østdir', 'ØSTDIR'].sort(),
      );
      expect((await get(2)).owner?.abbrev).toBe('NYDEP');
      expect((await get(3)).coOwners.map((o) => o.abbrev)).toEqual(['NYDEP']);
    } finally {
      opened.close();
    }
    expect(await cli('check', '--db', path)).toMatchObject({ code: 0, out: 'ok' });
  });
});
