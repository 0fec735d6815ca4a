// The server's render of the first page (src/server.tsx) → dist/ssr/server.cjs: one CommonJS file with React, the
// pages and their libraries in it (the packaged app has no React in node_modules), loaded by the core's first-view.ts
// in the preview and in the desktop app's main process.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { zodFreeFacts } from './zod-free.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), zodFreeFacts()],
  logLevel: 'warn',
  // React's production build: an SSR build leaves process.env.NODE_ENV to run time, where nothing sets it, and React's
  // development build renders several times slower.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: 'src/server.tsx',
    outDir: fileURLToPath(new URL('../dist/ssr', import.meta.url)),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'server.cjs', codeSplitting: false } },
  },
  ssr: { noExternal: true, target: 'node' },
});
