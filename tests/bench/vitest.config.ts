import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The paint benchmark: one browser, nothing else running beside it, so timings are not shared.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    // Same check as the browser suite: a missing Chromium or build is named before any launch.
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
