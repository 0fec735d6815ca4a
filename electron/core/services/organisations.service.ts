// The organisation registry, and the name valid at a date across a rename chain (BLD → BFD).
import type { Database } from 'better-sqlite3';
import type { OrgRef, Organisation } from '../../../shared/domain/types.ts';
import { listOrganisationRows, toOrganisation, type OrganisationRow } from '../repositories/organisations.repo.ts';

export interface OrgDirectory {
  list(): Organisation[];
  /** The organisation as named on `date` (ISO). Falls back to the stored row outside every period. */
  refAt(id: number, date: string): OrgRef;
  byAbbrev(abbrev: string): OrganisationRow | undefined;
}

export function orgDirectory(db: Database): OrgDirectory {
  const rows = listOrganisationRows(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const successorOf = new Map<number, OrganisationRow>();
  for (const r of rows) if (r.renamed_from_id) successorOf.set(r.renamed_from_id, r);
  const byAbbrev = new Map(rows.map((r) => [r.abbrev.toUpperCase(), r]));

  function lineage(row: OrganisationRow): OrganisationRow[] {
    let first = row;
    const seen = new Set<number>([row.id]);
    while (first.renamed_from_id && byId.has(first.renamed_from_id) && !seen.has(first.renamed_from_id)) {
      first = byId.get(first.renamed_from_id)!;
      seen.add(first.id);
    }
    const chain = [first];
    for (let next = successorOf.get(first.id); next && !chain.includes(next); next = successorOf.get(next.id)) chain.push(next);
    return chain;
  }

  const cache = new Map<string, OrgRef>();
  return {
    list: () => rows.map((r) => toOrganisation(r, byId, successorOf)),
    byAbbrev: (abbrev) => byAbbrev.get(abbrev.toUpperCase()),
    refAt(id, date) {
      const key = `${id}@${date}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const row = byId.get(id);
      if (!row) return { id, abbrev: '?', name: 'Ukjent organisasjon' };
      const valid = lineage(row).find((r) => (!r.valid_from || r.valid_from <= date) && (!r.valid_to || date <= r.valid_to)) ?? row;
      const ref = { id: row.id, abbrev: valid.abbrev, name: valid.name };
      cache.set(key, ref);
      return ref;
    },
  };
}
