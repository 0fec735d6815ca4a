// The preload exposes one function per contract operation as window.tiltak, and never ipcRenderer itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/contract.ts';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

describe('the preload bridge', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../electron/preload/preload.ts');
  });

  it('exposes exactly one function per operation under window.tiltak, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['tiltak']);
    const bridge = exposed.get('tiltak') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const fn of Object.values(bridge)) {
      expect(typeof fn).toBe('function');
      expect(fn).not.toBe(ipcRenderer.invoke);
    }
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('each function invokes its own channel with the input', async () => {
    const bridge = exposed.get('tiltak') as Record<string, (i?: unknown) => Promise<unknown>>;
    expect(await bridge['measures:get']!({ id: 3 })).toEqual({
      ok: true,
      value: { channel: 'measures:get', input: { id: 3 } },
    });
    expect(invoke).toHaveBeenLastCalledWith('measures:get', { id: 3 });
  });
});
