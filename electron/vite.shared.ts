// Shared Vite settings for the Electron bundles: one CommonJS file each for Node 22 (Electron 45), with Electron,
// native and heavy runtime libraries left to require() at run time (they ship in node_modules inside the asar).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

export const EXTERNAL: (string | RegExp)[] = [
  'electron',
  'better-sqlite3',
  '@resvg/resvg-js',
  'exceljs',
  'docx',
  // A runtime dependency of exceljs too, so it is in node_modules anyway: not bundled a second time.
  'jszip',
  // Joins PDFs printed in parts (core/export/pdf-join.ts).
  'pdf-lib',
  /^node:/,
  ...builtinModules,
];

export function electronBundle(entry: string, fileName: string, emptyOutDir: boolean): UserConfig {
  return {
    root: fileURLToPath(new URL('..', import.meta.url)),
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: fileURLToPath(new URL('../dist-electron', import.meta.url)),
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: false,
      ssr: true,
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { external: EXTERNAL, output: { codeSplitting: false } },
    },
    ssr: {
      noExternal: true,
      external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'exceljs', 'docx', 'jszip', 'pdf-lib'],
    },
  };
}
