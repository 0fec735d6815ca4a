-- Reporting periods that can be closed (rapporteringsperioder; shared/domain/periods.ts). Closing a period freezes
-- every measure's status for it as a snapshot; reopening needs a reason. Both are events in one append-only log, so
-- whether a period is closed is its newest event, and who closed or reopened it, when and why is kept for good.

CREATE TABLE period_events (
  id            INTEGER PRIMARY KEY,
  period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-T[1-3]'),
  start_date    TEXT NOT NULL,
  end_date      TEXT NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
  at            TEXT NOT NULL,
  author        TEXT NOT NULL,
  reason        TEXT NOT NULL DEFAULT '',
  -- The newest status update when the event happened: what was known then (clock-independent).
  max_update_id INTEGER NOT NULL DEFAULT 0,
  -- A closing's snapshot has exactly this many rows (one per measure that existed at the period's end).
  measure_count INTEGER NOT NULL DEFAULT 0 CHECK (measure_count >= 0),
  CHECK (start_date <= end_date),
  CHECK (action = 'close' OR length(trim(reason)) > 0)
) STRICT;
CREATE INDEX period_events_period ON period_events(period, id);
CREATE TRIGGER period_events_no_update BEFORE UPDATE ON period_events
BEGIN SELECT RAISE(ABORT, 'period_events is append-only'); END;
CREATE TRIGGER period_events_no_delete BEFORE DELETE ON period_events
BEGIN SELECT RAISE(ABORT, 'period_events is append-only'); END;

-- The status of each measure for a closed period, as reported: the update in force at the period's end as known
-- when it was closed (NULL update_id: no status registered yet). Never changed; a later closing of the same period
-- (after a reopening) has a snapshot of its own.
CREATE TABLE period_snapshots (
  event_id       INTEGER NOT NULL REFERENCES period_events(id),
  measure_id     INTEGER NOT NULL REFERENCES measures(id),
  update_id      INTEGER REFERENCES status_updates(id),
  status         TEXT CHECK (status IS NULL OR status IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort')),
  assessment     TEXT CHECK (assessment IS NULL OR assessment IN ('ikke-vurdert', 'gronn', 'gul', 'rod')),
  comment        TEXT NOT NULL DEFAULT '',
  effective_date TEXT,
  PRIMARY KEY (event_id, measure_id),
  CHECK ((update_id IS NULL) = (status IS NULL) AND (status IS NULL) = (assessment IS NULL))
) STRICT, WITHOUT ROWID;
CREATE TRIGGER period_snapshots_no_update BEFORE UPDATE ON period_snapshots
BEGIN SELECT RAISE(ABORT, 'period_snapshots is append-only'); END;
CREATE TRIGGER period_snapshots_no_delete BEFORE DELETE ON period_snapshots
BEGIN SELECT RAISE(ABORT, 'period_snapshots is append-only'); END;
-- Rows are added only to a closing, and only until it has its measure_count: a snapshot cannot grow afterwards.
CREATE TRIGGER period_snapshots_sealed BEFORE INSERT ON period_snapshots
WHEN NOT EXISTS (
  SELECT 1 FROM period_events e
  WHERE e.id = new.event_id AND e.action = 'close'
    AND (SELECT count(*) FROM period_snapshots s WHERE s.event_id = e.id) < e.measure_count)
BEGIN SELECT RAISE(ABORT, 'period_snapshots is append-only: the snapshot is sealed'); END;

-- A status update dated inside a closed period is a correction after closing: it must say why.
ALTER TABLE status_updates ADD COLUMN correction_reason TEXT;
CREATE TRIGGER status_updates_closed_period BEFORE INSERT ON status_updates
WHEN coalesce(trim(new.correction_reason), '') = '' AND EXISTS (
  SELECT 1 FROM period_events e
  WHERE e.action = 'close' AND new.effective_date BETWEEN e.start_date AND e.end_date
    AND e.id = (SELECT max(x.id) FROM period_events x WHERE x.period = e.period))
BEGIN SELECT RAISE(ABORT, 'a status update in a closed period needs a correction reason'); END;
