import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'lib/**/*.test.ts'],
    testTimeout: 30_000,
    // One retry for what CI's loaded machines make late; every retried pass is named by the flaky reporter.
    retry: 1,
    reporters: ['default', './tests/support/flaky-reporter.ts'],
  },
});
