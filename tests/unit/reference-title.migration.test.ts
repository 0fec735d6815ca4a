// Migration 0006: files made from the earlier seed get 2016 measure 16's title in the plan's own words, unless a
// user has changed that title; the correction is logged in the measure's history.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { measureTimeline } from '../../electron/core/services/measure-edit.service.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';

const OLD = 'Veiledning og informasjon til helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester';
const NEW = 'Veilede og informere helse- og omsorgspersonell om ofres rett til helse- og omsorgstjenester';
const M16 =
  '(SELECT m.id FROM measures m JOIN plans p ON p.id = m.plan_id ' +
  "WHERE p.code = 'handlingsplan-2016' AND m.number = '16')";

/** A file as the schema-5 app made it: measure 16 with the earlier seed's title, and optionally a user's edit. */
function schema5File(dir: string, name: string, userTitle?: string): string {
  const path = join(dir, name);
  const raw = fileAtSchema(5, { path });
  raw.prepare(`UPDATE measures SET title = ? WHERE id = ${M16}`).run(OLD);
  if (userTitle !== undefined) {
    raw
      .prepare(
        `INSERT INTO audit_log (at, author, entity, entity_id, action, field, old_value, new_value, version)
         VALUES ('2025-01-02T10:00:00.000Z', 'Kari', 'measure', ${M16}, 'update', 'title', ?, ?, 2)`,
      )
      .run(OLD, userTitle);
    raw.prepare(`UPDATE measures SET title = ?, version = 2 WHERE id = ${M16}`).run(userTitle);
  }
  raw.close();
  return path;
}

function measure16(path: string) {
  const db = openPortfolioDb(path, { resourcesDir: RESOURCES });
  const row = db.prepare(`SELECT id, title, version FROM measures WHERE id = ${M16}`).get() as {
    id: number;
    title: string;
    version: number;
  };
  const timeline = measureTimeline(db, row.id);
  db.close();
  return { ...row, timeline };
}

describe('migration 0006: measure 16 in the plan’s own words', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('corrects the earlier seed title and logs it in the history as a correction from the reference', () => {
    const m = measure16(schema5File(tmp.dir, 'gammel.tilt'));
    expect(m.title).toBe(NEW);
    expect(m.version).toBe(2);
    const change = m.timeline.find((e) => e.kind === 'change');
    expect(change).toMatchObject({
      action: 'update',
      field: 'title',
      oldValue: OLD,
      newValue: NEW,
      author: 'Rettelse fra referansedata',
    });
  });

  it('leaves a title a user has changed, even when it is the earlier seed text again', () => {
    expect(measure16(schema5File(tmp.dir, 'endret.tilt', 'Helsepersonell: veiledning')).title).toBe(
      'Helsepersonell: veiledning',
    );
    const back = schema5File(tmp.dir, 'tilbake.tilt', OLD);
    const m = measure16(back);
    expect(m.title).toBe(OLD);
    expect(m.timeline.filter((e) => e.kind === 'change')).toHaveLength(1);
  });

  it('gives new files the title in the plan’s own words, with nothing to log', () => {
    const m = measure16(portfolioFile(tmp.dir, 'ny.tilt'));
    expect(m.title).toBe(NEW);
    expect(m.timeline).toEqual([]);
  });
});
