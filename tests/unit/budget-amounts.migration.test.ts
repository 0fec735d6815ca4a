// Migration 0009: a budget amount may be empty (NULL) instead of 0 kr. A file made before it keeps every budget line
// as it was (a stored 0 stays 0: it may have been typed), and takes empty amounts afterwards.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/core/db/migrate.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { RESOURCES } from '../support/portfolio.ts';

describe('the budget-amounts migration', () => {
  it('keeps every budget line of an older file, then stores an empty amount as empty', () => {
    const migrations = loadMigrations(RESOURCES);
    const version = migrations.find((m) => m.name.endsWith('_budget_amounts_optional.sql'))!.version;
    const old = fileAtSchema(version - 1, { example: { size: 20 } });
    old.prepare('UPDATE budget_lines SET spent_nok = 0 WHERE id = 1').run();
    const before = old.prepare('SELECT * FROM budget_lines ORDER BY id').all();
    expect(before.length).toBeGreaterThan(10);
    expect(() => old.prepare('UPDATE budget_lines SET allocated_nok = NULL WHERE id = 2').run()).toThrow(/NOT NULL/);

    migrate(old, migrations);
    expect(old.prepare('SELECT * FROM budget_lines ORDER BY id').all()).toEqual(before);
    expect(old.prepare('SELECT spent_nok FROM budget_lines WHERE id = 1').get()).toEqual({ spent_nok: 0 });
    old.prepare('UPDATE budget_lines SET allocated_nok = NULL, spent_nok = NULL WHERE id = 2').run();
    expect(() => old.prepare('UPDATE budget_lines SET allocated_nok = -1 WHERE id = 3').run()).toThrow(/CHECK/);
    expect(old.pragma('foreign_key_check')).toEqual([]);
    expect(checkPortfolio(old).problems).toEqual([]);
    old.close();
  });
});
