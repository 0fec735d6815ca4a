import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { zodFreeFacts } from './renderer/zod-free.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', pool: 'forks' } },
      // Child processes killed at random, corrupted copies, fuzzing. Small counts here;
      // `npm run test:reliability` runs many.
      {
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [react(), zodFreeFacts()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // expect.poll waits for a condition in the page; its default of 1 s was too short on a busy machine (the
          // closed-year note on Oversikt came later than that beside two busy loops and other test runs).
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
