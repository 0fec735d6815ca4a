-- What was decided on each change of an answer, stored when the answer is accepted or rejected, so a decided answer's
-- page shows what the coordinator saw and chose (the value before, the value in the answer, accepted or rejected)
-- instead of being recomputed against today's portfolio. Who decided and when is the answer's own decided_by and
-- decided_at (0012). Answers decided before this migration have no rows here; their page says so.
CREATE TABLE round_answer_items (
  id         INTEGER PRIMARY KEY,
  answer_id  INTEGER NOT NULL REFERENCES round_answers(id),
  -- The change's order on the review page.
  seq        INTEGER NOT NULL CHECK (seq >= 0),
  measure_id INTEGER NOT NULL,
  -- «12:status», «12:field:contactName», «12:budget:7»: the review's key for the change.
  item_key   TEXT NOT NULL,
  -- «Statusoppdatering», «Kontaktperson», «Brukt 2026 (kap. 440, post 70)».
  label      TEXT NOT NULL,
  decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
  -- The change's fields as shown: a JSON array of {"label", "before", "after", "changed", "problem"}: the field, its
  -- value in the portfolio when the answer was decided, its value in the answer, whether they differ, and the rule
  -- it broke (or null).
  fields     TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
  -- Rule breaks of the change (a JSON array of texts): why it could only be rejected.
  problems   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(problems) AND json_type(problems) = 'array'),
  UNIQUE (answer_id, item_key),
  UNIQUE (answer_id, seq)
) STRICT;
CREATE TRIGGER round_answer_items_no_update BEFORE UPDATE ON round_answer_items
BEGIN SELECT RAISE(ABORT, 'round_answer_items is append-only'); END;
CREATE TRIGGER round_answer_items_no_delete BEFORE DELETE ON round_answer_items
BEGIN SELECT RAISE(ABORT, 'round_answer_items is append-only'); END;
-- Only a decided answer has decisions.
CREATE TRIGGER round_answer_items_decided BEFORE INSERT ON round_answer_items
WHEN (SELECT state FROM round_answers WHERE id = new.answer_id) NOT IN ('accepted', 'rejected')
BEGIN SELECT RAISE(ABORT, 'round_answer_items: only an accepted or rejected answer has decisions'); END;
