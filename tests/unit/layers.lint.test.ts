// The layer rules are real: one planted violation of each is refused by ESLint with the project's own config, and
// the same code where it belongs is accepted.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const PLANTED: [string, string, string, string][] = [
  ['core imports the preview harness', 'electron/core/export/x.ts', "import '../../preview/server.ts';", 'imports'],
  ['the renderer imports tests', 'renderer/src/x.ts', "import '../../tests/support/api.ts';", 'imports'],
  ['shared imports tests', 'shared/x.ts', "import '../tests/support/api.ts';", 'imports'],
  ['the preload imports a bare Node module', 'electron/preload/x.ts', "import 'fs';", 'imports'],
  ['shared imports a bare Node module', 'shared/domain/x.ts', "import 'path';", 'imports'],
  ['the core imports React', 'electron/core/export/x.ts', "import 'react';", 'imports'],
  ['a service imports handlers', 'electron/core/services/x.ts', "import '../handlers/index.ts';", 'imports'],
  ['a repository imports a service', 'electron/core/repositories/x.ts', "import '../services/x.ts';", 'imports'],
  [
    'a service uses the statement cache',
    'electron/core/services/x.ts',
    "import { stmt } from '../db/statements.ts';\nexport const s = stmt;",
    'imports',
  ],
  [
    'a service runs SQL',
    'electron/core/services/x.ts',
    "import type { Database } from 'better-sqlite3';\nexport const n = (db: Database) => db.prepare('SELECT 1').get();",
    'syntax',
  ],
  [
    'a handler runs SQL',
    'electron/core/handlers/x.ts',
    "import type { Database } from 'better-sqlite3';\nexport const n = (db: Database) => db.exec('DELETE FROM plans');",
    'syntax',
  ],
];

const RULE = { imports: 'no-restricted-imports', syntax: 'no-restricted-syntax' };

describe('layer rules (ESLint)', () => {
  // The first lint loads the project's ESLint config and plugins: seconds on a busy machine.
  it.each(PLANTED)(
    'refuses: %s',
    async (_what, path, code, kind) => {
      expect(await rulesFor(path, code)).toContain(RULE[kind as keyof typeof RULE]);
    },
    30_000,
  );

  it('accepts the same things where they belong', async () => {
    const sql = "import type { Database } from 'better-sqlite3';\nexport const n = (db: Database) => db.prepare('x');";
    expect(await rulesFor('electron/core/repositories/x.ts', sql)).toEqual([]);
    expect(await rulesFor('electron/core/files/x.ts', "import 'node:fs';")).toEqual([]);
    expect(await rulesFor('electron/core/handlers/x.ts', "import '../services/plans.service.ts';")).toEqual([]);
    expect(await rulesFor('shared/domain/x.ts', "import './plans.ts';")).toEqual([]);
    expect(await rulesFor('renderer/src/x.ts', "import 'react';")).toEqual([]);
  });
});
