// The main process → dist-electron/main.cjs.
import { defineConfig } from 'vite';
import { electronBundle } from './vite.shared.ts';

export default defineConfig(electronBundle('./main/main.ts', 'main.cjs', true));
