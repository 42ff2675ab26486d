/**
 * What the extension's own code (lib/, components/, entrypoints/) must never contain, checked in its source:
 *   - no way of turning text into live HTML or code (an inert DOMParser document is allowed): page text is hostile,
 *     and the panel and the badges show it as text
 *     (the end-to-end hostile-text test proves it in the browser; this catches a new path before it ships);
 *   - no request of its own and no remote code (the end-to-end no-own-requests test records the browser; this
 *     names the line). The page bridge is the one place that touches fetch and XMLHttpRequest: it wraps the page's
 *     own, and makes no request itself.
 * A comment that mentions one of these words is not code, and is skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each line of code with its place, comments left out (line comments, and lines of block comments). */
function codeLines(): Array<{ where: string; code: string }> {
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ where: `${relative(ROOT, file)}:${index + 1}`, code: line.replace(/(^|\s)\/\/.*$/, '') }))
      .filter(({ code }) => !/^\s*(\*|\/\*)/.test(code)),
  );
}

const HTML_FROM_TEXT = /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|\bsrcdoc\b/;
const CODE_FROM_TEXT = /\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]|importScripts|import\s*\(\s*['"`]https?:/;
const OWN_REQUESTS = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+EventSource|\.src\s*=\s*['"`]https?:/;
/** The page bridge wraps the page's own fetch and XMLHttpRequest (lib/page-bridge/install-page-bridge.ts). */
const PAGE_BRIDGE = 'lib/page-bridge/install-page-bridge.ts';

describe('the extension\'s source', () => {
  const lines = codeLines();

  test('is found (the checks below look at something)', () => {
    expect(lines.length).toBeGreaterThan(1_000);
    expect(lines.some(({ where }) => where.startsWith('components/'))).toBe(true);
  });

  test('never turns text into HTML', () => {
    expect(lines.filter(({ code }) => HTML_FROM_TEXT.test(code)).map(({ where, code }) => `${where}: ${code.trim()}`)).toEqual([]);
  });

  test('never turns text into code', () => {
    expect(lines.filter(({ code }) => CODE_FROM_TEXT.test(code)).map(({ where, code }) => `${where}: ${code.trim()}`)).toEqual([]);
  });

  test('makes no request: only the page bridge touches fetch and XMLHttpRequest, to wrap the page\'s own', () => {
    const found = lines.filter(({ code }) => OWN_REQUESTS.test(code));
    expect(found.filter(({ where }) => !where.startsWith(`${PAGE_BRIDGE}:`)).map(({ where, code }) => `${where}: ${code.trim()}`)).toEqual([]);
    // The bridge calls only the page's original fetch, with the page's own arguments.
    const bridgeCalls = found.filter(({ where, code }) => where.startsWith(`${PAGE_BRIDGE}:`) && /\bfetch\s*\(/.test(code));
    expect(bridgeCalls).toEqual([]);
  });
});
