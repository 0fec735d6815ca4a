// Lint, and the layer rule: shared imports nothing of ours; renderer imports shared only;
// core imports shared only; main and preload import core and shared; nothing imports main.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

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
      'node:*',
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
    ['**/electron/**', 'node:*', 'electron', 'better-sqlite3', 'exceljs', 'docx'],
    'The renderer imports shared/ only: no Node, no Electron, no core.',
  ),
  layer(
    ['electron/core/**'],
    ['**/main/**', '**/preload/**', '**/renderer/**', 'electron'],
    'The core runs under plain Node: it imports shared/ only, never Electron, main, preload or the renderer.',
  ),
  layer(
    ['electron/preload/**'],
    ['**/core/**', '**/renderer/**', '**/main/**', 'node:*', 'better-sqlite3'],
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
