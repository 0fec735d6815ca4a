// The organisation registry, and the name valid at a date across a rename chain (BLD → BFD).
import type { Database } from 'better-sqlite3';
import type { OrgRef, Organisation } from '../../../shared/domain/types.ts';
import { listOrganisationRows, toOrganisation, type OrganisationRow } from '../repositories/organisations.repo.ts';

export interface OrgDirectory {
  list(): Organisation[];
  /** The organisation as named on `date` (ISO). Falls back to the stored row outside every period. */
  refAt(id: number, date: string): OrgRef;
  byAbbrev(abbrev: string): OrganisationRow | undefined;
  /** The newest row of the organisation's rename chain (itself when never renamed). */
  currentOf(id: number): OrganisationRow | undefined;
  /**
   * Ids of every row in the rename chains of the organisations called `abbrev` (at any time), so a filter
   * on «BFD» also finds measures linked to BLD before the rename, and «BLD» finds those linked to BFD.
   */
  chainIds(abbrev: string): number[];
  /** Ids of every row in the rename chain of organisation `id`, ascending (itself when never renamed). */
  chainOf(id: number): number[];
  /** Every stored row, renamed-away ones included. */
  rows(): readonly OrganisationRow[];
}

/**
 * The one place abbreviations become organisation ids for filters and search: each abbreviation (any case)
 * names its whole rename chain, so «BFD» also finds measures linked to BLD before the rename. Abbreviations
 * no organisation has ever had are returned apart, for the caller to refuse in its own words.
 */
export function orgIdsForAbbrevs(dir: OrgDirectory, abbrevs: readonly string[]): { ids: number[]; unknown: string[] } {
  const ids = new Set<number>();
  const unknown: string[] = [];
  for (const a of abbrevs) {
    const chain = dir.chainIds(a);
    if (chain.length === 0) unknown.push(a);
    for (const id of chain) ids.add(id);
  }
  return { ids: [...ids].sort((x, y) => x - y), unknown };
}

export function orgDirectory(db: Database): OrgDirectory {
  const rows = listOrganisationRows(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const successorOf = new Map<number, OrganisationRow>();
  for (const r of rows) if (r.renamed_from_id) successorOf.set(r.renamed_from_id, r);
  // Where two rows share an abbreviation (a name-only rename), the current row wins.
  const byAbbrev = new Map<string, OrganisationRow>();
  for (const r of rows) {
    const key = r.abbrev.toUpperCase();
    const seen = byAbbrev.get(key);
    if (!seen || (seen.valid_to !== null && (r.valid_to === null || r.id > seen.id))) byAbbrev.set(key, r);
  }

  function lineage(row: OrganisationRow): OrganisationRow[] {
    let first = row;
    const seen = new Set<number>([row.id]);
    while (first.renamed_from_id && byId.has(first.renamed_from_id) && !seen.has(first.renamed_from_id)) {
      first = byId.get(first.renamed_from_id)!;
      seen.add(first.id);
    }
    const chain = [first];
    for (let next = successorOf.get(first.id); next && !chain.includes(next); next = successorOf.get(next.id))
      chain.push(next);
    return chain;
  }

  function currentOf(id: number): OrganisationRow | undefined {
    const row = byId.get(id);
    return row ? lineage(row).at(-1) : undefined;
  }

  const cache = new Map<string, OrgRef>();
  return {
    list: () =>
      rows.map((r) => {
        const o = toOrganisation(r, byId, successorOf);
        // The parent as it is called now: BUFDIR sits under BFD even if it was linked while BFD was BLD.
        return r.parent_id ? { ...o, parentAbbrev: currentOf(r.parent_id)?.abbrev ?? o.parentAbbrev } : o;
      }),
    byAbbrev: (abbrev) => byAbbrev.get(abbrev.toUpperCase()),
    currentOf,
    rows: () => rows,
    chainOf(id) {
      const row = byId.get(id);
      return row
        ? lineage(row)
            .map((r) => r.id)
            .sort((a, b) => a - b)
        : [id];
    },
    chainIds(abbrev) {
      const key = abbrev.trim().toUpperCase();
      const ids = new Set<number>();
      for (const r of rows) if (r.abbrev.toUpperCase() === key) for (const c of lineage(r)) ids.add(c.id);
      return [...ids].sort((a, b) => a - b);
    },
    refAt(id, date) {
      const key = `${id}@${date}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const row = byId.get(id);
      if (!row) return { id, abbrev: '?', name: 'Ukjent organisasjon' };
      const valid =
        lineage(row).find((r) => (!r.valid_from || r.valid_from <= date) && (!r.valid_to || date <= r.valid_to)) ?? row;
      const ref = { id: row.id, abbrev: valid.abbrev, name: valid.name };
      cache.set(key, ref);
      return ref;
    },
  };
}
