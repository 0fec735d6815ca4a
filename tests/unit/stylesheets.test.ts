// A rule left open (a merge can drop a closing brace) silently swallows every rule after it: the register
// lost its scroll container and the virtualised list rendered unstyled. Every stylesheet must close what it opens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../renderer/src/', import.meta.url).pathname;
const sheets = (readdirSync(ROOT, { recursive: true }) as string[]).filter((f) => f.endsWith('.css'));

/** Line numbers where a rule starts at the left margin while another is still open. */
function openRulesAt(css: string): number[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found: number[] = [];
  let depth = 0;
  text.split('\n').forEach((line, i) => {
    if (depth > 0 && /^[.#a-z@:[*]/i.test(line)) found.push(i + 1);
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
  });
  if (depth !== 0) found.push(-1);
  return found;
}

describe('renderer stylesheets', () => {
  it.each(sheets)('%s closes every rule it opens', (file) => {
    expect(openRulesAt(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
