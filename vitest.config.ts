import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'lib/**/*.test.ts'],
    // Generous: CI runs at loads of 20 on 2 cores, where a test of 5 s takes 30. Budgets live in `npm run bench`.
    testTimeout: 60_000,
    // One retry for what CI's loaded machines make late; every retried pass is named by the flaky reporter.
    retry: 1,
    reporters: ['default', './tests/support/flaky-reporter.ts'],
  },
});
