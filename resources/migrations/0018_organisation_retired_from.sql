-- migration: rebuilds-tables
-- «Avvikle» takes a date: an organisation is retired from a day (often 1 January, announced ahead or registered
-- afterwards), not as a flag. organisations.retired (0/1) becomes organisations.retired_from, the first day it is
-- retired (NULL: not retired). Pickers offer it until that day; the register's filter marks it «(avviklet)» from it.
--
-- A file from before has only the flag. A retired row gets the day it was retired: the newest «retire» in its audit
-- log (the UTC day of `at`, which is when the app retired it «as of today»), never before its «gyldig fra». A flag
-- with no such entry (written outside the app) gets today, so it stays retired from now on as it was.
-- SQLite cannot drop a column with a CHECK, so the table is rebuilt as 0007 did (foreign keys off, checked).

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
  retired_from    TEXT CHECK (retired_from IS NULL OR retired_from GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
  CHECK (retired_from IS NULL OR valid_from IS NULL OR valid_from <= retired_from)
) STRICT;

INSERT INTO organisations_new (id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id, retired_from,
                               note, version)
SELECT id, abbrev, name, kind, parent_id, valid_from, valid_to, renamed_from_id,
  CASE WHEN retired = 0 THEN NULL ELSE (
    SELECT CASE WHEN o.valid_from IS NOT NULL AND o.valid_from > d.day THEN o.valid_from ELSE d.day END
    FROM (SELECT coalesce(
      (SELECT substr(a.at, 1, 10) FROM audit_log a
       WHERE a.entity = 'organisation' AND a.entity_id = o.id AND a.action = 'retire'
       ORDER BY a.at DESC, a.id DESC LIMIT 1),
      date('now')) AS day) d
  ) END,
  note, version
FROM organisations o;

DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

CREATE UNIQUE INDEX organisations_abbrev_current ON organisations(abbrev COLLATE NOCASE) WHERE valid_to IS NULL;
CREATE INDEX organisations_abbrev ON organisations(abbrev COLLATE NOCASE);
CREATE INDEX organisations_parent ON organisations(parent_id);
