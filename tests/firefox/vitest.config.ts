import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox suite: one browser at a time, generous timeouts for launches.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
