// After each part of a long PDF the joiner asks V8 for a collection (issue 17), which must free what is no longer
// reachable without touching the process's global object.
import { describe, expect, it } from 'vitest';
import { collectSoon } from '../../electron/core/export/heap.ts';

describe('collecting after a part', () => {
  it('frees what is no longer reachable, and leaves the global object as it was', async () => {
    const ref = (() => new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) }))();
    await collectSoon();
    expect(ref.deref()).toBeUndefined();
    expect('gc' in globalThis).toBe(false);
  });
});
