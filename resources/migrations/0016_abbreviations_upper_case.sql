-- Abbreviations are stored upper case since the registry upper-cases what is typed (normaliseAbbrev in
-- shared/domain/organisations.ts, toLocaleUpperCase('nb')), but files from before keep what was typed then («qaorg»,
-- «Nyetat»). This upper-cases them the same way: SQLite's upper() for a–z, and æ ø å (and ä ö ü é) by hand, since
-- upper() knows only ASCII. An abbreviation with any other character is left as it is (this plain SQL could not
-- upper-case it as normaliseAbbrev does); the registry upper-cases it when it is next renamed.
--
-- organisations.abbrev is the only column that holds an abbreviation the app reads by: everything else names an
-- organisation by its row id (measures.owner_id, measure_co_owners, measure_agencies, round_recipients.org_id, and the
-- registry's own parent_id and renamed_from_id of rename chains), so those links are unchanged and now show the upper
-- case. The history (audit_log, change_sets, round_answers, round_answer_items) keeps the text as it was written
-- then; it is append-only, and an undo names an organisation by its abbreviation, which is looked up ignoring case.
--
-- Collisions: an abbreviation belongs to one organisation (one rename chain; the registry refuses it for another,
-- ignoring case). Where upper-casing would give two organisations the same abbreviation (e.g. «øst» and «ØST» in
-- different chains: NOCASE folds only a–z, so such a pair could be saved), both are left as they are, so nothing is
-- merged or lost and the current rows' unique index holds. Rows of one chain that differ only in case («æorg»
-- renamed to «ÆORG») are one organisation and are upper-cased together.
UPDATE organisations
SET abbrev = replace(replace(replace(replace(replace(replace(replace(upper(abbrev),
  'æ', 'Æ'), 'ø', 'Ø'), 'å', 'Å'), 'ä', 'Ä'), 'ö', 'Ö'), 'ü', 'Ü'), 'é', 'É')
WHERE id IN (
  WITH RECURSIVE
    chain(id, root) AS (
      SELECT id, id FROM organisations WHERE renamed_from_id IS NULL
      UNION
      SELECT o.id, c.root FROM organisations o JOIN chain c ON o.renamed_from_id = c.id
    ),
    cased(id, root, abbrev, upper_abbrev) AS (
      SELECT o.id, coalesce(c.root, o.id), o.abbrev COLLATE BINARY,
        replace(replace(replace(replace(replace(replace(replace(upper(o.abbrev),
          'æ', 'Æ'), 'ø', 'Ø'), 'å', 'Å'), 'ä', 'Ä'), 'ö', 'Ö'), 'ü', 'Ü'), 'é', 'É') COLLATE BINARY
      FROM organisations o LEFT JOIN chain c ON c.id = o.id
    )
  SELECT a.id FROM cased a
  WHERE a.abbrev <> a.upper_abbrev
    -- Printable ASCII and the letters above only.
    AND a.abbrev NOT GLOB '*[^ -~æøåäöüéÆØÅÄÖÜÉ]*'
    AND NOT EXISTS (
      SELECT 1 FROM cased b
      WHERE b.upper_abbrev = a.upper_abbrev AND b.abbrev <> a.abbrev AND b.root <> a.root
    )
);
