/**
 * Every real saved page and response in ../shared/fixtures, read by the same code as `npm run cli -- read-page`,
 * against its ground truth (cases.json): every number must lie in the truth's range, and a page with nothing to
 * read must give no count. Scored like ../shared/tools/check-readers.py, but strict: missing is a failure too.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Count } from '../../lib/count';
import type { Reading } from '../../lib/reading/reading';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage } from '../../scripts/saved-page';
import { type RealCase, SHARED_FIXTURES, SKIP_MESSAGE, hasSharedFixtures, realCaseText, realCases } from '../support/shared-fixtures';

async function read(realCase: RealCase): Promise<Reading> {
  const saved = loadSavedPage(realCaseText(realCase), realCase.url);
  try {
    return readPage({ url: realCase.url, root: saved.document, responses: saved.responses, now: new Date('2026-11-30T12:00:00Z'), lang: realCase.lang ?? null });
  } finally {
    await saved.close();
  }
}

function pick(record: object | undefined | null, names: string): Count | undefined {
  for (const name of names.split('|')) {
    const count = (record as Record<string, Count | undefined> | null | undefined)?.[name];
    if (count) return count;
  }
  return undefined;
}

function findPost(reading: Reading, id: string) {
  return reading.posts.find((post) => post.id.endsWith(id)) ?? reading.posts.find((post) => post.id.includes(id) || post.url.includes(id));
}

function allCounts(reading: Reading): Count[] {
  const creatorCounts = Object.values(reading.creator ?? {}).filter((value): value is Count => typeof value === 'object' && value !== null && 'value' in value);
  return [...creatorCounts, ...reading.posts.flatMap((post) => Object.values(post.metrics) as Count[])];
}

const cases = realCases();

describe.skipIf(!hasSharedFixtures)('real pages of ../shared/fixtures', () => {
  test.each(cases.map((realCase) => [realCase.file, realCase] as const))('%s', async (_file, realCase) => {
    const reading = await read(realCase);
    if (realCase.expect_nothing) {
      expect(allCounts(reading)).toEqual([]);
      return;
    }
    for (const [metric, [low, high]] of Object.entries(realCase.expect.creator ?? {})) {
      const count = pick(reading.creator, metric);
      expect(count, `creator.${metric}`).toBeDefined();
      expect(count!.value, `creator.${metric} = ${JSON.stringify(count)} within ${low}..${high}`).toBeGreaterThanOrEqual(low);
      expect(count!.value, `creator.${metric}`).toBeLessThanOrEqual(high);
      expect(count!.min <= high && count!.max >= low, `creator.${metric} range overlaps the truth`).toBe(true);
    }
    for (const [postId, metrics] of Object.entries(realCase.expect.posts ?? {})) {
      const post = findPost(reading, postId);
      expect(post, `post ${postId}`).toBeDefined();
      for (const [metric, [low, high]] of Object.entries(metrics)) {
        const count = pick(post!.metrics, metric);
        expect(count, `post ${postId}.${metric}`).toBeDefined();
        expect(count!.value, `post ${postId}.${metric} = ${JSON.stringify(count)} within ${low}..${high}`).toBeGreaterThanOrEqual(low);
        expect(count!.value, `post ${postId}.${metric}`).toBeLessThanOrEqual(high);
        expect(count!.min <= high && count!.max >= low).toBe(true);
      }
    }
  });
});

describe.skipIf(!hasSharedFixtures)('the real cases themselves', () => {
  test('cases.json lists pages, each with something to check (an empty list would pass every test above)', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const realCase of cases) {
      const expected = Object.keys(realCase.expect.creator ?? {}).length + Object.keys(realCase.expect.posts ?? {}).length;
      expect(realCase.expect_nothing || expected > 0, `${realCase.file} checks nothing`).toBe(true);
    }
  });
});

// Without ../shared the checks above are skipped; that is only honest when ../shared is really absent, not present
// without its fixtures (a broken checkout or a renamed file would otherwise skip every real-page check in silence).
test.runIf(!hasSharedFixtures)('real pages are skipped only when ../shared has no fixtures folder at all', () => {
  console.warn(SKIP_MESSAGE);
  expect(existsSync(SHARED_FIXTURES), `${SHARED_FIXTURES} exists but has no cases.json`).toBe(false);
});
