// The tables derived from status_updates (migrations 0005 and 0013) must always equal what the history says,
// whatever order updates arrive in: appended, backdated, on the same day, recorded later for an earlier date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/core/db/migrate.ts';
import { dashboardChanges, dashboardOverview } from '../../electron/core/services/dashboard.service.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { changesInput, dashboardInput } from '../../shared/api/dashboard.contract.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { memoryPortfolio, RESOURCES } from '../support/portfolio.ts';

const STATUSES = ['ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort'] as const;
const ASSESSMENTS = ['ikke-vurdert', 'gronn', 'gul', 'rod'] as const;

const LATEST_FROM_HISTORY = `
  SELECT measure_id, id AS update_id, effective_date, recorded_at, status, assessment, comment, first_date FROM (
    SELECT s.*, row_number() OVER (PARTITION BY s.measure_id
                                   ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC) AS rn,
           min(s.effective_date) OVER (PARTITION BY s.measure_id) AS first_date
    FROM status_updates s) WHERE rn = 1 ORDER BY measure_id`;
const TRANSITIONS_FROM_HISTORY = `
  SELECT id AS update_id, measure_id, effective_date, status, prev FROM (
    SELECT s.id, s.measure_id, s.effective_date, s.status,
           lag(s.status, 1, 'ikke-startet') OVER (PARTITION BY s.measure_id
                                                  ORDER BY s.effective_date, s.recorded_at, s.id) AS prev
    FROM status_updates s) WHERE status <> prev ORDER BY update_id`;
/** The as-of rule written the plain way, to compare the register's shortcut against. */
const AS_OF_PLAIN = `
  SELECT m.id, (SELECT s.id FROM status_updates s WHERE s.measure_id = m.id AND s.effective_date <= ?
                ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1) AS su_id
  FROM measures m WHERE m.deleted_at IS NULL ORDER BY m.id`;

/** Oversikt's key figures on a date, counted the plain way from AS_OF_PLAIN (measures of plans started by then). */
const FIGURES_PLAIN = `
  SELECT count(*) AS measures, coalesce(sum(s.id IS NULL), 0) AS noStatus,
         coalesce(sum(s.status = 'fullfort'), 0) AS fullfort,
         coalesce(sum(s.assessment = 'gul'), 0) AS gul, coalesce(sum(s.assessment = 'rod'), 0) AS rod
  FROM (${AS_OF_PLAIN}) x JOIN measures m ON m.id = x.id JOIN plans p ON p.id = m.plan_id
  LEFT JOIN status_updates s ON s.id = x.su_id
  WHERE p.start_date IS NULL OR p.start_date <= ?`;
const NOW = new Date('2026-01-15T09:00:00Z');

const update = fc.record({
  measure: fc.integer({ min: 0, max: 2 }),
  status: fc.constantFrom(...STATUSES),
  assessment: fc.constantFrom(...ASSESSMENTS),
  comment: fc.constantFrom('', 'Forsinket.', 'I rute.'),
  day: fc.integer({ min: 0, max: 40 }),
  recordedDay: fc.integer({ min: 0, max: 3 }),
});

describe('status tables derived from the history', () => {
  it('equal a recomputation from status_updates after any sequence of inserts, backdated ones included', () => {
    // One portfolio for every run; each run's inserts are rolled back, so runs start from the same history and
    // the test does not spend its time migrating and seeding 60 databases.
    const p = memoryPortfolio();
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 30 }), (updates) => {
        p.db.exec('SAVEPOINT run');
        try {
          check(updates);
        } finally {
          p.db.exec('ROLLBACK TO run; RELEASE run');
        }
      }),
      { numRuns: 60 },
    );
    p.db.close();

    function check(
      updates: {
        measure: number;
        status: (typeof STATUSES)[number];
        assessment: (typeof ASSESSMENTS)[number];
        comment: string;
        day: number;
        recordedDay: number;
      }[],
    ) {
      const ids = (p.db.prepare('SELECT id FROM measures ORDER BY id LIMIT 3').all() as { id: number }[]).map(
        (r) => r.id,
      );
      const insert = p.db.prepare(
        'INSERT INTO status_updates (measure_id, status, assessment, comment, author, effective_date, recorded_at) ' +
          "VALUES (?, ?, ?, ?, 'Test', ?, ?)",
      );
      const date = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
      for (const u of updates) {
        // A gul or rød assessment needs a comment (a CHECK in 0001).
        const comment = u.assessment === 'gul' || u.assessment === 'rod' ? u.comment || 'Må følges opp.' : u.comment;
        const recordedAt = `${date(u.day + u.recordedDay)}T10:00:00.000Z`;
        insert.run(ids[u.measure], u.status, u.assessment, comment, date(u.day), recordedAt);
      }
      expect(p.db.prepare('SELECT * FROM measure_status_latest ORDER BY measure_id').all()).toEqual(
        p.db.prepare(LATEST_FROM_HISTORY).all(),
      );
      expect(p.db.prepare('SELECT * FROM status_transitions ORDER BY update_id').all()).toEqual(
        p.db.prepare(TRANSITIONS_FROM_HISTORY).all(),
      );
      for (const asOf of [date(0), date(10), date(25), date(60)]) {
        const plain = new Map(
          (p.db.prepare(AS_OF_PLAIN).all(asOf) as { id: number; su_id: number | null }[]).map((r) => [r.id, r.su_id]),
        );
        for (const m of listMeasures(p.db, { asOf })) expect(m.lastUpdate?.id ?? null).toBe(plain.get(m.id));
        // Oversikt reads the newest update's columns from measure_status_latest, and the update itself only for
        // a date before the newest: both ways must count what the history says on that date.
        const figures = dashboardOverview(p.db, dashboardInput.parse({ filter: { asOf } }), NOW).keyFigures;
        expect(figures).toMatchObject(p.db.prepare(FIGURES_PLAIN).get(asOf, asOf) as object);
        // Changes since before the first update: each measure with an update by then, as that update left it.
        const changes = dashboardChanges(p.db, changesInput.parse({ filter: { asOf }, since: '2023-12-31' }), NOW);
        for (const r of changes.rows) {
          const u = p.db.prepare('SELECT status, assessment, comment FROM status_updates WHERE id = ?');
          expect(r.after).toEqual(u.get(plain.get(r.measureId)));
        }
        expect(changes.total).toBe([...plain.values()].filter((id) => id !== null).length);
      }
    }
  }, 60_000); // a property test: generous on a busy machine

  it('are filled from the existing history when an older file is migrated', () => {
    const db = fileAtSchema(4, { example: { size: 12, updatesPerMeasure: 6 } });
    migrate(db, loadMigrations(RESOURCES));
    expect((db.prepare('SELECT count(*) AS n FROM measure_status_latest').get() as { n: number }).n).toBe(12);
    expect(db.prepare('SELECT * FROM measure_status_latest ORDER BY measure_id').all()).toEqual(
      db.prepare(LATEST_FROM_HISTORY).all(),
    );
    expect(db.prepare('SELECT * FROM status_transitions ORDER BY update_id').all()).toEqual(
      db.prepare(TRANSITIONS_FROM_HISTORY).all(),
    );
    db.close();
  });

  it("carry each measure's newest assessment and comment and its first date once a schema-12 file is migrated", () => {
    const db = fileAtSchema(12, { example: { size: 12, updatesPerMeasure: 6 } });
    migrate(db, loadMigrations(RESOURCES));
    const latest = db.prepare('SELECT * FROM measure_status_latest ORDER BY measure_id').all();
    expect(latest).toHaveLength(12);
    expect(latest).toEqual(db.prepare(LATEST_FROM_HISTORY).all());
    // Not just copied from one place: the newest update's texts, the oldest update's date.
    const m = db.prepare('SELECT measure_id FROM measure_status_latest LIMIT 1').get() as { measure_id: number };
    const history = db
      .prepare('SELECT * FROM status_updates WHERE measure_id = ? ORDER BY effective_date, recorded_at, id')
      .all(m.measure_id) as { assessment: string; comment: string; effective_date: string }[];
    expect(
      db
        .prepare('SELECT assessment, comment, first_date FROM measure_status_latest WHERE measure_id = ?')
        .get(m.measure_id),
    ).toEqual({
      assessment: history.at(-1)!.assessment,
      comment: history.at(-1)!.comment,
      first_date: history[0].effective_date,
    });
    db.close();
  });
});
