-- Corrections after closing, in the file as in the core (shared/domain/corrections.ts): a status update dated D is
-- in force from D until the measure's next update, so it changes every closed period it is dated in, and every
-- closed period that starts after D and ends before the measure's next update dated after D (any later end when
-- there is none; an update on D itself is superseded by the new one). 0011's trigger refused only the first kind
-- without a reason; this one refuses both. The core asks first (at «Begrunnelse for korrigering», in Norwegian), so
-- this message is only ever met by a write that goes around the core.
--
-- Undo and redo re-insert rows dated as the update they replay, and round acceptance inserts with the round as the
-- reason; the core gives each a reason whenever the rule asks for one, so the trigger refuses none of them.
DROP TRIGGER status_updates_closed_period;
CREATE TRIGGER status_updates_closed_period BEFORE INSERT ON status_updates
WHEN coalesce(trim(new.correction_reason), '') = '' AND EXISTS (
  SELECT 1 FROM period_events e
  WHERE e.action = 'close' AND e.id = (SELECT max(x.id) FROM period_events x WHERE x.period = e.period)
    AND new.effective_date <= e.end_date
    AND (new.effective_date >= e.start_date
         OR NOT EXISTS (SELECT 1 FROM status_updates s
                        WHERE s.measure_id = new.measure_id
                          AND s.effective_date > new.effective_date AND s.effective_date <= e.end_date)))
BEGIN SELECT RAISE(ABORT, 'a status update that changes a closed period needs a correction reason'); END;

-- Updates recorded before this file enforced the rule may have changed a closed period's end without a reason, as the
-- app then allowed. `check` tells those (ids up to this one) from rows written around the trigger since.
INSERT INTO meta (key, value)
VALUES ('corrections_rule_after_update', (SELECT CAST(coalesce(max(id), 0) AS TEXT) FROM status_updates));
