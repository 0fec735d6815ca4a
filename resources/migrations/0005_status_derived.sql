-- Derived from status_updates, kept in step by the trigger below, so the register, the dashboard and the
-- reports need not search 20 updates per measure each time. status_updates is append-only (0001 forbids
-- UPDATE and DELETE), so an AFTER INSERT trigger sees every change there is. Both tables can be rebuilt
-- from status_updates at any time with the two INSERT … SELECT statements below.

-- Per measure, its newest update in effective order (effective_date, recorded_at, id).
CREATE TABLE measure_status_latest (
  measure_id     INTEGER PRIMARY KEY,
  update_id      INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  status         TEXT NOT NULL
) STRICT;

-- Every update whose status differs from the status before it (in effective order; 'ikke-startet' before
-- the first), with that previous status: status over time sums these instead of windowing all updates.
CREATE TABLE status_transitions (
  update_id      INTEGER PRIMARY KEY,
  measure_id     INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  status         TEXT NOT NULL,
  prev           TEXT NOT NULL
) STRICT;
CREATE INDEX status_transitions_measure ON status_transitions(measure_id, effective_date);

INSERT INTO measure_status_latest (measure_id, update_id, effective_date, recorded_at, status)
SELECT measure_id, id, effective_date, recorded_at, status FROM (
  SELECT s.id, s.measure_id, s.effective_date, s.recorded_at, s.status,
         row_number() OVER (PARTITION BY s.measure_id ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC) AS rn
  FROM status_updates s)
WHERE rn = 1;

INSERT INTO status_transitions (update_id, measure_id, effective_date, status, prev)
SELECT id, measure_id, effective_date, status, prev FROM (
  SELECT s.id, s.measure_id, s.effective_date, s.status,
         lag(s.status, 1, 'ikke-startet') OVER (PARTITION BY s.measure_id ORDER BY s.effective_date, s.recorded_at, s.id) AS prev
  FROM status_updates s)
WHERE status <> prev;

-- An update at or after the measure's newest (the usual case): one comparison with the newest status.
CREATE TRIGGER status_derived_append AFTER INSERT ON status_updates
WHEN NOT EXISTS (
  SELECT 1 FROM measure_status_latest l
  WHERE l.measure_id = new.measure_id AND (l.effective_date, l.recorded_at, l.update_id) > (new.effective_date, new.recorded_at, new.id))
BEGIN
  INSERT INTO status_transitions (update_id, measure_id, effective_date, status, prev)
  SELECT new.id, new.measure_id, new.effective_date, new.status, prev
  FROM (SELECT coalesce((SELECT l.status FROM measure_status_latest l WHERE l.measure_id = new.measure_id), 'ikke-startet') AS prev)
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
  WHERE l.measure_id = new.measure_id AND (l.effective_date, l.recorded_at, l.update_id) > (new.effective_date, new.recorded_at, new.id))
BEGIN
  DELETE FROM status_transitions WHERE measure_id = new.measure_id;
  INSERT INTO status_transitions (update_id, measure_id, effective_date, status, prev)
  SELECT id, measure_id, effective_date, status, prev FROM (
    SELECT s.id, s.measure_id, s.effective_date, s.status,
           lag(s.status, 1, 'ikke-startet') OVER (ORDER BY s.effective_date, s.recorded_at, s.id) AS prev
    FROM status_updates s WHERE s.measure_id = new.measure_id)
  WHERE status <> prev;
END;

