// A save that cannot be made (busy file, full disk, read-only location) fails visibly with one Norwegian
// sentence, writes nothing, and the same edit succeeds when retried once the cause is gone.
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortfolio, type OpenedPortfolio } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { FIXED_NOW, portfolioFile, RESOURCES, snapshot, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(opts: { busyTimeoutMs?: number } = {}) {
  const tmp = tempDir();
  cleanups.push(tmp.cleanup);
  const path = portfolioFile(tmp.dir);
  return {
    tmp,
    path,
    open: async () => {
      const o = await openPortfolio(path, {
        resourcesDir: RESOURCES,
        now: () => FIXED_NOW,
        busyTimeoutMs: opts.busyTimeoutMs,
        log: () => {},
      });
      cleanups.push(() => o.close());
      return o;
    },
  };
}

const edit = {
  measureId: 2,
  status: 'pagar',
  assessment: 'gul',
  comment: 'Forsinket levering',
  effectiveDate: '2026-11-01',
};
const save = (o: OpenedPortfolio, input: unknown = edit) =>
  dispatch(
    'status:record',
    input,
    () => o.ctx,
    () => {},
  );
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('a save that cannot be made', () => {
  it('on a busy file says «Filen er i bruk …, prøv igjen», writes nothing, and the retry works', async () => {
    const { path, open } = setup({ busyTimeoutMs: 50 });
    const o = await open();
    await save(o, { ...edit, measureId: 1 }); // today's backup is made; the next save is a plain write
    const other = new BetterSqlite3(path);
    other.exec('BEGIN IMMEDIATE');
    const before = snapshot(o.ctx.db);
    const r = await save(o);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('busy');
      expect(r.error.message).toMatch(/^Filen er i bruk .*prøv igjen/);
    }
    expect(snapshot(o.ctx.db)).toBe(before);
    other.exec('ROLLBACK');
    other.close();
    const retry = await save(o);
    expect(retry.ok).toBe(true);
  });

  it('on a full disk says so, leaves nothing half-written, and the retry works once there is room', async () => {
    const { open } = setup();
    const o = await open();
    await save(o, { ...edit, measureId: 1 });
    const pages = o.ctx.db.pragma('page_count', { simple: true }) as number;
    o.ctx.db.pragma(`max_page_count = ${pages}`); // the disk is full from here on
    const big = { ...edit, comment: 'Lang begrunnelse. '.repeat(200) };
    let before = snapshot(o.ctx.db);
    let r = await save(o, big);
    for (let i = 0; r.ok && i < 200; i++) {
      before = snapshot(o.ctx.db);
      r = await save(o, big);
    }
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Disken er full\. Endringen ble ikke lagret/);
    expect(snapshot(o.ctx.db)).toBe(before);
    expect((o.ctx.db.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
    o.ctx.db.pragma(`max_page_count = ${pages * 10}`);
    expect((await save(o, big)).ok).toBe(true);
  });

  it('on a read-only file opens it read-only with a warning and refuses the save without touching it', async () => {
    const { path, open } = setup();
    cleanups.push(makeReadOnly(path));
    const before = hash(path);
    const o = await open();
    expect(o.readOnly).toBe(true);
    expect(o.warnings.join(' ')).toMatch(/skrivebeskyttet/);
    const r = await save(o);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('read-only');
      expect(r.error.message).toMatch(/skrivebeskyttet.*ikke lagret/);
    }
    expect(hash(path)).toBe(before);
  });

  it(
    'in a folder that became read-only refuses the save cleanly, ' + 'and the retry works once it is writable',
    async () => {
      const { tmp, open } = setup();
      const o = await open();
      await save(o, { ...edit, measureId: 1 });
      const before = snapshot(o.ctx.db);
      const undo = makeReadOnly(tmp.dir);
      let undone = false;
      cleanups.push(() => undone || undo());
      const r = await save(o);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/ikke lagret/);
      expect(snapshot(o.ctx.db)).toBe(before);
      undo();
      undone = true;
      expect((await save(o)).ok).toBe(true);
    },
  );
});
