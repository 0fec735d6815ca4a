// Organisation rows across versions: a file made before the renames migration keeps every organisation and link,
// and the date arithmetic renames rely on.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/core/db/migrate.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { dayBefore } from '../../electron/core/services/organisation-registry.service.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { RESOURCES } from '../support/portfolio.ts';

/** A row as a flag: migration 0018 made organisations.retired (0/1) the date retired_from. */
const retiredAsFlag = ({ retired, retired_from, ...r }: Record<string, unknown>) => ({
  ...r,
  retired: retired ?? (retired_from === null ? 0 : 1),
});

describe('the organisation-renames migration', () => {
  it('keeps every organisation and link of a file made before it, with foreign keys intact', () => {
    const migrations = loadMigrations(RESOURCES);
    // A file migrated up to the migration before it and seeded with the example data, then opened by this version.
    const before0 = migrations.findIndex((m) => m.name.endsWith('_organisation_renames.sql'));
    expect(before0).toBeGreaterThan(0);
    const old = fileAtSchema(before0, { example: true });
    const orgs = () => (old.prepare('SELECT * FROM organisations ORDER BY id').all() as []).map(retiredAsFlag);
    const before = orgs();
    const links = old.prepare('SELECT count(*) AS n FROM measure_agencies').get();
    migrate(old, migrations);
    expect(orgs()).toEqual(before);
    expect(old.prepare('SELECT count(*) AS n FROM measure_agencies').get()).toEqual(links);
    expect(old.pragma('foreign_key_check')).toEqual([]);
    expect(old.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(checkPortfolio(old).problems).toEqual([]);
    old.close();
  });
});

describe('dayBefore', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2019-01-01')).toBe('2018-12-31');
  });
});
