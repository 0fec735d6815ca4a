import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { Organisation } from '../../../shared/domain/types.ts';

export interface OrganisationRow {
  id: number;
  abbrev: string;
  name: string;
  kind: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
  renamed_from_id: number | null;
  /** The first day it is retired (ISO), or null. */
  retired_from: string | null;
  note: string | null;
  version: number;
}

export type NewOrganisation = Omit<OrganisationRow, 'id' | 'retired_from' | 'version'>;

export function insertOrganisation(db: Database, o: NewOrganisation): number {
  return Number(
    stmt(
      db,
      `INSERT INTO organisations (abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, note)
         VALUES (@abbrev, @name, @kind, @parent_id, @valid_from, @valid_to, @renamed_from_id, @note)`,
    ).run(o).lastInsertRowid,
  );
}

export function listOrganisationRows(db: Database): OrganisationRow[] {
  return stmt(db, 'SELECT * FROM organisations ORDER BY kind, abbrev').all() as OrganisationRow[];
}

export function organisationIdByAbbrev(db: Database, abbrev: string): number | null {
  // After a name-only rename two rows share an abbreviation: the current one (open period) wins.
  const row = stmt(
    db,
    'SELECT id FROM organisations WHERE abbrev = ? ORDER BY valid_to IS NOT NULL, id DESC LIMIT 1',
  ).get(abbrev) as { id: number } | undefined;
  return row?.id ?? null;
}

export function toOrganisation(
  row: OrganisationRow,
  byId: Map<number, OrganisationRow>,
  successorOf: Map<number, OrganisationRow>,
): Organisation {
  return {
    id: row.id,
    abbrev: row.abbrev,
    name: row.name,
    kind: row.kind,
    parentAbbrev: row.parent_id ? (byId.get(row.parent_id)?.abbrev ?? null) : null,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    renamedFromAbbrev: row.renamed_from_id ? (byId.get(row.renamed_from_id)?.abbrev ?? null) : null,
    renamedFromId: row.renamed_from_id,
    renamedToAbbrev: successorOf.get(row.id)?.abbrev ?? null,
    retiredFrom: row.retired_from,
    note: row.note,
    version: row.version,
  };
}

export function getOrganisationRow(db: Database, id: number): OrganisationRow | undefined {
  return stmt(db, 'SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
}

/** Every row (any period, retired or not) whose abbreviation equals `abbrev`, ignoring case. */
export function organisationRowsByAbbrev(db: Database, abbrev: string): OrganisationRow[] {
  return stmt(db, 'SELECT * FROM organisations WHERE abbrev = ? COLLATE NOCASE ORDER BY id').all(
    abbrev,
  ) as OrganisationRow[];
}

export function successorRow(db: Database, id: number): OrganisationRow | undefined {
  return stmt(db, 'SELECT * FROM organisations WHERE renamed_from_id = ?').get(id) as OrganisationRow | undefined;
}

/** Optimistic update: returns false (and changes nothing) when the row is not at `expectedVersion`. */
export function closeOrganisationPeriod(db: Database, id: number, expectedVersion: number, validTo: string): boolean {
  return (
    stmt(db, 'UPDATE organisations SET valid_to = ?, version = version + 1 WHERE id = ? AND version = ?').run(
      validTo,
      id,
      expectedVersion,
    ).changes === 1
  );
}

/** Puts a closed name period back as it was (undo of a rename); false when the row is not at `expectedVersion`. */
export function reopenOrganisationPeriod(
  db: Database,
  id: number,
  expectedVersion: number,
  validTo: string | null,
): boolean {
  return (
    stmt(db, 'UPDATE organisations SET valid_to = ?, version = version + 1 WHERE id = ? AND version = ?').run(
      validTo,
      id,
      expectedVersion,
    ).changes === 1
  );
}

/** Retires from `retiredFrom` (ISO), or reopens (null); false when the row is not at `expectedVersion`. */
export function setOrganisationRetiredFrom(
  db: Database,
  id: number,
  expectedVersion: number,
  retiredFrom: string | null,
): boolean {
  return (
    stmt(db, 'UPDATE organisations SET retired_from = ?, version = version + 1 WHERE id = ? AND version = ?').run(
      retiredFrom,
      id,
      expectedVersion,
    ).changes === 1
  );
}

export function deleteOrganisationRow(db: Database, id: number, expectedVersion: number): boolean {
  return stmt(db, 'DELETE FROM organisations WHERE id = ? AND version = ?').run(id, expectedVersion).changes === 1;
}

export interface OrganisationUsage {
  owner: number;
  coOwner: number;
  agency: number;
  children: number;
  inRenameChain: boolean;
}

/** Everything that points at an organisation row (deleted measures included: they can be restored). */
export function organisationUsage(db: Database, id: number): OrganisationUsage {
  const n = (sql: string) => (stmt(db, sql).get({ id }) as { n: number }).n;
  return {
    owner: n('SELECT count(*) AS n FROM measures WHERE owner_id = @id'),
    coOwner: n('SELECT count(*) AS n FROM measure_co_owners WHERE org_id = @id'),
    agency: n('SELECT count(*) AS n FROM measure_agencies WHERE org_id = @id'),
    children: n('SELECT count(*) AS n FROM organisations WHERE parent_id = @id'),
    inRenameChain:
      n(
        'SELECT count(*) AS n FROM organisations ' +
          'WHERE (id = @id AND renamed_from_id IS NOT NULL) OR renamed_from_id = @id',
      ) > 0,
  };
}
