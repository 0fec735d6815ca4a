// For the organisation registry's tests: an organisation as the registry lists it, and a call through the API's
// dispatch that must be refused, leaving the file as it was. (Calls that must succeed: api.ts' call.)
import { expect } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { orgDirectory } from '../../electron/core/services/organisations.service.ts';
import type { Organisation } from '../../shared/domain/types.ts';
import { snapshot, type TestPortfolio } from './portfolio.ts';

/** The organisation with this abbreviation (current or former), as the registry lists it. */
export function org(p: TestPortfolio, abbrev: string): Organisation {
  const dir = orgDirectory(p.db);
  const row = dir.byAbbrev(abbrev);
  return dir.list().find((o) => o.id === row?.id)!;
}

/** Refused with `code` (and the field message, if given), and the file unchanged. */
export async function expectRefused(
  p: TestPortfolio,
  name: string,
  input: unknown,
  code: string,
  fields?: Record<string, unknown>,
) {
  const before = snapshot(p.db);
  const r = await dispatch(name, input, () => p);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    if (fields) expect(r.error.fields).toMatchObject(fields);
  }
  expect(snapshot(p.db)).toBe(before);
  return r.ok ? null : r.error;
}
