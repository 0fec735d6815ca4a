-- migration: rebuilds-tables
-- Organisation renames: a rename that changes only the name opens a successor row with the same
-- abbreviation, so the abbreviation is unique among current rows (valid_to IS NULL), not over all rows.
-- The service also keeps it unique outside each rename chain. SQLite cannot drop a UNIQUE constraint,
-- so the table is rebuilt (foreign keys off for this migration; checked before commit).

CREATE TABLE organisations_new (
  id              INTEGER PRIMARY KEY,
  abbrev          TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(abbrev)) > 0),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind            TEXT NOT NULL,
  parent_id       INTEGER REFERENCES organisations(id),
  valid_from      TEXT,
  valid_to        TEXT,
  renamed_from_id INTEGER UNIQUE REFERENCES organisations(id),
  retired         INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;

INSERT INTO organisations_new (id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, retired, note, version)
SELECT id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, retired, note, version FROM organisations;

DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

CREATE UNIQUE INDEX organisations_abbrev_current ON organisations(abbrev COLLATE NOCASE) WHERE valid_to IS NULL;
CREATE INDEX organisations_abbrev ON organisations(abbrev COLLATE NOCASE);
CREATE INDEX organisations_parent ON organisations(parent_id);
