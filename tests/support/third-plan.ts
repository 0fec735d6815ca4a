// A third plan added to a portfolio file as data (no code knows it): a ministry's own plan with its own word for
// its parts, two parts and three measures, one of them with a status. Test data, not a real plan.
import BetterSqlite3 from 'better-sqlite3';
import { insertMeasure } from '../../electron/core/repositories/measures.repo.ts';
import { organisationIdByAbbrev } from '../../electron/core/repositories/organisations.repo.ts';
import { insertPart, insertPlan } from '../../electron/core/repositories/plans.repo.ts';
import { insertStatusUpdate } from '../../electron/core/repositories/statusUpdates.repo.ts';
import type { Database } from 'better-sqlite3';

export const THIRD = {
  code: 'hod-plan-2026',
  title: 'Testplan for HOD (2026–2028)',
  shortName: 'HODs testplan 2026',
  partWord: 'kapittel',
  partWordPlural: 'kapitler',
  startDate: '2026-03-01',
  measures: ['Testtiltak A', 'Testtiltak B', 'Testtiltak C'],
} as const;

/** Adds the plan in one transaction; returns the new measures' ids. */
export function addThirdPlan(db: Database): number[] {
  return db.transaction(() => {
    const planId = insertPlan(db, {
      code: THIRD.code,
      title: THIRD.title,
      short_name: THIRD.shortName,
      kind: 'handlingsplan',
      part_word: THIRD.partWord,
      part_word_plural: THIRD.partWordPlural,
      published: '2026-03',
      start_date: THIRD.startDate,
      measure_count: THIRD.measures.length,
      sort_order: 9,
    });
    const parts = [insertPart(db, planId, 1, 'Forebygging i helsetjenesten'), insertPart(db, planId, 2, 'Oppfølging')];
    const ids = THIRD.measures.map((title, i) =>
      insertMeasure(db, {
        plan_id: planId,
        number: String(i + 1),
        sort_key: i + 1,
        part_id: parts[i % 2],
        title,
        description: '',
        title_pending: 0,
        owner_id: organisationIdByAbbrev(db, 'HOD'),
        start_year: 2026,
        end_year: 2028,
        created_at: '2026-03-01T08:00:00.000Z',
      }),
    );
    insertStatusUpdate(db, {
      measure_id: ids[0],
      status: 'pagar',
      assessment: 'gul',
      comment: 'Testkommentar: venter på midler',
      author: 'Test',
      effective_date: '2026-04-01',
      recorded_at: '2026-04-01T08:00:00.000Z',
    });
    return ids;
  })();
}

/** The same, on a file on disk (as another tool or a later version would have written it). */
export function addThirdPlanToFile(path: string): number[] {
  const db = new BetterSqlite3(path);
  try {
    db.pragma('foreign_keys = ON');
    return addThirdPlan(db);
  } finally {
    db.close();
  }
}
