-- Free-text search for the register: trigram full-text indexes over measure texts and status comments.
-- Trigrams give substring search ("helsedir" in "Helsedirektoratet"), case-insensitive with Unicode
-- folding (Å = å). External content: the indexes hold no second copy of the text. Triggers keep them in step.

CREATE VIRTUAL TABLE measure_fts USING fts5(
  title, description,
  content = 'measures', content_rowid = 'id',
  tokenize = 'trigram case_sensitive 0'
);
INSERT INTO measure_fts(measure_fts) VALUES ('rebuild');

CREATE TRIGGER measure_fts_insert AFTER INSERT ON measures
BEGIN
  INSERT INTO measure_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER measure_fts_update AFTER UPDATE OF title, description ON measures
BEGIN
  INSERT INTO measure_fts(measure_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
  INSERT INTO measure_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER measure_fts_delete AFTER DELETE ON measures
BEGIN
  INSERT INTO measure_fts(measure_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;

-- status_updates is append-only (no UPDATE or DELETE), so inserts are all there is to follow.
CREATE VIRTUAL TABLE comment_fts USING fts5(
  comment,
  content = 'status_updates', content_rowid = 'id',
  tokenize = 'trigram case_sensitive 0'
);
INSERT INTO comment_fts(comment_fts) VALUES ('rebuild');

CREATE TRIGGER comment_fts_insert AFTER INSERT ON status_updates
BEGIN
  INSERT INTO comment_fts(rowid, comment) VALUES (new.id, new.comment);
END;
