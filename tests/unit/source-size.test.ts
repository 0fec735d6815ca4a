// No source line is wider than 120 characters (Prettier's print width). Prettier cannot break string literals,
// template literals or comments, so those are split by hand; ESLint's max-len says the same for linted files.
// No source file is longer than 400 lines: a file that grows past it is split by what its parts do.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = ['electron', 'renderer', 'shared', 'tests'];
const SOURCE = /\.(ts|tsx|css)$/;
const MAX_LINE = 120;
const MAX_LINES = 400;

/** The tracked source files, relative to the root; a plain walk when git is not at hand. */
function sourceFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', ...DIRS], { cwd: ROOT, encoding: 'utf8' });
    const tracked = out.split('\0').filter((f) => SOURCE.test(f));
    if (tracked.length > 0) return tracked;
  } catch {
    // Not a git checkout: walk the folders instead.
  }
  return DIRS.flatMap((dir) =>
    (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
      .filter((f) => SOURCE.test(f) && !f.split(/[\\/]/).includes('node_modules'))
      .map((f) => `${dir}/${f.replaceAll('\\', '/')}`),
  );
}

/** "file:line (width)" for every line over the limit, counted in characters as ESLint and Prettier do. */
function overlongLines(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split(/\r?\n/)
      .map((line) => [...line].length)
      .flatMap((width, i) => (width > MAX_LINE ? [`${file}:${i + 1} (${width})`] : [])),
  );
}

/** "file (lines)" for every file over the limit. */
function longFiles(files: string[]): string[] {
  return files.flatMap((file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').replace(/\n$/, '').split(/\r?\n/).length;
    return lines > MAX_LINES ? [`${file} (${lines})`] : [];
  });
}

describe('source size', () => {
  it(`has no file over ${MAX_LINES} lines in electron/, renderer/, shared/ or tests/`, () => {
    expect(longFiles(sourceFiles())).toEqual([]);
  });

  it(`has no line over ${MAX_LINE} characters in electron/, renderer/, shared/ or tests/`, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(overlongLines(files)).toEqual([]);
  });
});
