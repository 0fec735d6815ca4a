import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { zodFreeFacts } from './renderer/zod-free.ts';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine one worker ran every file in turn
    // while the other core was idle (the suite used 1 010 s of CPU in 1 070 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Unit tests share their workers' modules (isolate: false): evaluating the core's modules afresh for each of the
      // hundred files took two minutes of the suite. They keep no state between files (every test opens its own
      // portfolio in a temp directory); the shell's tests mock `electron` each their own way, so they stay isolated.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/shell/**'],
          environment: 'node',
          pool: 'forks',
          isolate: false,
        },
      },
      { test: { name: 'shell', include: ['tests/unit/shell/**/*.test.ts'], environment: 'node', pool: 'forks' } },
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
          // Each file starts its own preview server and Chromium; the test modules (Playwright) are loaded once.
          isolate: false,
          // One file at a time, after the other projects (a group of its own: vitest runs a group's files on the
          // same number of workers).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
