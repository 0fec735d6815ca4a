// Lint, and the layer rule: shared imports nothing of ours; renderer imports shared only;
// core imports shared only; main and preload import core and shared; nothing imports main or tests.
// Inside the core: SQL only in repositories, services never import handlers, repositories never import services.
// tests/unit/layers.lint.test.ts plants one violation of each rule and checks that ESLint refuses it.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's modules, as 'node:*' and by their bare names: none may reach these layers. */
const NODE = 'node:*';
/** Node's modules by their bare names: 'fs', 'path', … (matched exactly: 'domain' is one, and a folder of ours). */
const NODE_NAMES = builtinModules.filter((m) => !m.startsWith('_'));
const nodeBare = (patterns) => patterns.includes(NODE);

const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: patterns, message }],
        ...(nodeBare(patterns) ? { paths: NODE_NAMES.map((name) => ({ name, message })) } : {}),
      },
    ],
  },
});

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', '@digdir/*', 'recharts'];
/** Where the core may run SQL: a call of prepare/exec/pragma on a database, or the statement cache. */
const SQL_CALL = {
  selector: 'CallExpression[callee.property.name=/^(prepare|exec|pragma)$/][callee.object.name=/^(db|database)$/]',
  message: 'SQL belongs in a repository (electron/core/repositories): call a repository function instead.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Prettier's print width; it cannot break strings, template literals or comments, so they are split by hand.
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  layer(
    ['shared/**'],
    [
      '**/electron/**',
      '**/renderer/**',
      '**/tests/**',
      NODE,
      'electron',
      'better-sqlite3',
      'react',
      'react-dom',
      'exceljs',
      'docx',
    ],
    'shared/ is common code: no Node, DOM, Electron or React, and nothing of ours outside shared/.',
  ),
  layer(
    ['renderer/src/**'],
    ['**/electron/**', '**/tests/**', NODE, 'electron', 'better-sqlite3', 'exceljs', 'docx'],
    'The renderer imports shared/ only: no Node, no Electron, no core, no tests.',
  ),
  {
    // The contracts hold zod schemas: a value imported from one brings zod and every schema into the renderer's
    // start-up JavaScript. Types are free; constants the renderer needs live in shared/api/view-params.ts.
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/api/*contract.ts', '**/shared/api/schemas.ts', '**/shared/api/filter.ts'],
              allowTypeImports: true,
              message: 'Import types only from a contract; values from shared/api/view-params.ts (no zod at start-up).',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['electron/core/**'],
    ['**/main/**', '**/preload/**', '**/renderer/**', '**/preview/**', '**/tests/**', 'electron', ...UI],
    'The core runs under plain Node: it imports shared/ only, never Electron, main, preload, the preview, ' +
      'the renderer, React or tests.',
  ),
  layer(
    ['electron/core/services/**'],
    [
      '**/handlers/**',
      '**/db/statements*',
      '**/main/**',
      '**/preload/**',
      '**/renderer/**',
      '**/preview/**',
      '**/tests/**',
      'electron',
      ...UI,
    ],
    'A service holds rules: it calls repositories for SQL and never imports handlers (handlers call services).',
  ),
  layer(
    ['electron/core/repositories/**'],
    [
      '**/services/**',
      '**/handlers/**',
      '**/main/**',
      '**/preload/**',
      '**/renderer/**',
      '**/preview/**',
      '**/tests/**',
      'electron',
      ...UI,
    ],
    'A repository is SQL and row mapping only: it never imports services or handlers.',
  ),
  {
    files: ['electron/core/services/**', 'electron/core/handlers/**'],
    rules: { 'no-restricted-syntax': ['error', SQL_CALL] },
  },
  layer(
    ['electron/preload/**'],
    ['**/core/**', '**/renderer/**', '**/main/**', '**/tests/**', NODE, 'better-sqlite3'],
    'The preload builds the bridge from the contract only.',
  ),
  layer(
    ['electron/main/**'],
    ['**/renderer/**', '**/preview/**'],
    'main imports core and shared, never the renderer or the preview harness.',
  ),
  layer(
    ['electron/preview/**'],
    ['**/main/**', '**/renderer/**', 'electron'],
    'The preview serves core and shared over HTTP; it never imports main, the renderer or Electron.',
  ),
);
