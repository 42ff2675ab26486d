/**
 * The real saved pages in ../shared/fixtures (not ours to redistribute, so never copied here). Tests that use them
 * skip with a message when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the project root (tests run from the root), or CASTLIST_SHARED_DIR. */
export const SHARED_DIR = process.env.CASTLIST_SHARED_DIR ?? resolve(process.cwd(), '..', 'shared');
export const SHARED_FIXTURES = join(SHARED_DIR, 'fixtures');
export const SHARED_DATASETS = join(SHARED_DIR, 'datasets');
export const hasSharedFixtures = existsSync(join(SHARED_FIXTURES, 'cases.json'));
/** The labelled comment datasets (YouTube Spam Collection, ScamSpot, TweetEval) the comment models are trained on. */
export const hasSharedDatasets = ['youtube-spam-collection', 'scamspot-instagram-scam-comments', 'tweeteval-sentiment'].every((name) =>
  existsSync(join(SHARED_DATASETS, name)),
);
export const DATASETS_SKIP_MESSAGE = `../shared/datasets not found beside the project (looked in ${SHARED_DATASETS}): comment-model quality checks skipped`;
export const SKIP_MESSAGE = `../shared/fixtures not found beside the project (looked in ${SHARED_FIXTURES}): real-page checks skipped`;

export interface RealCase {
  file: string;
  url: string;
  lang?: string;
  unwrap?: string;
  expect_nothing?: boolean;
  expect: {
    creator?: Record<string, [number, number]>;
    posts?: Record<string, Record<string, [number, number]>>;
  };
}

export function realCases(): RealCase[] {
  if (!hasSharedFixtures) return [];
  return JSON.parse(readFileSync(join(SHARED_FIXTURES, 'cases.json'), 'utf8')) as RealCase[];
}

/** The file's text, unwrapped the way check-readers.py does for `unwrap` cases. */
export function realCaseText(realCase: RealCase): string {
  const text = readFileSync(join(SHARED_FIXTURES, realCase.file), 'utf8');
  if (!realCase.unwrap) return text;
  return JSON.stringify((JSON.parse(text) as Record<string, unknown>)[realCase.unwrap]);
}
