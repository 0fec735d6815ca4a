// Rename chains: BLD → BFD, ASD → AID. A chain is one organisation through time, keyed by its first member.

/** `chain(org_id, root_id)`: every organisation with the first member of its rename chain. Use after WITH RECURSIVE. */
export const CHAIN_CTE = `chain(org_id, root_id) AS (
    SELECT id, id FROM organisations WHERE renamed_from_id IS NULL
    UNION ALL
    SELECT o.id, c.root_id FROM organisations o JOIN chain c ON o.renamed_from_id = c.org_id)`;
