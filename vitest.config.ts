import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The schedule works in local time: the unit tests pin one zone with summer time, so the tests of
// the clock changes (2026-03-29, 2026-10-25) mean something on any machine. Set before the workers
// start, and again through `test.env` for each of them.
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: [
      'tests/e2e/**',
      'tests/firefox/**',
      'tests/build/**',
      'tests/bench/**',
      'node_modules/**',
    ],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
