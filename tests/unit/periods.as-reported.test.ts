// «Som rapportert» compares a closed period with the period before it as that period was known when the closed one
// was closed (QA, left open after qa-m1): a correction recorded since, dated in the open T1 2026 and also correcting
// the closed T2 2026, is left out of T1 as well as of T2, in the report pack, the comparison and the status grid, and
// their documents say so. «Som korrigert» shows it in both. Real portfolio files, through the API as the app calls it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodComparison, StatusGrid } from '../../shared/api/periods.contract.ts';
import { docTables, type DocModel } from '../../shared/report/document.ts';
import { packData } from '../../electron/core/services/report-pack.service.ts';
import type { CoreContext } from '../../electron/core/context.ts';
import { call, recordStatus as record } from '../support/api.ts';
import { fileContext, portfolioFile, tempDir } from '../support/portfolio.ts';

const tmp = tempDir('tiltak-as-reported-');
afterAll(() => tmp.cleanup());

const MEASURE = 5;
let now = new Date('2026-09-01T09:00:00Z');
let p: CoreContext;
let n = 0;

beforeEach(() => {
  n += 1;
  p = fileContext(portfolioFile(tmp.dir, `as-reported-${n}.tilt`), { now: () => now, user: () => 'Kari Koordinator' });
});

const at = (iso: string) => (now = new Date(iso));
const pack = (basis: 'reported' | 'corrected') =>
  packData(p.db, { period: '2026-T2', planCodes: [], basis }, { now, user: 'Kari Koordinator' });
const compare = (basis: 'reported' | 'corrected') =>
  call<PeriodComparison>(p, 'periods:compare', { from: '2026-T1', to: '2026-T2', basis });
const grid = (basis: 'reported' | 'corrected') =>
  call<StatusGrid>(p, 'periods:grid', { periodKind: 'tertial', last: '2026-T3', count: 3, basis });
const cellsOf = (g: StatusGrid) => g.rows.find((r) => r.measureId === MEASURE)!.cells.map((c) => c?.status);
const doc = (input: Record<string, unknown>) => call<DocModel>(p, 'documents:preview', input);
const paragraphs = (d: DocModel) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
function fact(d: DocModel, label: string): string | undefined {
  for (const b of d.blocks) if (b.kind === 'facts') return b.rows.find((r) => r.label === label)?.value;
  return undefined;
}

/** Pågår since 2023; T2 2026 closed 01.09.2026 kl. 09:00 (UTC); then, dated 01.03.2026 in the open T1 2026, Fullført
 * with a reason: it corrects T2 too, as its status at T2's end. */
async function closeThenCorrectEarlier(): Promise<void> {
  at('2026-08-20T09:00:00Z');
  await record(p, MEASURE, '2023-12-10');
  at('2026-09-01T09:00:00Z');
  await call(p, 'periods:close', { period: '2026-T2' });
  at('2026-09-15T09:00:00Z');
  await record(p, MEASURE, '2026-03-01', { status: 'fullfort', correctionReason: 'Meldt av UD i september' });
}

describe('as reported, the period before a closed one is as it was known at the closing', () => {
  it('the pack: no reversal T1 → T2 that nobody reported; as corrected, the correction in both', async () => {
    await closeThenCorrectEarlier();
    const reported = pack('reported');
    const m = reported.measures.find((x) => x.id === MEASURE)!;
    expect(m.state).toMatchObject({ status: 'pagar', effectiveDate: '2023-12-10' });
    expect(m.previous).toMatchObject({ status: 'pagar', effectiveDate: '2023-12-10', correctionReason: null });
    expect(reported.previous?.source).toEqual({ kind: 'known', at: '2026-09-01T09:00:00.000Z', closed: 'T2 2026' });

    const corrected = pack('corrected');
    const c = corrected.measures.find((x) => x.id === MEASURE)!;
    expect(c.state).toMatchObject({ status: 'fullfort', correctionReason: 'Meldt av UD i september' });
    expect(c.previous).toMatchObject({ status: 'fullfort', effectiveDate: '2026-03-01' });
    expect(corrected.previous?.source).toEqual({ kind: 'now' });
  });

  it('the pack says so on its front page and in its changes section', async () => {
    await closeThenCorrectEarlier();
    const d = await doc({ kind: 'pack', period: '2026-T2', basis: 'reported' });
    const known =
      'T1 2026, slik status var registrert da T2 2026 ble lukket 01.09.2026 kl. 09:00 (T1 2026 var ikke lukket da; ' +
      'korrigeringer registrert senere er ikke med)';
    expect(fact(d, 'Forrige periode')).toBe(known);
    expect(paragraphs(d)).toContain(`Sammenlignet med ${known}.`);
    expect(paragraphs(d)).toContain('Ingen tiltak har fått ny status eller vurdering siden T1 2026.');
    const en = await doc({ kind: 'pack', period: '2026-T2', basis: 'reported', lang: 'en' });
    expect(fact(en, 'Previous period')).toBe(
      'T1 2026, status as recorded when T2 2026 was closed on 1 September 2026, 09:00 (T1 2026 was not closed ' +
        'then; corrections recorded later are not included)',
    );
    const corrected = await doc({ kind: 'pack', period: '2026-T2', basis: 'corrected' });
    expect(fact(corrected, 'Forrige periode')).toBe('T1 2026, slik status er registrert nå');
  });

  it('the comparison T1 → T2: no change as reported, its columns say what they are', async () => {
    await closeThenCorrectEarlier();
    const reported = await compare('reported');
    expect(reported.rows.find((r) => r.measureId === MEASURE)).toBeUndefined();
    expect(reported.fromSource).toEqual({ kind: 'known', at: '2026-09-01T09:00:00.000Z', closed: 'T2 2026' });
    expect(reported.toSource).toEqual({ kind: 'snapshot', at: '2026-09-01T09:00:00.000Z' });
    expect((await compare('corrected')).rows.find((r) => r.measureId === MEASURE)).toBeUndefined();

    const d = await doc({ kind: 'compare', from: '2026-T1', to: '2026-T2', basis: 'reported' });
    const table = docTables(d).find((t) => t.sheet?.name === 'Endringer per tiltak')!;
    expect(table.columns.map((c) => c.label).slice(-2)).toEqual([
      'T1 2026, som kjent 01.09.2026',
      'T2 2026, som rapportert',
    ]);
    expect(paragraphs(d)).toContain('T2 2026, som rapportert ved lukkingen 01.09.2026 kl. 09:00.');
  });

  it('the status grid: T1 as known at T2’s closing, T2 as reported, the running T3 as recorded now', async () => {
    await closeThenCorrectEarlier();
    const reported = await grid('reported');
    expect(cellsOf(reported)).toEqual(['pagar', 'pagar', 'fullfort']);
    expect(reported.periods.map((x) => x.source.kind)).toEqual(['known', 'snapshot', 'now']);
    expect(cellsOf(await grid('corrected'))).toEqual(['fullfort', 'fullfort', 'fullfort']);
    const d = await doc({ kind: 'grid', periodKind: 'tertial', last: '2026-T3', count: 3, basis: 'reported' });
    expect(paragraphs(d)).toContain('T3 2026, slik status er registrert nå.');
  });

  it('takes the earlier period’s own report when it was closed then, not a later closing of it', async () => {
    at('2026-08-20T09:00:00Z');
    await record(p, MEASURE, '2023-12-10');
    at('2026-09-01T08:00:00Z');
    await call(p, 'periods:close', { period: '2026-T1' });
    at('2026-09-01T09:00:00Z');
    await call(p, 'periods:close', { period: '2026-T2' });
    at('2026-09-10T09:00:00Z');
    await call(p, 'periods:reopen', { period: '2026-T1', reason: 'Feil i T1' });
    await record(p, MEASURE, '2026-03-01', { status: 'fullfort', correctionReason: 'Meldt av UD i september' });
    at('2026-09-11T09:00:00Z');
    await call(p, 'periods:close', { period: '2026-T1' });

    const reported = pack('reported');
    expect(reported.measures.find((x) => x.id === MEASURE)!.previous).toMatchObject({ status: 'pagar' });
    expect(reported.previous?.source).toEqual({ kind: 'snapshot', at: '2026-09-01T08:00:00.000Z' });
    expect((await compare('reported')).rows.find((r) => r.measureId === MEASURE)).toBeUndefined();
    // The grid shows each closed period's own last report: T1's second one holds the correction, T2's does not.
    expect(cellsOf(await grid('reported')).slice(0, 2)).toEqual(['fullfort', 'pagar']);
  });
});
