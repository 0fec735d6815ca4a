// The artefacts Electron actually loads: dist-electron/main.cjs and preload.cjs (built by `npm run build`,
// which `npm test` runs first; on a fresh clone this file builds them itself, so `npm run test:unit` needs no
// prior build). Loaded here with a fake `electron`, they must start and expose exactly the contract.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/contract.ts';
import { tempDir } from '../../support/portfolio.ts';
import { fakeElectron, REPO_ROOT } from './fake-electron.ts';
import { FakeBrowserWindow } from './fakes.ts';
import { Worker } from 'node:worker_threads';
import { memoryPortfolio } from '../../support/portfolio.ts';
import { formOf, newRound } from '../../support/rounds.ts';

async function roundForm(): Promise<Buffer> {
  const p = memoryPortfolio({ example: true });
  const round = await newRound(p, '2026-T3', ['HOD']);
  return formOf(p, round.id, 'HOD');
}

const requireHere = createRequire(import.meta.url);
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

/** require() a bundle with `electron` answered by the given fake. */
function loadWith(file: string, electron: unknown): void {
  const path = join(REPO_ROOT, 'dist-electron', file);
  expect(existsSync(path), `${path} is missing: run npm run build`).toBe(true);
  const original = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? electron : original.call(this, request, parent, isMain);
  };
  try {
    delete requireHere.cache[path];
    requireHere(path);
  } finally {
    moduleInternals._load = original;
  }
}

/** Builds the Electron bundles when they are missing (a fresh clone): the same command as `npm run build:electron`. */
function ensureBundles(): void {
  if (['main.cjs', 'preload.cjs', 'answer-worker.cjs'].every((f) => existsSync(join(REPO_ROOT, 'dist-electron', f))))
    return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const config of [
    'electron/vite.main.config.ts',
    'electron/vite.preload.config.ts',
    'electron/vite.worker.config.ts',
  ])
    execFileSync(process.execPath, [vite, 'build', '--config', config], { cwd: REPO_ROOT, stdio: 'pipe' });
}

describe('the bundled Electron entry points', () => {
  beforeAll(ensureBundles, 180_000);
  const tmp = tempDir('tiltak-bundle-');
  afterAll(() => tmp.cleanup());

  it('main.cjs starts: one window, the default portfolio, and an IPC handler for exactly each operation', async () => {
    const e = fakeElectron({ userData: join(tmp.dir, 'userData') });
    const switches: string[] = [];
    Object.assign(e.app, {
      commandLine: { appendSwitch: (name: string, value: string) => void switches.push(`${name}=${value}`) },
    });
    loadWith('main.cjs', e);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(1));
    await vi.waitFor(() => expect(existsSync(join(tmp.dir, 'userData', 'Tiltaksportefølje.tilt'))).toBe(true));
    expect([...e.handled.keys()].filter((k) => !k.startsWith('protocol:')).sort()).toEqual([...OPERATION_NAMES].sort());
    expect(switches).toContain('lang=nb');
  });

  it('answer-worker.cjs reads a returned form in a worker thread, and refuses an old .xls', async () => {
    const form = await roundForm();
    const run = (bytes: Buffer) =>
      new Promise<{ ok: boolean; message?: string; parsed?: { sheetNames: string[] } }>((resolve, reject) => {
        const w = new Worker(join(REPO_ROOT, 'dist-electron', 'answer-worker.cjs'), {
          workerData: { kind: 'parse-answer', bytes: new Uint8Array(bytes) },
        });
        w.once('message', resolve);
        w.once('error', reject);
      });
    expect((await run(form)).parsed?.sheetNames).toEqual(['Slik fyller du ut', 'Tiltak', 'Skjemadata']);
    expect((await run(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]))).message).toMatch(
      /^Filen er i det gamle Excel-formatet/,
    );
  });

  it('preload.cjs exposes one function per operation as window.tiltak, and window.tiltakArkiv.onRequest', async () => {
    const exposed: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
    const invoked: [string, unknown][] = [];
    const sent: [string, unknown][] = [];
    const onMain: Record<string, (event: unknown, value: unknown) => void> = {};
    loadWith('preload.cjs', {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (input: unknown) => Promise<unknown>>) =>
          void (exposed[key] = api),
      },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => (
          invoked.push([channel, input]),
          Promise.resolve({ ok: true, value: null })
        ),
        on: (channel: string, fn: (event: unknown, value: unknown) => void) => void (onMain[channel] = fn),
        send: (channel: string, value: unknown) => void sent.push([channel, value]),
      },
    });
    expect(Object.keys(exposed)).toEqual(['tiltak', 'tiltakArkiv']);
    expect(Object.keys(exposed.tiltak).sort()).toEqual([...OPERATION_NAMES].sort());
    await exposed.tiltak['plans:list']({});
    expect(invoked).toEqual([['plans:list', {}]]);

    expect(Object.keys(exposed.tiltakArkiv)).toEqual(['onRequest']);
    const got: unknown[] = [];
    exposed.tiltakArkiv.onRequest((r: unknown) => void got.push(r));
    expect(sent).toEqual([['arkiv:listening', true]]);
    onMain['arkiv:request']!({}, { action: 'open' });
    onMain['arkiv:request']!({}, { action: 'saveCopy' });
    expect(got).toEqual([{ action: 'open' }]);
  });
});
