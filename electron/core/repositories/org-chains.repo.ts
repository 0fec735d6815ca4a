// Rename chains: BLD → BFD, ASD → AID. A chain is one organisation through time, keyed by its first member.
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

/** `chain(org_id, root_id)`: every organisation with the first member of its rename chain. Use after WITH RECURSIVE. */
export const CHAIN_CTE = `chain(org_id, root_id) AS (
    SELECT id, id FROM organisations WHERE renamed_from_id IS NULL
    UNION ALL
    SELECT o.id, c.root_id FROM organisations o JOIN chain c ON o.renamed_from_id = c.org_id)`;

/** `shown(root_id, org_id)`: the member of each chain whose name is valid at @asOf (else the nearest before/after). */
export const SHOWN_CTE = `shown(root_id, org_id) AS (
    SELECT r.root_id, (
      SELECT c.org_id FROM chain c JOIN organisations o ON o.id = c.org_id
      WHERE c.root_id = r.root_id
      ORDER BY (coalesce(o.valid_from, '0000-00-00') <= @asOf AND coalesce(o.valid_to, '9999-12-31') >= @asOf) DESC,
               (coalesce(o.valid_from, '0000-00-00') <= @asOf) DESC, coalesce(o.valid_from, '0000-00-00') DESC, o.id DESC
      LIMIT 1)
    FROM (SELECT DISTINCT root_id FROM chain) r)`;

/** Organisation ids of the whole rename chain of each abbreviation; unknown abbreviations are returned apart. */
export function orgIdsInChainsOf(db: Database, abbrevs: readonly string[]): { ids: number[]; unknown: string[] } {
  const query = stmt(db, 
    `WITH RECURSIVE ${CHAIN_CTE}
     SELECT c2.org_id AS id FROM organisations o
     JOIN chain c1 ON c1.org_id = o.id
     JOIN chain c2 ON c2.root_id = c1.root_id
     WHERE o.abbrev = ?`,
  );
  const ids = new Set<number>();
  const unknown: string[] = [];
  for (const a of abbrevs) {
    const rows = query.all(a) as { id: number }[];
    if (rows.length === 0) unknown.push(a);
    for (const r of rows) ids.add(r.id);
  }
  return { ids: [...ids].sort((x, y) => x - y), unknown };
}
