-- Tiltaksporteføljen: initial schema. Never edit once landed; add 0002_… instead.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE plans (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('handlingsplan', 'strategi')),
  published     TEXT,
  measure_count INTEGER NOT NULL CHECK (measure_count >= 0),
  sort_order    INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE parts (
  id      INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id),
  number  INTEGER NOT NULL,
  title   TEXT NOT NULL,
  UNIQUE (plan_id, number)
) STRICT;

-- Public-summary themes and known-but-unnumbered measures: notes on a part, never a measure.
CREATE TABLE part_notes (
  id      INTEGER PRIMARY KEY,
  part_id INTEGER NOT NULL REFERENCES parts(id),
  kind    TEXT NOT NULL CHECK (kind IN ('theme', 'known-measure')),
  text    TEXT NOT NULL,
  source  TEXT
) STRICT;

-- One row per name period. A rename closes one row (valid_to) and opens its successor,
-- so a record dated before the rename can show the name valid at its date.
CREATE TABLE organisations (
  id              INTEGER PRIMARY KEY,
  abbrev          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  parent_id       INTEGER REFERENCES organisations(id),
  valid_from      TEXT,
  valid_to        TEXT,
  renamed_from_id INTEGER REFERENCES organisations(id),
  retired         INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE measures (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL REFERENCES plans(id),
  number        TEXT NOT NULL,
  sort_key      INTEGER NOT NULL,
  part_id       INTEGER REFERENCES parts(id),
  title         TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  title_pending INTEGER NOT NULL DEFAULT 0 CHECK (title_pending IN (0, 1)),
  owner_id      INTEGER REFERENCES organisations(id),
  start_year    INTEGER,
  end_year      INTEGER,
  version       INTEGER NOT NULL DEFAULT 1,
  deleted_at    TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (plan_id, number),
  CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
) STRICT;
CREATE INDEX measures_plan ON measures(plan_id, sort_key);
CREATE INDEX measures_owner ON measures(owner_id);

CREATE TABLE measure_co_owners (
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (measure_id, org_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX measure_co_owners_org ON measure_co_owners(org_id);

CREATE TABLE measure_agencies (
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (measure_id, org_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX measure_agencies_org ON measure_agencies(org_id);

-- Append-only: the triggers below refuse UPDATE and DELETE. A mistake is corrected by a new row.
CREATE TABLE status_updates (
  id             INTEGER PRIMARY KEY,
  measure_id     INTEGER NOT NULL REFERENCES measures(id),
  status         TEXT NOT NULL CHECK (status IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort')),
  assessment     TEXT NOT NULL CHECK (assessment IN ('ikke-vurdert', 'gronn', 'gul', 'rod')),
  comment        TEXT NOT NULL DEFAULT '',
  author         TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  CHECK (assessment NOT IN ('gul', 'rod') OR length(trim(comment)) > 0)
) STRICT;
CREATE INDEX status_updates_timeline ON status_updates(measure_id, effective_date, recorded_at, id);
CREATE TRIGGER status_updates_no_update BEFORE UPDATE ON status_updates
BEGIN SELECT RAISE(ABORT, 'status_updates is append-only'); END;
CREATE TRIGGER status_updates_no_delete BEFORE DELETE ON status_updates
BEGIN SELECT RAISE(ABORT, 'status_updates is append-only'); END;

CREATE TABLE budget_lines (
  id              INTEGER PRIMARY KEY,
  measure_id      INTEGER NOT NULL REFERENCES measures(id),
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  allocated_nok   INTEGER NOT NULL DEFAULT 0 CHECK (allocated_nok >= 0),
  spent_nok       INTEGER NOT NULL DEFAULT 0 CHECK (spent_nok >= 0),
  chapter         INTEGER CHECK (chapter BETWEEN 0 AND 9999),
  post            INTEGER CHECK (post BETWEEN 0 AND 99),
  within_existing INTEGER NOT NULL DEFAULT 0 CHECK (within_existing IN (0, 1)),
  version         INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX budget_lines_measure ON budget_lines(measure_id, year);
CREATE INDEX budget_lines_year ON budget_lines(year);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  author    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL,
  field     TEXT,
  old_value TEXT,
  new_value TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
