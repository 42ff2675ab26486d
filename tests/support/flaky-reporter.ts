/**
 * Names every test that passed only on a retry. The suites retry a failed test once (vitest.config.ts,
 * vitest.e2e.config.ts) because CI's shared machines run at loads where a browser or a live query is occasionally
 * late; a retried pass must not go unseen, so this prints each one, with its first error, at the end of the run.
 * A test that fails twice still fails the run.
 */
import type { Reporter, TestCase } from 'vitest/node';

export default class FlakyReporter implements Reporter {
  private readonly flaky: TestCase[] = [];

  onTestCaseResult(testCase: TestCase): void {
    if (testCase.diagnostic()?.flaky) this.flaky.push(testCase);
  }

  onTestRunEnd(): void {
    if (!this.flaky.length) return;
    const lines = [`\n${this.flaky.length} test(s) passed only on a retry (flaky; fix them):`];
    for (const testCase of this.flaky) {
      lines.push(`  FLAKY ${testCase.module.moduleId.replace(process.cwd() + '/', '')} > ${testCase.fullName}`);
      // A pass on a retry keeps the failed attempt's errors: the first says what went wrong, so the flake can be fixed.
      const first = testCase.result().errors?.[0];
      if (first) lines.push(`    first attempt: ${first.name ?? 'Error'}: ${(first.message ?? '').split('\n').slice(0, 6).join('\n    ')}`);
    }
    console.warn(lines.join('\n'));
  }
}
