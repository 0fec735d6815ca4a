// Issue 11 §6: the writer lease's rough edges. An empty or unreadable lock names nobody; a lock held by a process
// that is gone on this host is taken over at once; a reader that stays open sees the writer leave, drops the
// stale «i bruk av …» and can become the writer.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { utimesSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import { openPortfolio, readLease, type OpenedPortfolio } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { FIXED_NOW, portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function file(): string {
  const t = tempDir('tiltak-lease-');
  cleanups.push(t.cleanup);
  return portfolioFile(t.dir);
}
async function open(path: string, extra: Partial<Parameters<typeof openPortfolio>[1]> = {}) {
  const o = await openPortfolio(path, { resourcesDir: RESOURCES, now: () => FIXED_NOW, log: () => {}, ...extra });
  cleanups.push(() => o.close());
  return o;
}
const call = async <T>(o: OpenedPortfolio, name: string, input: unknown = {}) => {
  const r = await dispatch(name, input, () => o.ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const save = (o: OpenedPortfolio) =>
  dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => o.ctx);
/** A pid that no process has now: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('a lock file that names nobody', () => {
  it.each([
    ['empty (a full disk while it was written)', ''],
    ['unreadable garbage', '\u0000\u0000{"user":'],
  ])('%s is not a holder: the file opens for writing at once', async (_, content) => {
    const path = file();
    // Left behind earlier (a lock being written is never empty: it is created whole, by a hard link).
    writeFileSync(`${path}.lock`, content);
    const earlier = new Date(FIXED_NOW.getTime() - 60_000);
    utimesSync(`${path}.lock`, earlier, earlier);
    const o = await open(path);
    expect(o.readOnly).toBe(false);
    expect(o.warnings.join(' ')).not.toMatch(/ukjent|identifiseres/);
    expect(readLease(path)?.user).not.toBe('ukjent');
    expect((await save(o)).ok).toBe(true);
  });
});

describe('a lock held by a process that no longer exists on this host', () => {
  it('is taken over at once, with the heartbeat still fresh, and says who had it', async () => {
    const path = file();
    const crashed = await open(path, { user: 'Kari', host: hostname(), pid: deadPid(), leaseTtlMs: 30_000 });
    expect(crashed.readOnly).toBe(false);
    // Kari's app crashed: its lock stays, its heartbeat is seconds old.
    const again = await open(path, { user: 'Kari', host: hostname(), leaseTtlMs: 30_000 });
    expect(again.readOnly).toBe(false);
    expect(again.warnings.join(' ')).toMatch(/Kari på .*som ikke lenger svarer\. Du har nå overtatt den\./);
    expect((await save(crashed)).ok).toBe(false);
  });

  it('is not taken over while that process lives, nor when it runs on another host', async () => {
    const path = file();
    const kari = await open(path, { user: 'Kari', host: hostname(), pid: process.ppid, leaseTtlMs: 30_000 });
    const ola = await open(path, { user: 'Ola', host: hostname(), leaseTtlMs: 30_000 });
    expect(ola.readOnly).toBe(true);
    kari.close();
    const path2 = file();
    await open(path2, { user: 'Kari', host: 'PC-123', pid: deadPid(), leaseTtlMs: 30_000 });
    const per = await open(path2, { user: 'Per', host: hostname(), leaseTtlMs: 30_000 });
    expect(per.readOnly).toBe(true);
    expect(per.ctx.readOnlyReason).toMatch(/^Filen er i bruk av Kari på PC-123/);
  });
});

describe('a reader that stays open', () => {
  it('sees the writer leave, drops «i bruk av …», and can become the writer', async () => {
    const path = file();
    const kari = await open(path, { user: 'Kari', host: 'PC-123' });
    const ola = await open(path, { user: 'Ola', host: 'PC-9' });
    const first = await call<PortfolioInfo>(ola, 'portfolio:info');
    expect(first).toMatchObject({ readOnly: true, canTakeOver: false });
    // On opening, the banner says why; only a change that was refused says it was not saved.
    expect(first.readOnlyReason).toMatch(/^Filen er i bruk av Kari på PC-123 .*Du har den åpen skrivebeskyttet\.$/);
    expect(first.readOnlyReason).not.toMatch(/ikke lagret/);
    const refusedSave = await save(ola);
    expect(!refusedSave.ok && refusedSave.error.message).toMatch(
      /^Filen er i bruk av Kari på PC-123 .*skrivebeskyttet\. Endringen ble ikke lagret\.$/,
    );
    const c0 = (await call<{ counter: number }>(ola, 'portfolio:changes')).counter;

    kari.close();
    // The page's poll notices: the counter moves, so it refetches and the banner changes.
    const c1 = (await call<{ counter: number }>(ola, 'portfolio:changes')).counter;
    expect(c1).not.toBe(c0);
    const after = await call<PortfolioInfo>(ola, 'portfolio:info');
    expect(after).toMatchObject({ readOnly: true, canTakeOver: true });
    expect(after.readOnlyReason).not.toMatch(/Kari/);
    expect(after.readOnlyReason).toMatch(/ikke lenger i bruk av andre.*Ta over skrivetilgangen/);

    expect(await call(ola, 'portfolio:takeOver')).toEqual({
      readOnly: false,
      message: 'Du kan nå gjøre endringer i filen.',
    });
    expect(await call<PortfolioInfo>(ola, 'portfolio:info')).toMatchObject({ readOnly: false, canTakeOver: false });
    expect((await save(ola)).ok).toBe(true);
    expect(readLease(path)?.user).toBe('Ola');
  });

  it('cannot take over while the writer is still there, and is told so', async () => {
    const path = file();
    await open(path, { user: 'Kari', host: 'PC-123' });
    const ola = await open(path, { user: 'Ola', host: 'PC-9' });
    const r = await call<{ readOnly: boolean; message: string }>(ola, 'portfolio:takeOver');
    expect(r.readOnly).toBe(true);
    expect(r.message).toMatch(/^Filen er i bruk av Kari på PC-123/);
  });
});
