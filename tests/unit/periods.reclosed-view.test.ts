// After a reopening and a new closing, «Vis T2 2026», its document «som rapportert og som korrigert» and the report
// pack's «Korrigert etter lukking» list the same measures against the same closings: one corrected while T2 was closed
// the first time beside what that closing reported (column «Lukket»), one corrected since the last closing beside the
// last snapshot. Before, the view compared with the last closing only and left out the first, which the pack listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodView } from '../../shared/api/periods.contract.ts';
import { docTables, type DocModel } from '../../shared/report/document.ts';
import { packData } from '../../electron/core/services/report-pack.service.ts';
import type { CoreContext } from '../../electron/core/context.ts';
import { call, recordStatus as record } from '../support/api.ts';
import { fileContext, portfolioFile, tempDir } from '../support/portfolio.ts';

const tmp = tempDir('tiltak-reclosed-');
afterAll(() => tmp.cleanup());

const [FIRST, SECOND, UNTOUCHED] = [5, 6, 7];
const CLOSED_FIRST = '2026-09-01T09:00:00.000Z';
const CLOSED_LAST = '2026-09-12T09:00:00.000Z';
let now = new Date('2026-08-20T09:00:00Z');
let p: CoreContext;
const at = (iso: string) => (now = new Date(iso));

beforeAll(async () => {
  p = fileContext(portfolioFile(tmp.dir), { now: () => now, user: () => 'Kari Koordinator' });
  for (const id of [FIRST, SECOND, UNTOUCHED]) await record(p, id, '2023-12-10');
  at(CLOSED_FIRST);
  await call(p, 'periods:close', { period: '2026-T2' });
  at('2026-09-05T09:00:00Z');
  await record(p, FIRST, '2026-06-15', { assessment: 'gul', comment: 'Forsinket', correctionReason: 'Rettet av UD' });
  at('2026-09-10T09:00:00Z');
  await call(p, 'periods:reopen', { period: '2026-T2', reason: 'Nye tall fra BFD' });
  at(CLOSED_LAST);
  await call(p, 'periods:close', { period: '2026-T2' });
  at('2026-09-20T09:00:00Z');
  await record(p, SECOND, '2026-07-01', { status: 'fullfort', correctionReason: 'Meldt av HOD' });
});

describe('a period reopened and closed again', () => {
  it('«Vis T2 2026» lists a correction made while it was closed the first time, against that closing', async () => {
    const view = await call<PeriodView>(p, 'periods:view', { period: '2026-T2' });
    const row = (id: number) => view.rows.find((r) => r.measureId === id)!;
    expect(row(FIRST)).toMatchObject({
      reportedAt: CLOSED_FIRST,
      reported: { status: 'pagar', assessment: 'gronn', effectiveDate: '2023-12-10' },
      corrected: { assessment: 'gul', correctionReason: 'Rettet av UD' },
      differs: true,
    });
    expect(row(SECOND)).toMatchObject({
      reportedAt: CLOSED_LAST,
      reported: { status: 'pagar' },
      corrected: { status: 'fullfort', correctionReason: 'Meldt av HOD' },
      differs: true,
    });
    expect(row(UNTOUCHED)).toMatchObject({ reportedAt: CLOSED_LAST, differs: false });
    expect(view.differences).toBe(2);
  });

  it('the view and the pack’s corrections list the same measures against the same closings', async () => {
    const view = await call<PeriodView>(p, 'periods:view', { period: '2026-T2' });
    const listed = view.rows.filter((r) => r.differs).map((r) => [r.measureId, r.reportedAt]);
    for (const basis of ['reported', 'corrected'] as const) {
      const data = packData(p.db, { period: '2026-T2', planCodes: [], basis }, { now, user: 'Kari Koordinator' });
      expect(data.corrections.map((c) => [c.measureId, c.reportedAt])).toEqual(listed);
    }
  });

  it('the document says which closing each reported status is from, with the reasons', async () => {
    const d = await call<DocModel>(p, 'documents:preview', {
      kind: 'period',
      period: '2026-T2',
      onlyDifferences: true,
    });
    const [table] = docTables(d);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Lukket',
      'Som rapportert',
      'Som korrigert',
      'Begrunnelse',
    ]);
    const cells = table.rows.map((r) => r.cells.map((c) => c.text));
    expect(cells.map((c) => [c[1], c[3], c[6]])).toEqual([
      [String(FIRST), '01.09.2026 kl. 09:00', 'Rettet av UD'],
      [String(SECOND), '12.09.2026 kl. 09:00', 'Meldt av HOD'],
    ]);
    const texts = d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(
      'Perioden er åpnet igjen og lukket på nytt. Et tiltak som ble korrigert mens perioden var lukket en tidligere ' +
        'gang, står også her, med status som rapportert ved den lukkingen (kolonnen «Lukket»).',
    );
  });
});
