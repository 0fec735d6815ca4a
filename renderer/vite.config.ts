import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { purgeDesignsystemet } from './css-purge.ts';
import { preloadFont } from './font-preload.ts';
import { startChunk } from './start-chunk.ts';
import { zodFreeFacts } from './zod-free.ts';

const start = startChunk('src/boot.ts', ['src/main.tsx', 'src/pages/RegisterPage.tsx']);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Absolute: a page at /tiltak/12 loads /assets/…, not /tiltak/assets/….
  base: '/',
  plugins: [react(), zodFreeFacts(), start.plugin, preloadFont(/inter-latin-wght-normal-[\w-]+\.woff2$/)],
  css: { postcss: { plugins: [purgeDesignsystemet()] } },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    // Which stylesheets each page's chunk brings: the server's render of a page links them in its head.
    manifest: true,
    emptyOutDir: true,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Electron 45's Chromium (142): modern CSS (nesting, light-dark(), :is) and JavaScript ship as written.
    target: 'chrome142',
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React components have no side effects when imported, but the package does not say so
        // and its files import its own barrel: without this, every component (the combobox with floating-ui,
        // tabs, suggestion …) landed in the start-up chunk. Its web components (designsystemet-web) register
        // themselves on import, so they keep their side effects.
        moduleSideEffects: [{ test: /\/@digdir\/designsystemet-react\/dist\//, sideEffects: false }],
      },
      output: { codeSplitting: { groups: [start.group] } },
    },
  },
});
