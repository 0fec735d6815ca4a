// Every operation rejects malformed input with a typed, Norwegian error and writes nothing.
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, contract } from '../../shared/api/contract.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { handlers } from '../../electron/core/handlers/index.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';

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
