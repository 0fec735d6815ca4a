// The change poll counts other connections' commits only: this window's own saves refresh what they declare they
// change, so counting them here refetched every query after every save.
import { afterAll, describe, expect, it } from 'vitest';
import { changeCounter } from '../../electron/core/files/changes.ts';
import { call } from '../support/api.ts';
import { fileContext, FIXED_NOW, portfolioFile, tempDir } from '../support/portfolio.ts';

describe('portfolio:changes', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('stays put for this connection’s own commits and moves for another connection’s', async () => {
    const path = portfolioFile(tmp.dir);
    const clock = { now: () => FIXED_NOW, user: () => 'Kari' };
    const mine = fileContext(path, clock);
    const other = fileContext(path, { ...clock, user: () => 'Ola' });
    try {
      const start = changeCounter(mine);
      await call(mine, 'status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' });
      await call(mine, 'measures:update', { id: 2, version: 1, changes: { title: 'Egen endring' } });
      expect(changeCounter(mine)).toBe(start);
      await call(other, 'status:record', { measureId: 3, status: 'pagar', assessment: 'gronn' });
      expect(changeCounter(mine)).not.toBe(start);
      // Another file (a new connection) always reads as a change.
      const reopened = fileContext(path, clock);
      expect(changeCounter(reopened)).not.toBe(changeCounter(mine));
      reopened.db.close();
    } finally {
      mine.db.close();
      other.db.close();
    }
  });
});
