import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { getMeasure, listMeasures } from '../../electron/core/services/measures.service.ts';
import { recordStatus, statusHistory } from '../../electron/core/services/status.service.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';

const actor = { now: new Date('2026-11-23T09:00:00Z'), user: 'Kari Koordinator' };

describe('recording status', () => {
  it('appends a dated, signed update that becomes the measure’s current status', () => {
    const p = memoryPortfolio();
    const u = recordStatus(
      p.db,
      { measureId: 16, status: 'pagar', assessment: 'gronn', comment: ' På sporet ' },
      actor,
    );
    expect(u).toMatchObject({
      status: 'pagar',
      assessment: 'gronn',
      comment: 'På sporet',
      author: 'Kari Koordinator',
      effectiveDate: '2026-11-23',
    });
    expect(getMeasure(p.db, 16, '2026-11-23')).toMatchObject({
      status: 'pagar',
      assessment: 'gronn',
      lastUpdate: { id: u.id },
    });
  });

  it('refuses gul or rød without a comment, at the comment field, writing nothing', async () => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    for (const assessment of ['gul', 'rod'] as const) {
      const r = await dispatch(
        'status:record',
        { measureId: 16, status: 'pagar', assessment, comment: '   ' },
        () => p,
      );
      expect(r).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'invalid',
          fields: { comment: 'Gul og rød vurdering må begrunnes: skriv en kommentar.' },
        }),
      });
    }
    expect(snapshot(p.db)).toBe(before);
  });

  it('refuses values outside the vocabulary and dates that are not dates', async () => {
    const p = memoryPortfolio();
    const before = snapshot(p.db);
    const bad = [
      { measureId: 16, status: 'ferdig', assessment: 'gronn' },
      { measureId: 16, status: 'pagar', assessment: 'blå' },
      { measureId: 16, status: 'pagar', assessment: 'gronn', effectiveDate: '2024-02-30' },
      { measureId: 16, status: 'pagar', assessment: 'gronn', effectiveDate: '31.12.2024' },
    ];
    for (const input of bad) {
      const r = await dispatch('status:record', input, () => p);
      expect(r.ok).toBe(false);
    }
    const future = await dispatch(
      'status:record',
      { measureId: 16, status: 'pagar', assessment: 'gronn', effectiveDate: '2030-01-01' },
      () => p,
    );
    expect(future).toMatchObject({
      ok: false,
      error: { fields: { effectiveDate: 'Datoen kan ikke være frem i tid.' } },
    });
    expect(snapshot(p.db)).toBe(before);
  });

  it('slots a back-dated update into history by date, and the status as of a date follows it', () => {
    const p = memoryPortfolio();
    recordStatus(
      p.db,
      { measureId: 1, status: 'pagar', assessment: 'gronn', comment: '', effectiveDate: '2024-03-01' },
      actor,
    );
    recordStatus(
      p.db,
      { measureId: 1, status: 'fullfort', assessment: 'gronn', comment: '', effectiveDate: '2025-06-01' },
      actor,
    );
    recordStatus(
      p.db,
      { measureId: 1, status: 'pagar', assessment: 'rod', comment: 'Stoppet opp', effectiveDate: '2023-05-01' },
      actor,
    );
    expect(statusHistory(p.db, 1).map((u) => u.effectiveDate)).toEqual(['2025-06-01', '2024-03-01', '2023-05-01']);
    const at = (d: string) => listMeasures(p.db, { asOf: d }).find((m) => m.id === 1)!;
    expect(at('2022-12-31')).toMatchObject({ status: 'ingen-status', assessment: 'ikke-vurdert', lastUpdate: null });
    expect(at('2023-12-31')).toMatchObject({ status: 'pagar', assessment: 'rod' });
    expect(at('2024-12-31')).toMatchObject({ status: 'pagar', assessment: 'gronn' });
    expect(at('2025-12-31')).toMatchObject({ status: 'fullfort' });
  });

  it('on the same date, the later recorded update wins', () => {
    const p = memoryPortfolio();
    recordStatus(
      p.db,
      { measureId: 2, status: 'pagar', assessment: 'gul', comment: 'Første', effectiveDate: '2024-01-01' },
      actor,
    );
    recordStatus(
      p.db,
      { measureId: 2, status: 'pagar', assessment: 'gronn', comment: 'Rettet', effectiveDate: '2024-01-01' },
      { ...actor, now: new Date('2026-11-23T10:00:00Z') },
    );
    expect(getMeasure(p.db, 2, '2024-12-31')).toMatchObject({ assessment: 'gronn', lastUpdate: { comment: 'Rettet' } });
  });
});
