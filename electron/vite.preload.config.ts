// The preload → dist-electron/preload.cjs. A sandboxed preload may only require('electron'), so everything else
// (the contract's operation names, zod) is bundled in.
import { defineConfig } from 'vite';
import { electronBundle } from './vite.shared.ts';

export default defineConfig(electronBundle('./preload/preload.ts', 'preload.cjs', false));
