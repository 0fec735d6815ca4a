// The preload exposes one function per contract operation as window.tiltak, and window.tiltakArkiv's one subscribe
// function for the shell's Arkiv requests (the allowed actions only); never ipcRenderer itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ARKIV_LISTENING_CHANNEL, ARKIV_REQUEST_CHANNEL } from '../../../shared/api/arkiv-requests.ts';
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
    ipcRenderer.on.mockClear();
    ipcRenderer.send.mockClear();
    vi.resetModules();
    await import('../../../electron/preload/preload.ts');
  });

  it('exposes exactly one function per operation under window.tiltak, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['tiltak', 'tiltakArkiv']);
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

describe('the Arkiv requests (window.tiltakArkiv)', () => {
  type Arkiv = { onRequest(listener: (r: unknown) => void): () => void };
  let arkiv: Arkiv;
  /** What main sends on a channel, as Electron delivers it to the preload's listener (the event first). */
  const fromMain = (channel: string, value: unknown) => {
    for (const [ch, fn] of ipcRenderer.on.mock.calls as unknown as [string, (e: unknown, v: unknown) => void][])
      if (ch === channel) fn({ sender: ipcRenderer, senderId: 0 }, value);
  };

  beforeEach(async () => {
    exposed.clear();
    ipcRenderer.on.mockClear();
    ipcRenderer.send.mockClear();
    vi.resetModules();
    await import('../../../electron/preload/preload.ts');
    arkiv = exposed.get('tiltakArkiv') as Arkiv;
  });

  it('offers only onRequest, frozen, and listens on the request channel alone', () => {
    expect(Object.keys(arkiv)).toEqual(['onRequest']);
    expect(Object.isFrozen(arkiv)).toBe(true);
    expect(ipcRenderer.on.mock.calls.map((c) => c[0])).toEqual([ARKIV_REQUEST_CHANNEL]);
  });

  it('tells main the page listens while it has a listener, and passes on the allowed requests only', () => {
    const got: unknown[] = [];
    const unsubscribe = arkiv.onRequest((r) => got.push(r));
    expect(ipcRenderer.send.mock.calls).toEqual([[ARKIV_LISTENING_CHANNEL, true]]);

    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'open' });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'openRecent', path: '/d/a.tilt' });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'openFromSystem', path: 'C:\\Data\\b.tilt' });
    // Not one of the allowed requests: dropped.
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'saveCopy' });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'open', path: '/d/a.tilt' });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'openRecent' });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'openRecent', path: 42 });
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'openRecent', path: 'x'.repeat(4097) });
    fromMain(ARKIV_REQUEST_CHANNEL, 'open');
    fromMain(ARKIV_REQUEST_CHANNEL, null);
    fromMain(ARKIV_REQUEST_CHANNEL, ['open']);
    expect(got).toEqual([
      { action: 'open' },
      { action: 'openRecent', path: '/d/a.tilt' },
      { action: 'openFromSystem', path: 'C:\\Data\\b.tilt' },
    ]);
    // The page never gets the IPC event (whose sender is ipcRenderer).
    for (const r of got) expect(Object.values(r as object)).not.toContain(ipcRenderer);

    unsubscribe();
    fromMain(ARKIV_REQUEST_CHANNEL, { action: 'new' });
    expect(got).toHaveLength(3);
    expect(ipcRenderer.send.mock.calls).toEqual([
      [ARKIV_LISTENING_CHANNEL, true],
      [ARKIV_LISTENING_CHANNEL, false],
    ]);
  });

  it('says it listens once for several listeners, and stops when the last one goes', () => {
    const a = arkiv.onRequest(() => {});
    const b = arkiv.onRequest(() => {});
    a();
    a();
    expect(ipcRenderer.send.mock.calls).toEqual([[ARKIV_LISTENING_CHANNEL, true]]);
    b();
    expect(ipcRenderer.send.mock.calls.at(-1)).toEqual([ARKIV_LISTENING_CHANNEL, false]);
    expect(() => arkiv.onRequest('not a function' as never)).toThrow(TypeError);
  });
});
