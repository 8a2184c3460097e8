import { defineConfig } from 'vitest/config';

// Browser tests: one platform (API + this portal's build) and one Chromium for the run, each test
// file in its own browser contexts (tests/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['./tests/support/global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll gives up after 1 s by default: on a loaded 2-core machine a page reload or a
    // scheduler beat can take longer than that (a poll that succeeds returns at once)
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
