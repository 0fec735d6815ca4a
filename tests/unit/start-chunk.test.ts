// What the browser must fetch before the register (the start page) can show its rows: the renderer built as
// shipped, its scripts followed by their static imports. Over HTTP/1.1 a browser asks a host six at a time, so
// more files than that queue behind each other (the preview's register once waited ≈ 150 ms for twenty).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachable } from '../../renderer/start-chunk.ts';
import { tempDir } from '../support/portfolio.ts';

const tmp = tempDir();
const assets = join(tmp.dir, 'assets');
const read = (file: string) => readFileSync(join(assets, file), 'utf8');
const chunk = (name: string) => readdirSync(assets).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))!;

/** A script and every script it imports statically, as the browser loads them before running it. */
const loadedWith = (files: string[]) =>
  reachable(files, (file) => [...read(file).matchAll(/(?:import|from)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]));

describe('the renderer as built', () => {
  let entry = '';
  let html = '';
  beforeAll(async () => {
    await build({ configFile: 'renderer/vite.config.ts', build: { outDir: tmp.dir }, logLevel: 'silent' });
    html = readFileSync(join(tmp.dir, 'index.html'), 'utf8');
    entry = /src="\/assets\/([\w.-]+\.js)"/.exec(html)![1];
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('starts the register with at most six scripts, and without the dashboard’s charts', () => {
    const start = loadedWith([entry, chunk('main'), chunk('RegisterPage')]);
    expect(start.size).toBeLessThanOrEqual(6);
    expect([...start].some((f) => /recharts/.test(read(f)))).toBe(false);
  });

  it('asks for the Latin face of Inter with the scripts, not after the first render has set text in a fallback', () => {
    const font = readdirSync(assets).find((f) => /^inter-latin-wght-normal-[\w-]+\.woff2$/.test(f));
    expect(font).toBeDefined();
    const preload = /<link rel="preload" as="font" type="font\/woff2" crossorigin="" href="\/assets\/([^"]+)">/.exec(
      html,
    );
    expect(preload?.[1]).toBe(font);
    // In the head, before the body: the browser finds it at once.
    expect(html.indexOf(preload![0])).toBeLessThan(html.indexOf('<body>'));
  });

  it('keeps the entry free of the shell, so it asks for the page and its data before the shell has loaded', () => {
    expect(loadedWith([entry])).toEqual(new Set([entry]));
  });
});
