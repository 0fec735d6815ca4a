// The bundled entry point with `electron` mocked: it asks for the single-instance lock and quits without it.
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../support/portfolio.ts';
import { fakeElectron } from './fake-electron.ts';

const tmp = tempDir('tiltak-entry-');
const fake = fakeElectron({ userData: tmp.dir, lock: false });
vi.mock('electron', () => fake);

describe('electron/main/main.ts', () => {
  it('registers the app:// scheme, then quits when another instance holds the lock', async () => {
    await import('../../../electron/main/main.ts');
    expect(fake.schemes).toHaveLength(1);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.handled.size).toBe(0);
    tmp.cleanup();
  });
});
