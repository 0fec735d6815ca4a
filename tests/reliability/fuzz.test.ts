// fast-check fuzzing of every API operation with random payloads, through the real dispatcher: never a
// crash (an exception or an 'internal' error), and never an invalid row (integrity_check,
// foreign_key_check and the rules of `npm run cli -- check`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, OPERATION_NAMES } from '../../shared/api/contract.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { LONG, report, trials } from './support.ts';

/** The top-level field names of an operation's input schema (through optional/default wrappers). */
function fieldNames(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 10 && s; i++) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof shape === 'object') return Object.keys(shape);
    s = (s as { _zod?: { def?: { innerType?: unknown } } })._zod?.def?.innerType;
  }
  return [];
}

const COMMON_KEYS = [
  'id',
  'measureId',
  'planCode',
  'asOf',
  'status',
  'assessment',
  'comment',
  'effectiveDate',
  'author',
  'title',
  'version',
  'year',
  'q',
];
const plausible = fc.oneof(
  fc.integer({ min: -2, max: 60 }),
  fc.constantFrom('pagar', 'fullfort', 'ikke-startet', 'avbrutt', 'viderefort', 'gronn', 'gul', 'rod', 'ikke-vurdert'),
  fc.constantFrom(
    'handlingsplan-2016',
    'strategi-2025-2030',
    '2026-01-15',
    '2020-02-29',
    '2026-13-45',
    '9999-12-31',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    "'; DROP TABLE measures; --",
    '\u0000',
    'ø'.repeat(5000),
  ),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 4 }),
);

/** Per field: mostly valid values (to reach the rules behind validation), with hostile ones mixed in. */
const BY_FIELD: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 14 }), weight: 5 }, { arbitrary: plausible, weight: 1 }),
  measureId: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 14 }), weight: 5 }, { arbitrary: plausible, weight: 1 }),
  status: fc.oneof(
    { arbitrary: fc.constantFrom('pagar', 'fullfort', 'ikke-startet', 'avbrutt', 'viderefort'), weight: 5 },
    { arbitrary: plausible, weight: 1 },
  ),
  assessment: fc.oneof(
    { arbitrary: fc.constantFrom('gronn', 'gul', 'rod', 'ikke-vurdert'), weight: 5 },
    { arbitrary: plausible, weight: 1 },
  ),
  effectiveDate: fc.oneof(
    { arbitrary: fc.constantFrom('2026-01-15', '2025-06-30', '2030-01-01', '2026-02-30'), weight: 5 },
    { arbitrary: plausible, weight: 1 },
  ),
  asOf: fc.oneof(
    { arbitrary: fc.constantFrom('2026-01-15', '2016-01-01'), weight: 5 },
    { arbitrary: plausible, weight: 1 },
  ),
  planCode: fc.oneof(
    { arbitrary: fc.constantFrom('handlingsplan-2016', 'strategi-2025-2030'), weight: 5 },
    { arbitrary: plausible, weight: 1 },
  ),
  comment: fc.oneof({ arbitrary: fc.string({ maxLength: 30 }), weight: 5 }, { arbitrary: plausible, weight: 1 }),
  author: fc.oneof({ arbitrary: fc.string({ maxLength: 30 }), weight: 5 }, { arbitrary: plausible, weight: 1 }),
};

function payloadFor(name: string) {
  const own = fieldNames(contract[name as keyof typeof contract].input);
  const keys = [...new Set([...own, ...COMMON_KEYS])];
  // Mostly the operation's own fields (so payloads get past validation and reach the rules), some strangers.
  const fields = Object.fromEntries(own.map((k) => [k, BY_FIELD[k] ?? plausible]));
  const ownOnly = own.length ? fc.oneof(fc.record(fields), fc.record(fields, { requiredKeys: [] })) : fc.constant({});
  const mixed = fc.dictionary(fc.constantFrom(...keys), plausible, { maxKeys: 7 });
  return fc.oneof(
    { arbitrary: ownOnly, weight: 4 },
    { arbitrary: mixed, weight: 2 },
    { arbitrary: fc.anything(), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

describe('every API operation under random payloads', () => {
  it('answers with a result or a clear error, and never writes an invalid row', async () => {
    const ctx = memoryPortfolio({ example: { size: 12 } });
    const runs = trials(100, 2000);
    let calls = 0;
    let accepted = 0;
    let acceptedWrites = 0;
    let crashes = 0;
    let invalidStates = 0;
    const crashNotes: string[] = [];
    for (const name of OPERATION_NAMES) {
      await fc.assert(
        fc.asyncProperty(payloadFor(name), async (payload) => {
          calls++;
          let logged = false;
          const res = await dispatch(
            name,
            payload,
            () => ctx,
            () => (logged = true),
          );
          if (res.ok) {
            accepted++;
            if (name === 'status:record') acceptedWrites++;
          } else if (
            res.error.code === 'internal' ||
            logged ||
            typeof res.error.message !== 'string' ||
            res.error.message === ''
          ) {
            crashes++;
            crashNotes.push(`${name} ${JSON.stringify(payload)} → ${JSON.stringify(res.error)}`);
          }
          const { problems } = checkPortfolio(ctx.db);
          if (problems.length) {
            invalidStates++;
            crashNotes.push(`${name} ${JSON.stringify(payload)} left: ${problems.join('; ')}`);
          }
          return true;
        }),
        // A fixed seed in npm test (reproducible); a fresh one in the long run.
        { numRuns: runs, seed: LONG ? undefined : 20261123 + OPERATION_NAMES.indexOf(name) },
      );
    }
    ctx.db.close();
    report('fuzz', {
      operations: OPERATION_NAMES.length,
      calls,
      accepted,
      acceptedStatusWrites: acceptedWrites,
      crashes,
      invalidStates,
    });
    expect(crashNotes).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
    expect(acceptedWrites).toBeGreaterThan(0);
  });
});
