-- Input rounds (innspillsrunder): for a reporting period JD sends each ministry (and optionally agencies) an XLSX
-- form of its measures, reads the answers back and reviews every change before it enters the portfolio.
-- A round's forms carry its uid and an HMAC (keyed by `secret`) of their locked cells, so an answer is identified
-- by its content, never by its file name, and a form whose locked cells were changed is recognised.

CREATE TABLE input_rounds (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE CHECK (length(uid) = 32),
  secret     TEXT NOT NULL CHECK (length(secret) = 64),
  period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-T[1-3]'),
  deadline   TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

-- Who is asked. `forms_at` is when the form was last made (the app records the export), `sent_at` when the
-- coordinator marked it as sent.
CREATE TABLE round_recipients (
  id        INTEGER PRIMARY KEY,
  round_id  INTEGER NOT NULL REFERENCES input_rounds(id),
  org_id    INTEGER NOT NULL REFERENCES organisations(id),
  forms_at  TEXT,
  sent_at   TEXT,
  UNIQUE (round_id, org_id)
) STRICT;

-- Each answer file read: who sent it, its name and SHA-256 (the same file twice is recognised), what it says (the
-- parsed rows as JSON, so the review can be taken up again), and what the coordinator decided. An answer leaves
-- «review» once, and its content never changes.
CREATE TABLE round_answers (
  id           INTEGER PRIMARY KEY,
  recipient_id INTEGER NOT NULL REFERENCES round_recipients(id),
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  size         INTEGER NOT NULL CHECK (size >= 0),
  read_at      TEXT NOT NULL,
  read_by      TEXT NOT NULL,
  content      TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'review' CHECK (state IN ('review', 'accepted', 'rejected', 'superseded')),
  decided_at   TEXT,
  decided_by   TEXT,
  accepted     INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0),
  rejected     INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
  UNIQUE (recipient_id, sha256),
  CHECK ((state = 'review') = (decided_at IS NULL))
) STRICT;
CREATE INDEX round_answers_recipient ON round_answers(recipient_id, id);
CREATE TRIGGER round_answers_decided_once BEFORE UPDATE ON round_answers
WHEN old.state <> 'review' OR new.content <> old.content OR new.sha256 <> old.sha256
  OR new.recipient_id <> old.recipient_id OR new.file_name <> old.file_name
BEGIN SELECT RAISE(ABORT, 'round_answers: an answer is decided once and its content never changes'); END;
CREATE TRIGGER round_answers_no_delete BEFORE DELETE ON round_answers
BEGIN SELECT RAISE(ABORT, 'round_answers is append-only'); END;
