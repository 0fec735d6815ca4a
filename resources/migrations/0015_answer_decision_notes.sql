-- The review's notes on each decided change, stored with its decision (0014): what the old → new table could not
-- show when it was decided («Tiltaket har en nyere status …», «… er i en lukket periode …», a formula read as text),
-- so the answer's page shows them afterwards. A JSON array of texts; changes decided before this migration have none.
ALTER TABLE round_answer_items
  ADD COLUMN notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes) AND json_type(notes) = 'array');
