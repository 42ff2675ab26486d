// Mozilla's addons-linter on the Firefox build (what addons.mozilla.org runs on a submission). Every error, warning
// and notice fails, except the documented exceptions below, each checked to be what its reason says.
// Run after `npm run build:firefox`: `npm run lint:firefox [dir]` (default .output/firefox-mv3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import addonsLinter from 'addons-linter';

const dir = process.argv[2] ?? join(process.env.CASTLIST_OUT_DIR ?? '.output', 'firefox-mv3');

/**
 * Findings we accept, each with its reason and a check that the finding is that case and no other.
 * UNSAFE_VAR_ASSIGNMENT in the side panel's bundle: React DOM's own implementation of `dangerouslySetInnerHTML`
 * (`e.innerHTML = n` right after reading `__html`). It is reached only through that prop, which Castlist never uses
 * (tests/unit/no-html-from-page-text.test.ts fails if any of our code does).
 * DANGEROUS_EVAL in the background and the side panel's chunks (zod sits in whichever chunk the panel's views share;
 * since the views load on demand that is not the panel's entry chunk): zod's probe of whether the page allows eval
 * (`try { new Function("") }`), which zod runs only when not told `jitless`; lib/platform/zod-jitless.ts tells it
 * first thing in both, so the probe never runs and no string is ever evaluated (the hostile-text end-to-end test fails on any CSP
 * violation in the panel).
 */
const EXCEPTIONS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason: "React DOM's implementation of dangerouslySetInnerHTML, a prop Castlist never uses",
    applies(finding) {
      if (!/^chunks\/[\w-]+\.js$/.test(finding.file ?? '')) return false;
      const line = readFileSync(join(dir, finding.file), 'utf8').split('\n')[(finding.line ?? 1) - 1] ?? '';
      const before = line.slice(Math.max(0, (finding.column ?? 0) - 300), (finding.column ?? 0) + 40);
      return before.includes('case"dangerouslySetInnerHTML"') && before.includes('.__html') && before.includes('.innerHTML=');
    },
  },
  {
    code: 'DANGEROUS_EVAL',
    reason: "zod's eval probe, skipped because lib/platform/zod-jitless.ts sets jitless before any schema runs",
    applies(finding) {
      if (!/^(background\.js|chunks\/[\w-]+\.js)$/.test(finding.file ?? '')) return false;
      const line = readFileSync(join(dir, finding.file), 'utf8').split('\n')[(finding.line ?? 1) - 1] ?? '';
      const around = line.slice(Math.max(0, (finding.column ?? 0) - 200), (finding.column ?? 0) + 60);
      return /if\(\w+\.jitless\)return!1;/.test(around) && around.includes('try{return new Function(""),!0}catch');
    },
  },
];

const linter = addonsLinter.createInstance({
  config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
  runAsBinary: false,
});
const results = await linter.run();
const findings = [...results.errors, ...results.warnings, ...results.notices];
const accepted = [];
const failures = [];
for (const finding of findings) {
  const exception = EXCEPTIONS.find((candidate) => candidate.code === finding.code && candidate.applies(finding));
  (exception ? accepted : failures).push({ finding, exception });
}
const where = (finding) => `${finding.file ?? '(add-on)'}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ''}`;
for (const { finding, exception } of accepted) console.log(`accepted ${finding.code} at ${where(finding)}: ${exception.reason}`);
for (const { finding } of failures) console.error(`${finding.type} ${finding.code} at ${where(finding)}: ${finding.message} ${finding.description ?? ''}`);
if (failures.length) {
  console.error(`addons-linter: ${failures.length} finding(s) in ${dir} (fix them, or document an exception in scripts/lint-firefox.mjs)`);
  process.exit(1);
}
console.log(`addons-linter: ${dir} passes (${accepted.length} documented exception(s))`);
