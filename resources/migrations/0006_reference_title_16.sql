-- The reference now gives 2016 measure 16's title in the plan's own words (Helsedirektoratet's network report
-- quotes the plan's measure 16 verbatim); files made from the earlier seed carry a paraphrase. Where no user has
-- ever changed that title, it is corrected and the correction is logged in the measure's history under the
-- author «Rettelse fra referansedata», so the change is visible and can be undone like any edit.

INSERT INTO audit_log (at, author, entity, entity_id, action, field, old_value, new_value, version)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Rettelse fra referansedata', 'measure', m.id, 'update', 'title',
       m.title, 'Veilede og informere helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester',
       m.version + 1
FROM measures m JOIN plans p ON p.id = m.plan_id
WHERE p.code = 'handlingsplan-2016' AND m.number = '16'
  AND m.title = 'Veiledning og informasjon til helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester'
  AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'measure' AND a.entity_id = m.id AND a.field = 'title');

UPDATE measures
SET title = 'Veilede og informere helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester',
    version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE id IN (SELECT entity_id FROM audit_log
             WHERE entity = 'measure' AND field = 'title' AND author = 'Rettelse fra referansedata')
  AND title = 'Veiledning og informasjon til helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester';
