// Rename chains: BLD → BFD, ASD → AID. A chain is one organisation through time, keyed by its first member.

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
