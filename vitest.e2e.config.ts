import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium (.output/chrome-mv3, playwright-core) and in Debian's Firefox
// ESR (.output/firefox-mv3, puppeteer-core over WebDriver BiDi: tests/e2e/firefox/).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry for what CI's loaded machines make late; every retried pass is named by the flaky reporter.
    retry: 1,
    reporters: ['default', './tests/support/flaky-reporter.ts'],
  },
});
