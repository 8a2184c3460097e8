import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // integration test files each get their own database, so they may run side by side
    fileParallelism: true,
    maxWorkers: 2,
  },
});
