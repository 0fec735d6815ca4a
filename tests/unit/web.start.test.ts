// A newcomer's first `npm run web`: when dist/renderer is missing the preview builds it before serving, instead of
// the browser getting «Not found»; where it cannot be built, it says so in one sentence and exits non-zero.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = tempDir('tiltak-web-start-');
afterAll(() => tmp.cleanup());
const undo: (() => void)[] = [];
afterEach(() => {
  while (undo.length) undo.pop()!();
});

/** Runs `npm run web` (its script) and resolves with its URL, or with its exit code and stderr if it stops. */
function startWeb(db: string, rendererDir: string) {
  const child = spawn(process.execPath, ['electron/preview/web.ts', '--db', db, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, TILTAK_RENDERER_DIR: rendererDir, TILTAK_SETTINGS_DIR: join(tmp.dir, 'innstillinger') },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const result = new Promise<{ url?: string; code?: number | null; out: string; err: string }>((ok) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /Forhåndsvisning: (\S+)/.exec(out);
      if (m) ok({ url: m[1], out, err });
    });
    child.on('exit', (code) => ok({ code, out, err }));
  });
  undo.push(() => child.kill('SIGTERM'));
  return result;
}

describe('npm run web without a built renderer', () => {
  it('builds it first, then serves the app', { timeout: 180_000 }, async () => {
    const dir = join(tmp.dir, 'bygg', 'renderer');
    const r = await startWeb(portfolioFile(tmp.dir, 'p.tilt'), dir);
    expect(r.out).toMatch(/^Bygger brukergrensesnittet/);
    expect(r.url).toBeDefined();
    const page = await fetch(r.url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
  });

  it('says in one sentence when it cannot build it, and exits 1', { timeout: 180_000 }, async () => {
    const locked = join(tmp.dir, 'låst');
    mkdirSync(locked);
    undo.push(makeReadOnly(locked));
    const r = await startWeb(portfolioFile(tmp.dir, 'q.tilt'), join(locked, 'renderer'));
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Kunne ikke bygge brukergrensesnittet til .*; kjør «npm run build:renderer» for å se hvorfor\.$/,
      ),
    ]);
  });
});
