/**
 * Every real saved page and response in ../shared/fixtures, read by the same code as `npm run cli -- read-page`,
 * against its ground truth (cases.json): every number must lie in the truth's range, and a page with nothing to
 * read must give no count. Scored like ../shared/tools/check-readers.py, but strict: missing is a failure too.
 */
import { describe, expect, test } from 'vitest';
import type { Count } from '../../lib/count';
import type { Reading } from '../../lib/reading/reading';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage } from '../../scripts/saved-page';
import { type RealCase, SKIP_MESSAGE, hasSharedFixtures, realCaseText, realCases } from '../support/shared-fixtures';

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

test.runIf(!hasSharedFixtures)('real pages are checked when ../shared is present', () => {
  console.warn(SKIP_MESSAGE);
  expect(hasSharedFixtures).toBe(false);
});
