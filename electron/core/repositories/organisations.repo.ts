import type { Database } from 'better-sqlite3';
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
  retired: number;
  note: string | null;
  version: number;
}

export type NewOrganisation = Omit<OrganisationRow, 'id' | 'retired' | 'version'>;

export function insertOrganisation(db: Database, o: NewOrganisation): number {
  return Number(
    db
      .prepare(
        `INSERT INTO organisations (abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, note)
         VALUES (@abbrev, @name, @kind, @parent_id, @valid_from, @valid_to, @renamed_from_id, @note)`,
      )
      .run(o).lastInsertRowid,
  );
}

export function listOrganisationRows(db: Database): OrganisationRow[] {
  return db.prepare('SELECT * FROM organisations ORDER BY kind, abbrev').all() as OrganisationRow[];
}

export function organisationIdByAbbrev(db: Database, abbrev: string): number | null {
  const row = db.prepare('SELECT id FROM organisations WHERE abbrev = ?').get(abbrev) as { id: number } | undefined;
  return row?.id ?? null;
}

export function toOrganisation(row: OrganisationRow, byId: Map<number, OrganisationRow>, successorOf: Map<number, OrganisationRow>): Organisation {
  return {
    id: row.id,
    abbrev: row.abbrev,
    name: row.name,
    kind: row.kind,
    parentAbbrev: row.parent_id ? (byId.get(row.parent_id)?.abbrev ?? null) : null,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    renamedFromAbbrev: row.renamed_from_id ? (byId.get(row.renamed_from_id)?.abbrev ?? null) : null,
    renamedToAbbrev: successorOf.get(row.id)?.abbrev ?? null,
    retired: row.retired === 1,
    note: row.note,
    version: row.version,
  };
}
