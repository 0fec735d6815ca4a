// Two windows or two processes on one file: each has its own SQLite connection. Both read version v; the
// first save wins, the second is refused with what changed and by whom, and nothing is overwritten.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import type { ConflictDetails, Measure } from '../../shared/domain/types.ts';
import { fileContext, portfolioFile, snapshot, tempDir } from '../support/portfolio.ts';

describe('no lost edits across two connections to one file', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('refuses the second save against a stale version and shows the first user’s change', async () => {
    const path = portfolioFile(tmp.dir);
    const now = () => new Date('2026-11-23T09:00:00Z');
    const anne = fileContext(path, { now, user: () => 'Anne i JD' });
    const bjorn = fileContext(path, { now, user: () => 'Bjørn i HOD' });
    try {
      const readA = await dispatch('measures:get', { id: 16 }, () => anne);
      const readB = await dispatch('measures:get', { id: 16 }, () => bjorn);
      const v = (readA as { value: Measure }).value.version;
      expect((readB as { value: Measure }).value.version).toBe(v);

      const first = await dispatch(
        'measures:update',
        { id: 16, version: v, changes: { title: 'Annes tittel' } },
        () => anne,
      );
      expect(first).toMatchObject({ ok: true, value: { title: 'Annes tittel', version: v + 1 } });

      const before = snapshot(bjorn.db);
      const second = await dispatch(
        'measures:update',
        { id: 16, version: v, changes: { title: 'Bjørns tittel', endYear: 2020 } },
        () => bjorn,
      );
      expect(second.ok).toBe(false);
      if (second.ok) return;
      expect(second.error.code).toBe('conflict');
      expect(second.error.message).toContain('Anne i JD');
      const details = second.error.details as ConflictDetails;
      expect(details.currentVersion).toBe(v + 1);
      expect(details.changes).toEqual([
        expect.objectContaining({
          field: 'title',
          newValue: 'Annes tittel',
          author: 'Anne i JD',
          at: '2026-11-23T09:00:00.000Z',
        }),
      ]);
      expect(snapshot(bjorn.db)).toBe(before);

      // Bjørn chooses to keep his changes: he saves again, explicitly, on the version he has now seen.
      const again = await dispatch(
        'measures:update',
        { id: 16, version: details.currentVersion, changes: { title: 'Bjørns tittel' } },
        () => bjorn,
      );
      expect(again).toMatchObject({ ok: true, value: { title: 'Bjørns tittel', version: v + 2 } });
      const seenByAnne = await dispatch('measures:get', { id: 16 }, () => anne);
      expect(seenByAnne).toMatchObject({ ok: true, value: { title: 'Bjørns tittel' } });
    } finally {
      anne.db.close();
      bjorn.db.close();
    }
  });
});
