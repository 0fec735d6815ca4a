// The register (Tiltak page) query: filter plus free-text search, against a raw LIKE scan.
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { queryRegister } from '../../../electron/core/services/register.service.ts';
import type { Scenario } from '../harness.ts';

const NOW = new Date('2026-01-15T09:00:00Z');

export const registerQuery: Scenario = {
  name: 'register query: filter + free-text search',
  target: (size) => (size <= 44 ? 30 : 30),
  setup: ({ file, resourcesDir }) => {
    const db = openPortfolioDb(file, { resourcesDir, readOnly: true });
    const raw = db.prepare(
      `SELECT m.id, m.number, m.title FROM measures m JOIN plans p ON p.id = m.plan_id
       WHERE m.deleted_at IS NULL AND p.code = 'handlingsplan-2016' AND m.title LIKE '%kompetanse%'`,
    );
    return {
      run: () => queryRegister(db, { filter: { plans: ['handlingsplan-2016'], q: 'kompetanse' } }, { now: NOW }),
      floor: () => raw.all(),
      teardown: () => void db.close(),
    };
  },
};

export const registerAll: Scenario = {
  name: 'register query: every measure, no filter',
  // The register's own first query (the order of every match and the first window of rows).
  target: () => 30,
  setup: ({ file, resourcesDir }) => {
    const db = openPortfolioDb(file, { resourcesDir, readOnly: true });
    const raw = db.prepare(
      'SELECT m.id, m.number, m.title FROM measures m WHERE m.deleted_at IS NULL ORDER BY m.plan_id, m.sort_key',
    );
    return {
      run: () => queryRegister(db, { filter: {} }, { now: NOW }),
      floor: () => raw.all(),
      teardown: () => void db.close(),
    };
  },
};
