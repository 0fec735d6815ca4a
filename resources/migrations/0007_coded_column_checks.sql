-- migration: rebuilds-tables
-- Every coded column has a CHECK constraint, so damage to a code on disk is found by SQLite's own checks
-- (quick_check and integrity_check verify CHECK constraints) instead of reaching the screen. Columns that had
-- none: organisations.kind, and the status codes of the tables derived from status_updates (0005). SQLite
-- cannot add a CHECK to an existing column, so these tables are rebuilt (SQLite's 12-step ALTER; foreign keys
-- off for this migration and checked before commit). Every value the app writes passes.

CREATE TABLE organisations_new (
  id              INTEGER PRIMARY KEY,
  abbrev          TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(abbrev)) > 0),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind            TEXT NOT NULL CHECK (kind IN ('departement', 'direktorat', 'etat', 'enhet', 'nemnd',
                                                'sekretariat', 'uavhengig', 'organisasjon')),
  parent_id       INTEGER REFERENCES organisations(id),
  valid_from      TEXT,
  valid_to        TEXT,
  renamed_from_id INTEGER UNIQUE REFERENCES organisations(id),
  retired         INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;

INSERT INTO organisations_new (id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, retired,
                               note, version)
SELECT id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, retired, note, version
FROM organisations;

DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

CREATE UNIQUE INDEX organisations_abbrev_current ON organisations(abbrev COLLATE NOCASE) WHERE valid_to IS NULL;
CREATE INDEX organisations_abbrev ON organisations(abbrev COLLATE NOCASE);
CREATE INDEX organisations_parent ON organisations(parent_id);

-- The derived tables: their triggers name them, so the triggers go first and come back unchanged.
DROP TRIGGER status_derived_append;
DROP TRIGGER status_derived_backdated;

CREATE TABLE measure_status_latest_new (
  measure_id     INTEGER PRIMARY KEY,
  update_id      INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort'))
) STRICT;
INSERT INTO measure_status_latest_new (measure_id, update_id, effective_date, recorded_at, status)
SELECT measure_id, update_id, effective_date, recorded_at, status FROM measure_status_latest;
DROP TABLE measure_status_latest;
ALTER TABLE measure_status_latest_new RENAME TO measure_status_latest;

CREATE TABLE status_transitions_new (
  update_id      INTEGER PRIMARY KEY,
  measure_id     INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort')),
  prev           TEXT NOT NULL CHECK (prev IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort')),
  CHECK (status <> prev)
) STRICT;
INSERT INTO status_transitions_new (update_id, measure_id, effective_date, status, prev)
SELECT update_id, measure_id, effective_date, status, prev FROM status_transitions;
DROP TABLE status_transitions;
ALTER TABLE status_transitions_new RENAME TO status_transitions;
CREATE INDEX status_transitions_measure ON status_transitions(measure_id, effective_date);

-- An update at or after the measure's newest (the usual case): one comparison with the newest status.
CREATE TRIGGER status_derived_append AFTER INSERT ON status_updates
WHEN NOT EXISTS (
  SELECT 1 FROM measure_status_latest l
  WHERE l.measure_id = new.measure_id
    AND (l.effective_date, l.recorded_at, l.update_id) > (new.effective_date, new.recorded_at, new.id))
BEGIN
  INSERT INTO status_transitions (update_id, measure_id, effective_date, status, prev)
  SELECT new.id, new.measure_id, new.effective_date, new.status, prev
  FROM (SELECT coalesce((SELECT l.status FROM measure_status_latest l WHERE l.measure_id = new.measure_id),
                        'ikke-startet') AS prev)
  WHERE prev <> new.status;
  INSERT INTO measure_status_latest (measure_id, update_id, effective_date, recorded_at, status)
  VALUES (new.measure_id, new.id, new.effective_date, new.recorded_at, new.status)
  ON CONFLICT (measure_id) DO UPDATE SET
    update_id = excluded.update_id, effective_date = excluded.effective_date,
    recorded_at = excluded.recorded_at, status = excluded.status;
END;

-- A backdated update (before the newest): the measure's transitions are recomputed; the newest stays.
CREATE TRIGGER status_derived_backdated AFTER INSERT ON status_updates
WHEN EXISTS (
  SELECT 1 FROM measure_status_latest l
  WHERE l.measure_id = new.measure_id
    AND (l.effective_date, l.recorded_at, l.update_id) > (new.effective_date, new.recorded_at, new.id))
BEGIN
  DELETE FROM status_transitions WHERE measure_id = new.measure_id;
  INSERT INTO status_transitions (update_id, measure_id, effective_date, status, prev)
  SELECT id, measure_id, effective_date, status, prev FROM (
    SELECT s.id, s.measure_id, s.effective_date, s.status,
           lag(s.status, 1, 'ikke-startet') OVER (ORDER BY s.effective_date, s.recorded_at, s.id) AS prev
    FROM status_updates s WHERE s.measure_id = new.measure_id)
  WHERE status <> prev;
END;
