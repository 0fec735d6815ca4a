// The parse worker for returned answer files → dist-electron/answer-worker.cjs, beside main.cjs (answer-reader.ts
// starts it from there in the app; under plain Node it starts the TypeScript source).
import { defineConfig } from 'vite';
import { electronBundle } from './vite.shared.ts';

export default defineConfig(electronBundle('./core/rounds/answer-worker.ts', 'answer-worker.cjs', false));
