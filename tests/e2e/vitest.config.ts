import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real-browser suite: two files at a time, each with a browser of its own (its own profile), as
// a browser mostly waits; generous timeouts for launches.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    // The byte budget reads the build too, so it runs here, after the build, beside the browser suite.
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
