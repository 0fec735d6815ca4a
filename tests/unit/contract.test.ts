// Every operation rejects malformed input with a typed, Norwegian error and writes nothing.
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, contract } from '../../shared/api/contract.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { handlers } from '../../electron/core/handlers/index.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';
import { coverageExportInput } from '../../shared/api/obligations.contract.ts';
import { periodKey } from '../../shared/api/schemas.ts';
import { PERIOD_KEY_MESSAGE } from '../../shared/domain/periods.ts';

const MALFORMED: unknown[] = [
  null,
  42,
  'tekst',
  [],
  { id: 'x' },
  { measureId: -1 },
  { ukjentFelt: true },
  { planCode: 'ukjent-plan' },
];

describe('the API contract', () => {
  it('has a handler for every operation and no handler without an operation', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it.each(OPERATION_NAMES)('%s rejects malformed input with a typed error and writes nothing', async (name) => {
    const p = memoryPortfolio({ example: true });
    const before = snapshot(p.db);
    for (const input of MALFORMED) {
      if (contract[name].input.safeParse(input).success) continue; // valid for this operation (e.g. no-input reads)
      const result = await dispatch(name, input, () => p);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid');
        expect(result.error.message).toMatch(/[a-zæøå]/i);
        expect(result.error.message).not.toMatch(/at \w+ \(|Error:|SQLITE/);
      }
    }
    expect(snapshot(p.db)).toBe(before);
  });

  it('answers an unknown operation with a typed error', async () => {
    const p = memoryPortfolio();
    const r = await dispatch('measures:drop', {}, () => p);
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown-operation', message: 'Ukjent operasjon «measures:drop».' },
    });
  });

  it('never leaks internals: an unexpected failure becomes a generic Norwegian message', async () => {
    const p = memoryPortfolio();
    p.db.close();
    const logged: unknown[] = [];
    const r = await dispatch(
      'plans:list',
      {},
      () => p,
      (_m, e) => logged.push(e),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'internal', message: expect.stringMatching(/^Noe gikk galt/) });
    expect(logged).toHaveLength(1);
  });
});

describe('a reporting period as the app writes it', () => {
  it('takes «T2 2025» as 2025-T2 wherever a period is asked for, and still refuses what is no period', () => {
    expect(periodKey.parse('T2 2025')).toBe('2025-T2');
    expect(periodKey.parse(' 2025-t3 ')).toBe('2025-T3');
    expect(periodKey.parse('2025')).toBe('2025');
    expect(coverageExportInput.parse({ format: 'csv', period: 'T2 2025' }).period).toBe('2025-T2');
    const refused = periodKey.safeParse('T4 2025');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe(PERIOD_KEY_MESSAGE);
  });
});
