-- Obligations (forpliktelser): what Norway must answer for, such as GRETA's recommendations, each with its source,
-- its id in that source, a short bokmål text and GRETA's strength word where known; linked many-to-many to the
-- measures that answer them (across plans), with an optional note on how. Coordinators add, edit and retire them;
-- every change is in the audit log and undoable (change_sets). Nothing is deleted but an obligation added by mistake
-- and never linked (an undo).
CREATE TABLE obligations (
  id                INTEGER PRIMARY KEY,
  -- The source's own id (G3-01); unique in the file whatever its case, retired ones included.
  code              TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(code)) > 0),
  source            TEXT NOT NULL CHECK (source IN ('greta', 'storting', 'annet')),
  round             INTEGER CHECK (round IS NULL OR round BETWEEN 1 AND 99),
  year              INTEGER CHECK (year IS NULL OR year BETWEEN 1990 AND 2100),
  text              TEXT NOT NULL CHECK (length(trim(text)) > 0),
  -- The text as the reference data gave it, kept when the text is edited (shown beside the edit); NULL when the
  -- obligation was added in the app.
  source_text       TEXT,
  source_ref        TEXT,
  strength          TEXT CHECK (strength IS NULL OR strength IN ('urges', 'considers', 'invites')),
  verification_note TEXT,
  retired_at        TEXT,
  version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX obligations_code ON obligations(code COLLATE NOCASE);

CREATE TABLE obligation_links (
  id            INTEGER PRIMARY KEY,
  obligation_id INTEGER NOT NULL REFERENCES obligations(id),
  measure_id    INTEGER NOT NULL REFERENCES measures(id),
  -- How the measure answers the obligation; empty when not said.
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  UNIQUE (obligation_id, measure_id)
) STRICT;
CREATE INDEX obligation_links_measure ON obligation_links(measure_id);

-- A portfolio made before this version gets GRETA's recommendations as the reference gives them (the same rows a new
-- file gets from the seed, resources/seed/frame.json). A new, empty file gets them from the seed instead.
INSERT INTO obligations (code, source, round, year, text, source_text, source_ref, strength, verification_note,
                         created_at, updated_at)
SELECT o.column1, 'greta', o.column2, o.column3, o.column4, o.column4, o.column5, o.column6, o.column7,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (VALUES
  ('G2-01', 2, 2017, 'Etablere en formalisert nasjonal henvisningsmekanisme (NRM) med definerte prosedyrer og roller',
   'Europarådet: «Publication of GRETA''s second report on Norway» (coe.int, 2017), om GRETA(2017)18', 'urges', NULL),
  ('G2-02', 2, 2017, 'Bedre identifisering blant asylsøkere, migranter og personer i forvaring',
   'Europarådet: «Publication of GRETA''s second report on Norway» (coe.int, 2017), om GRETA(2017)18', 'urges', NULL),
  ('G2-03', 2, 2017, 'Refleksjonsperiode for alle mulige ofre',
   'Europarådet: «Publication of GRETA''s second report on Norway» (coe.int, 2017), om GRETA(2017)18', 'urges', NULL),
  ('G2-04', 2, 2017, 'Egen henvisningsmekanisme for barn, med barnefaglig kompetanse og barnets beste',
   'Europarådet: «Publication of GRETA''s second report on Norway» (coe.int, 2017), om GRETA(2017)18', 'urges', NULL),
  ('G3-01', 3, 2022,
   'Proaktiv etterforskning (også uten anmeldelse), finansiell etterforskning, ressurser til politiets ' ||
   'menneskehandelsgrupper, riktig klassifisering og inndragning av utbytte',
   'NIM, anbefalingsdatabasen: «Investigations, prosecutions, sanctions and measures» (nhri.no/en/recommendations)',
   'urges', NULL),
  ('G3-02', 3, 2022,
   'Straffrihetsprinsippet: Riksadvokatens retningslinjer fullt i tråd med konvensjonens art. 26; ofre identifiseres ' ||
   'senest før domfellelse; proaktive påtalemyndigheter; forvaring, innreiseforbud og hindringer for lovlig ' ||
   'opphold oppheves for ofre',
   'NIM, anbefalingsdatabasen: «Non-punishment provision» (nhri.no/en/recommendations)', 'considers', NULL),
  ('G3-03', 3, 2022, 'Fri rettshjelp fra advokat med kompetanse på menneskehandel',
   'Hope for Justice, omtale av GRETAs tredje rapport om Norge (sekundærkilde)', NULL, NULL),
  ('G3-04', 3, 2022, 'Tilgang til kvalifiserte, uavhengige tolker fra første møte med advokat',
   'Hope for Justice, omtale av GRETAs tredje rapport om Norge (sekundærkilde)', NULL, NULL),
  ('G3-05', 3, 2022, 'Erstatning til ofre, fra staten og fra gjerningsperson', NULL, NULL, 'tekst ikke verifisert')
) AS o
WHERE EXISTS (SELECT 1 FROM plans);
