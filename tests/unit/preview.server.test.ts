// Issue 11 §7: the preview server refuses other web pages. Any request whose Origin / Sec-Fetch-Site is not its
// own origin gets 403, any body that is not application/json 415, bad percent-encoding 400, an oversized body 413
// (an answer, not a reset connection); and nothing is written. A real cross-site form is tested in Chromium (e2e).
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server.ts';
import { memoryPortfolio, snapshot, tempDir } from '../support/portfolio.ts';

const tmp = tempDir('tiltak-preview-');
const p = memoryPortfolio();
let server: PreviewServer;
let port: number;

beforeAll(async () => {
  const dir = join(tmp.dir, 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'main-Ab12Cd34.js'), 'export {};');
  server = await startPreviewServer({ context: () => p, rendererDir: dir, port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'POST', headers: opts.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += String(c)));
        res.on('end', () => ok({ status: res.statusCode!, body }));
      },
    );
    req.on('error', fail);
    if (opts.chunked && opts.body) {
      const b = Buffer.from(opts.body);
      for (let i = 0; i < b.length; i += 65536) req.write(b.subarray(i, i + 65536));
    } else if (opts.body) req.write(opts.body);
    req.end();
  });
}

const write = JSON.stringify({ measureId: 1, status: 'avbrutt', assessment: 'gronn', comment: 'fra en annen side' });
const json = { 'content-type': 'application/json' };

describe('the preview server', () => {
  it('answers its own page', async () => {
    const r = await send('/api/portfolio:info', {
      headers: { ...json, origin: `http://127.0.0.1:${port}` },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });

  it.each([
    ['another origin', { ...json, origin: 'http://localhost:9999' }, 403],
    ['a page on another port of this machine', { ...json, origin: 'http://127.0.0.1:1' }, 403],
    ['a sandboxed page (Origin: null)', { ...json, origin: 'null' }, 403],
    ['a cross-site fetch metadata header', { ...json, 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site (other port) fetch', { ...json, 'sec-fetch-site': 'same-site' }, 403],
    ['a text/plain form body', { 'content-type': 'text/plain' }, 415],
    ['a urlencoded form body', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['no content type', {}, 415],
  ])('refuses %s and writes nothing', async (_, headers, status) => {
    const before = snapshot(p.db);
    const r = await send('/api/status:record', { headers, body: write });
    expect(r.status).toBe(status);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false });
    expect(snapshot(p.db)).toBe(before);
  });

  it('answers bad percent-encoding with 400', async () => {
    expect((await send('/api/status%E0%A4%A', { headers: json, body: '{}' })).status).toBe(400);
    expect((await send('/%ZZ', { method: 'GET' })).status).toBe(400);
  });

  it('answers an oversized body with 413, whether or not its length is announced', async () => {
    const big = JSON.stringify({ comment: 'x'.repeat(6 * 1024 * 1024) });
    expect((await send('/api/status:record', { headers: json, body: big })).status).toBe(413);
    const chunked = await send('/api/status:record', {
      headers: { ...json, 'transfer-encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(chunked.status).toBe(413);
  });

  it('tells browsers not to let other sites embed or read what it serves', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('lets the browser keep the build’s content-named files, never the page or an answer', async () => {
    const script = await fetch(`${server.url}assets/main-Ab12Cd34.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(server.url)).headers.get('cache-control')).toBe('no-store');
    const answer = await fetch(`${server.url}api/portfolio:info`, { method: 'POST', headers: json, body: '{}' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});
