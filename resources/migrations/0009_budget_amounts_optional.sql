-- A budget amount left empty is not 0 kr: allocated and spent may be NULL («–» on screen and in reports), and sums
-- leave them out. SQLite cannot drop NOT NULL from a column, so budget_lines is rebuilt (no table references it).
-- Amounts already stored are kept as they are: a 0 in an older file may have been typed, so it stays 0.

CREATE TABLE budget_lines_new (
  id              INTEGER PRIMARY KEY,
  measure_id      INTEGER NOT NULL REFERENCES measures(id),
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  allocated_nok   INTEGER CHECK (allocated_nok >= 0),
  spent_nok       INTEGER CHECK (spent_nok >= 0),
  chapter         INTEGER CHECK (chapter BETWEEN 0 AND 9999),
  post            INTEGER CHECK (post BETWEEN 0 AND 99),
  within_existing INTEGER NOT NULL DEFAULT 0 CHECK (within_existing IN (0, 1)),
  version         INTEGER NOT NULL DEFAULT 1
) STRICT;

INSERT INTO budget_lines_new (id, measure_id, year, allocated_nok, spent_nok, chapter, post, within_existing, version)
SELECT id, measure_id, year, allocated_nok, spent_nok, chapter, post, within_existing, version FROM budget_lines;

DROP TABLE budget_lines;
ALTER TABLE budget_lines_new RENAME TO budget_lines;

CREATE INDEX budget_lines_measure ON budget_lines(measure_id, year);
CREATE INDEX budget_lines_year ON budget_lines(year);
