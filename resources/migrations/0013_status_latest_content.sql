-- Each measure's newest update carries its assessment and comment beside its status, and the date of the measure's
-- first update, so Oversikt's figures, «Endringer siden» and status over time read one row per measure instead of
-- looking up the update itself (and seeking the first) for every measure (issue 17). Still derived from the
-- append-only status_updates (0005): rebuilt here from the history (an existing file gets correct values), kept in
-- step by the two AFTER INSERT triggers, which come back with the new columns.
DROP TRIGGER status_derived_append;
DROP TRIGGER status_derived_backdated;

CREATE TABLE measure_status_latest_new (
  measure_id     INTEGER PRIMARY KEY,
  update_id      INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort')),
  assessment     TEXT NOT NULL CHECK (assessment IN ('ikke-vurdert', 'gronn', 'gul', 'rod')),
  comment        TEXT NOT NULL,
  -- The effective date of the measure's earliest update (a backdated update can move it earlier).
  first_date     TEXT NOT NULL
) STRICT;
INSERT INTO measure_status_latest_new
  (measure_id, update_id, effective_date, recorded_at, status, assessment, comment, first_date)
SELECT measure_id, id, effective_date, recorded_at, status, assessment, comment, first_date FROM (
  SELECT s.id, s.measure_id, s.effective_date, s.recorded_at, s.status, s.assessment, s.comment,
         row_number() OVER (PARTITION BY s.measure_id
                            ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC) AS rn,
         min(s.effective_date) OVER (PARTITION BY s.measure_id) AS first_date
  FROM status_updates s)
WHERE rn = 1;
DROP TABLE measure_status_latest;
ALTER TABLE measure_status_latest_new RENAME TO measure_status_latest;

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
  INSERT INTO measure_status_latest
    (measure_id, update_id, effective_date, recorded_at, status, assessment, comment, first_date)
  VALUES (new.measure_id, new.id, new.effective_date, new.recorded_at, new.status, new.assessment, new.comment,
          new.effective_date)
  ON CONFLICT (measure_id) DO UPDATE SET
    update_id = excluded.update_id, effective_date = excluded.effective_date,
    recorded_at = excluded.recorded_at, status = excluded.status,
    assessment = excluded.assessment, comment = excluded.comment,
    first_date = min(first_date, excluded.first_date);
END;

-- A backdated update (before the newest): the measure's transitions are recomputed; the newest stays, and the
-- first date moves if the update is dated before it.
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
  UPDATE measure_status_latest SET first_date = new.effective_date
  WHERE measure_id = new.measure_id AND first_date > new.effective_date;
END;

-- Oversikt sums the budget per owner and year from this index alone (measure, year and both amounts) instead of
-- reading every budget line the old index pointed to; it serves every look-up budget_lines_measure served.
CREATE INDEX budget_lines_measure_amounts ON budget_lines(measure_id, year, allocated_nok, spent_nok);
DROP INDEX budget_lines_measure;

-- Status over time counts the transitions of the filtered measures from this index alone (it holds both codes),
-- not from each row the old index pointed to; it serves every look-up status_transitions_measure served.
CREATE INDEX status_transitions_measure_codes ON status_transitions(measure_id, effective_date, prev, status);
DROP INDEX status_transitions_measure;
