-- Plans are data: each plan carries its short name, its own word for its parts (the 2016 plan says hoveddel, the
-- strategy innsatsområde) and its start date (the first day of the month it was published), so a third plan
-- needs a row, not a code change.
ALTER TABLE plans ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN part_word TEXT NOT NULL DEFAULT 'del';
ALTER TABLE plans ADD COLUMN part_word_plural TEXT NOT NULL DEFAULT 'deler';
ALTER TABLE plans ADD COLUMN start_date TEXT;

UPDATE plans SET short_name = 'Handlingsplanen 2016', part_word = 'hoveddel', part_word_plural = 'hoveddeler'
WHERE code = 'handlingsplan-2016';
UPDATE plans SET short_name = 'Strategien 2025–2030', part_word = 'innsatsområde', part_word_plural = 'innsatsområder'
WHERE code = 'strategi-2025-2030';
UPDATE plans SET short_name = title WHERE short_name = '';
UPDATE plans SET start_date = published || '-01' WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]';

-- Undo and redo live in the core. Every undoable write records one change set: who made it, where (the scope the
-- page's undo buttons follow: one measure, or the organisation registry), a label («endring av tittel») and its
-- inverse as data (an operation and its input, applied with the same version checks as any edit). An undo or a
-- redo is itself a new change set naming the one it undoes or redoes, so the stacks are derived from this
-- append-only log and history is never rewritten. Audit rows name the change set they belong to.
CREATE TABLE change_sets (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  author    TEXT NOT NULL,
  scope     TEXT NOT NULL,
  label     TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
  target_id INTEGER REFERENCES change_sets(id),
  inverse   TEXT NOT NULL CHECK (json_valid(inverse)),
  CHECK ((kind = 'do') = (target_id IS NULL))
) STRICT;
CREATE INDEX change_sets_scope ON change_sets(scope, author, id);
CREATE TRIGGER change_sets_no_update BEFORE UPDATE ON change_sets
BEGIN SELECT RAISE(ABORT, 'change_sets is append-only'); END;
CREATE TRIGGER change_sets_no_delete BEFORE DELETE ON change_sets
BEGIN SELECT RAISE(ABORT, 'change_sets is append-only'); END;

ALTER TABLE audit_log ADD COLUMN change_set_id INTEGER REFERENCES change_sets(id);

-- Kontaktperson: who reports on a measure (name and e-mail), a field of the registry (shared/domain/measure-fields.ts).
ALTER TABLE measures ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE measures ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
