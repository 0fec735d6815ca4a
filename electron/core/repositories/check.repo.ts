import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';

export function countMeasuresInPlan(db: Database, planId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM measures WHERE plan_id = ? AND deleted_at IS NULL').get(planId) as { n: number }
  ).n;
}

const MEASURE = `p.code || ' tiltak ' || m.number`;
const badDate = (col: string) => `(${col} IS NOT NULL AND (date(${col}) IS NULL OR date(${col}) <> ${col}))`;
const badTime = (col: string) => `(${col} IS NOT NULL AND julianday(${col}) IS NULL)`;

/** SQLite's foreign-key check: every row that points at nothing. */
export function foreignKeyViolations(db: Database): { table: string; rowid: number; parent: string }[] {
  return db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
}

/** Rules the schema cannot express on its own; each row found is a sentence for the user. */
const CONSISTENCY_RULES = [
  `SELECT 'Tiltak ' || m.number || ' har en del fra en annen plan.' AS msg
   FROM measures m JOIN parts p ON p.id = m.part_id WHERE p.plan_id <> m.plan_id`,
  `SELECT 'Tiltak ' || number || ' har tom tittel.' AS msg FROM measures WHERE trim(title) = ''`,
  `SELECT 'Statusoppdatering ' || id || ' har ugyldig dato «' || effective_date || '».' AS msg
   FROM status_updates WHERE ${badDate('effective_date')} OR ${badTime('recorded_at')}`,
  // Organisation kinds in each role: owners and co-owners are ministries, agencies are not.
  `SELECT ${MEASURE} || ' har ' || o.abbrev || ' som ansvarlig departement, men ' || o.abbrev
          || ' er ikke et departement.' AS msg
   FROM measures m JOIN plans p ON p.id = m.plan_id JOIN organisations o ON o.id = m.owner_id
   WHERE o.kind <> 'departement'`,
  `SELECT ${MEASURE} || ' har ' || o.abbrev || ' som medansvarlig departement, men ' || o.abbrev
          || ' er ikke et departement.' AS msg
   FROM measure_co_owners c JOIN measures m ON m.id = c.measure_id JOIN plans p ON p.id = m.plan_id
   JOIN organisations o ON o.id = c.org_id WHERE o.kind <> 'departement'`,
  `SELECT ${MEASURE} || ' har departementet ' || o.abbrev || ' som etat.' AS msg
   FROM measure_agencies a JOIN measures m ON m.id = a.measure_id JOIN plans p ON p.id = m.plan_id
   JOIN organisations o ON o.id = a.org_id WHERE o.kind = 'departement'`,
  // Versions: a record is never older than the history written for it.
  `SELECT ${MEASURE} || ' har versjon ' || m.version || ', men historikken viser versjon ' || max(a.version)
          || '.' AS msg
   FROM measures m JOIN plans p ON p.id = m.plan_id
   JOIN audit_log a ON a.entity = 'measure' AND a.entity_id = m.id AND a.version IS NOT NULL
   GROUP BY m.id HAVING max(a.version) > m.version`,
  `SELECT ${MEASURE} || ' har ugyldig versjon ' || m.version || '.' AS msg
   FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.version < 1`,
  `SELECT 'Budsjettlinje ' || id || ' har ugyldig versjon ' || version || '.' AS msg
   FROM budget_lines WHERE version < 1`,
  // Rename chains: the predecessor is closed the day before its successor starts, with the same kind.
  `SELECT o.abbrev || ' har fått nytt navn, men den forrige utgaven (' || f.abbrev || ') er ikke avsluttet.' AS msg
   FROM organisations o JOIN organisations f ON f.id = o.renamed_from_id WHERE f.valid_to IS NULL`,
  `SELECT o.abbrev || ' begynner ' || o.valid_from || ', men ' || f.abbrev || ' slutter ' || f.valid_to
          || ' (skal være dagen før).' AS msg
   FROM organisations o JOIN organisations f ON f.id = o.renamed_from_id
   WHERE f.valid_to IS NOT NULL AND o.valid_from IS NOT NULL AND date(f.valid_to, '+1 day') <> o.valid_from`,
  `SELECT o.abbrev || ' (' || o.kind || ') har en annen type enn ' || f.abbrev || ' (' || f.kind
          || '), som den har fått navnet fra.' AS msg
   FROM organisations o JOIN organisations f ON f.id = o.renamed_from_id WHERE o.kind <> f.kind`,
  `WITH RECURSIVE walk(start, id, n) AS (
     SELECT id, renamed_from_id, 1 FROM organisations WHERE renamed_from_id IS NOT NULL
     UNION ALL
     SELECT w.start, o.renamed_from_id, w.n + 1 FROM walk w JOIN organisations o ON o.id = w.id
     WHERE o.renamed_from_id IS NOT NULL AND w.n < 1000 AND w.id <> w.start)
   SELECT 'Navnehistorikken til ' || o.abbrev || ' går i ring.' AS msg
   FROM organisations o WHERE o.id IN (SELECT start FROM walk WHERE id = start)`,
  `SELECT 'Organisasjonen ' || abbrev || ' har ugyldig dato.' AS msg FROM organisations
   WHERE ${badDate('valid_from')} OR ${badDate('valid_to')} OR ${badDate('retired_from')}`,
  `SELECT ${MEASURE} || ' har ugyldig tidspunkt for endring eller sletting.' AS msg
   FROM measures m JOIN plans p ON p.id = m.plan_id
   WHERE ${badTime('m.created_at')} OR ${badTime('m.updated_at')} OR ${badTime('m.deleted_at')}`,
];

export function listCheckViolations(db: Database): string[] {
  return CONSISTENCY_RULES.flatMap((sql) => (stmt(db, sql).all() as { msg: string }[]).map((r) => r.msg));
}

/** measure_status_latest (0005, with 0013's columns) and status_transitions (0005), recomputed from the history. */
const LATEST_FROM_HISTORY = `
  SELECT measure_id, id AS update_id, effective_date, recorded_at, status, assessment, comment, first_date FROM (
    SELECT s.*, row_number() OVER (PARTITION BY s.measure_id
                                   ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC) AS rn,
           min(s.effective_date) OVER (PARTITION BY s.measure_id) AS first_date
    FROM status_updates s) WHERE rn = 1`;
const TRANSITIONS_FROM_HISTORY = `
  SELECT id AS update_id, measure_id, effective_date, status, prev FROM (
    SELECT s.id, s.measure_id, s.effective_date, s.status,
           lag(s.status, 1, 'ikke-startet') OVER (PARTITION BY s.measure_id
                                                  ORDER BY s.effective_date, s.recorded_at, s.id) AS prev
    FROM status_updates s) WHERE status <> prev`;
const LATEST =
  'SELECT measure_id, update_id, effective_date, recorded_at, status, assessment, comment, first_date ' +
  'FROM measure_status_latest';
const TRANSITIONS = 'SELECT update_id, measure_id, effective_date, status, prev FROM status_transitions';

/** Measures whose derived status rows differ from what status_updates say (in either direction). */
export function derivedStatusMismatches(db: Database): number[] {
  const sql = `
    SELECT measure_id FROM (${LATEST_FROM_HISTORY} EXCEPT ${LATEST})
    UNION SELECT measure_id FROM (${LATEST} EXCEPT ${LATEST_FROM_HISTORY})
    UNION SELECT measure_id FROM (${TRANSITIONS_FROM_HISTORY} EXCEPT ${TRANSITIONS})
    UNION SELECT measure_id FROM (${TRANSITIONS} EXCEPT ${TRANSITIONS_FROM_HISTORY})
    ORDER BY measure_id`;
  return (stmt(db, sql).all() as { measure_id: number }[]).map((r) => r.measure_id);
}

export const FULL_TEXT_INDEXES = ['measure_fts', 'comment_fts'] as const;

/** FTS5's own comparison of a full-text index with its content table: texts changed on disk show up here.
 * It is run as an INSERT, so it needs a connection that may write (nothing is changed). */
export function fullTextIndexSound(db: Database, index: (typeof FULL_TEXT_INDEXES)[number]): boolean {
  try {
    db.prepare(`INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch (err) {
    if (String((err as { code?: unknown }).code).startsWith('SQLITE_CORRUPT')) return false;
    throw err;
  }
}
