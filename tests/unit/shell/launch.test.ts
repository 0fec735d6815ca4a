// `npm start`: where the Electron binary cannot be had, one clear sentence pointing to the browser preview, exit 1.
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ELECTRON_MISSING, launch } from '../../../electron/launch.ts';

describe('electron/launch.ts', () => {
  it('without Electron: prints one sentence that points to npm run web, exits non-zero, starts nothing', async () => {
    const errors: string[] = [];
    const run = vi.fn(async () => 0);
    const code = await launch({ findElectron: () => null, run, error: (m) => errors.push(m) });
    expect(code).toBe(1);
    expect(run).not.toHaveBeenCalled();
    expect(errors).toEqual([ELECTRON_MISSING]);
    expect(ELECTRON_MISSING).toMatch(/Electron/);
    expect(ELECTRON_MISSING).toContain('npm run web');
    expect(ELECTRON_MISSING.split(/[.!?]\s/)).toHaveLength(1); // one sentence
    expect(ELECTRON_MISSING).not.toContain('\n');
  });

  it('with Electron: runs it on the app folder with the given arguments and passes its exit code on', async () => {
    const run = vi.fn(async () => 3);
    const code = await launch({ findElectron: () => '/opt/electron/electron', run, error: () => {} }, ['Fil.tilt']);
    expect(code).toBe(3);
    const [exe, args] = run.mock.calls[0] as unknown as [string, string[]];
    expect(exe).toBe('/opt/electron/electron');
    expect(args[1]).toBe('Fil.tilt');
    expect(args[0]).toBe(fileURLToPath(new URL('../../../', import.meta.url))); // the app folder with package.json
  });
});
