-- Links between measures of different plans ("videreført som strategi-tiltak 5"), and the measure version
-- each audit entry produced, so a refused stale save can say exactly what changed since.

CREATE TABLE measure_links (
  id         INTEGER PRIMARY KEY,
  from_id    INTEGER NOT NULL REFERENCES measures(id),
  to_id      INTEGER NOT NULL REFERENCES measures(id),
  kind       TEXT NOT NULL DEFAULT 'viderefort' CHECK (kind IN ('viderefort', 'relatert')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (from_id, to_id),
  CHECK (from_id <> to_id)
) STRICT;
CREATE INDEX measure_links_to ON measure_links(to_id);

ALTER TABLE audit_log ADD COLUMN version INTEGER;
