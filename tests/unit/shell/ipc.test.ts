// IPC registers exactly the contract's operations, answers only our own app:// main frame, and validates input.
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/contract.ts';
import { FOREIGN_SENDER, isTrustedSender, registerIpc } from '../../../electron/main/ipc.ts';
import { memoryPortfolio, snapshot } from '../../support/portfolio.ts';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (name: string, fn: Handler) => {
      if (handlers.has(name)) throw new Error(`twice: ${name}`);
      handlers.set(name, fn);
    },
    removeHandler: (name: string) => void handlers.delete(name),
  };
}

const main = { url: 'app://tiltak/index.html#/tiltak', parent: null };
const fromFrame = (senderFrame: unknown) => ({ senderFrame });

describe('registerIpc', () => {
  it('registers exactly the operations of the contract, and removes them again', () => {
    const ipc = fakeIpcMain();
    const unregister = registerIpc(ipc as never, { context: () => memoryPortfolio() });
    expect([...ipc.handlers.keys()].sort()).toEqual([...OPERATION_NAMES].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers our main frame through the real handlers', async () => {
    const ipc = fakeIpcMain();
    const p = memoryPortfolio();
    registerIpc(ipc as never, { context: () => p });
    const r = (await ipc.handlers.get('plans:list')!(fromFrame(main), undefined)) as {
      ok: boolean;
      value: { code: string }[];
    };
    expect(r.ok).toBe(true);
    expect(r.value.map((pl) => pl.code).sort()).toEqual(['handlingsplan-2016', 'strategi-2025-2030']);
  });

  it('refuses a foreign frame, an iframe, or a frame that is gone, and writes nothing', async () => {
    const ipc = fakeIpcMain();
    const p = memoryPortfolio({ example: true });
    const before = snapshot(p.db);
    const logged: string[] = [];
    registerIpc(ipc as never, { context: () => p, log: (m) => logged.push(m) });
    const input = { measureId: 1, status: 'pagar', assessment: 'gronn' };
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      { url: 'app://tiltak/index.html', parent: main }, // an iframe inside our page
      { url: 'app://other/index.html', parent: null },
      null,
      undefined,
    ]) {
      expect(await ipc.handlers.get('status:record')!(fromFrame(frame), input)).toEqual(FOREIGN_SENDER);
    }
    expect(snapshot(p.db)).toBe(before);
    expect(logged).toHaveLength(6);
  });

  it('validates input: malformed input gets the typed Norwegian error and writes nothing', async () => {
    const ipc = fakeIpcMain();
    const p = memoryPortfolio({ example: true });
    const before = snapshot(p.db);
    registerIpc(ipc as never, { context: () => p });
    const r = (await ipc.handlers.get('status:record')!(fromFrame(main), { measureId: 'en', status: 'kanskje' })) as {
      ok: false;
      error: { code: string; message: string; fields: Record<string, string> };
    };
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('invalid');
    expect(r.error.fields.status).toMatch(/Ukjent status/);
    expect(snapshot(p.db)).toBe(before);
  });

  it('uses the shell’s own handlers for the file actions', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc as never, {
      context: () => memoryPortfolio(),
      overrides: { 'file:recent': () => [{ path: '/a.tilt', fileName: 'a.tilt' }] },
    });
    expect(await ipc.handlers.get('file:recent')!(fromFrame(main), undefined)).toEqual({
      ok: true,
      value: [{ path: '/a.tilt', fileName: 'a.tilt' }],
    });
    const r = (await ipc.handlers.get('file:openRecent')!(fromFrame(main), { path: 42 })) as {
      ok: false;
      error: { code: string };
    };
    expect(r.error.code).toBe('invalid');
  });
});

describe('isTrustedSender', () => {
  it('accepts only the app:// main frame', () => {
    expect(isTrustedSender(main)).toBe(true);
    expect(isTrustedSender({ url: 'app://tiltak/index.html', parent: main } as never)).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5180/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
