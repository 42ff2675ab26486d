/**
 * Issue 8 §7, "what the command line reads, the extension stores": every sample page (tests/fixtures) and every real
 * saved page of ../shared/fixtures/cases.json, served at its URL, is loaded in the built extension; what IndexedDB
 * then holds is compared with what `read-page` reports for the same page (the same reader code, called directly on
 * the same HTML). Every count read-page reports must be stored for that page, in the same range or a narrower one
 * (the extension may also see the page's own network responses, which can only make a count more exact).
 * Real pages that are bare API responses (JSON) are no pages a browser shows: they are read-page's alone.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import { CREATOR_METRICS, POST_METRICS, type Reading } from '../../lib/reading/reading';
import { readPage } from '../../lib/sites/read-page';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/browser/extension-browser';
import { samplePageAt, serveSamplePages } from '../../scripts/browser/sample-routes';
import { loadSavedPage } from '../../scripts/saved-page';
import { PULSE_ELSEWHERE, PULSE_OWN } from '../fixtures/attribution-routes';
import { OTHER_CREATOR, SAMPLE_CREATOR, SAMPLE_POSTS as INSTAGRAM_POSTS } from '../fixtures/instagram/sample-data';
import { SAMPLE_GUEST_POST, SAMPLE_PEOPLE } from '../fixtures/linkedin/sample-pages';
import { guestPostUrl } from '../fixtures/linkedin/guest-pages';
import { CREATORS as TIKTOK_CREATORS, SAMPLE_POSTS as TIKTOK_POSTS } from '../fixtures/tiktok/sample-data';
import { CREATORS as X_CREATORS, POSTS as X_POSTS } from '../fixtures/x/sample-data';
import { WATCHED } from '../fixtures/youtube/attribution-pages';
import { SAMPLE_CHANNEL, SAMPLE_VIDEOS } from '../fixtures/youtube/sample-channel';
import { type RealCase, SKIP_MESSAGE, hasSharedFixtures, realCaseText, realCases } from '../support/shared-fixtures';
import { type StoredSnapshot, snapshotsOf } from './idb';

/** Every page our sample routes serve (a candidate URL the routes do not answer, or answer with JSON, is no page). */
const SAMPLE_PAGE_URLS = [
  ...SAMPLE_VIDEOS.map((video) => `https://www.youtube.com/watch?v=${video.id}`),
  `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}`,
  `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`,
  `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/featured`,
  `https://www.youtube.com/watch?v=${WATCHED.id}`,
  ...TIKTOK_CREATORS.map((creator) => `https://www.tiktok.com/@${creator.handle}`),
  ...TIKTOK_POSTS.flatMap((post) => [`https://www.tiktok.com/@${post.handle}/video/${post.id}`, `https://www.tiktok.com/@${post.handle}/photo/${post.id}`]),
  'https://www.tiktok.com/foryou',
  ...[SAMPLE_CREATOR, OTHER_CREATOR].flatMap((creator) => [`https://www.instagram.com/${creator.username}/`, `https://www.instagram.com/${creator.username}/tagged/`]),
  ...INSTAGRAM_POSTS.map((post) => `https://www.instagram.com/${post.kind === 'reel' ? 'reel' : 'p'}/${post.code}/`),
  ...X_CREATORS.map((creator) => `https://x.com/${creator.handle}`),
  ...X_POSTS.map((post) => `https://x.com/${post.handle}/status/${post.id}`),
  ...Object.values(SAMPLE_PEOPLE).map((person) => `https://www.linkedin.com/in/${person.handle}/`),
  guestPostUrl(SAMPLE_GUEST_POST),
  `https://www.linkedin.com/pulse/${PULSE_OWN.slug}`,
  `https://www.linkedin.com/pulse/${PULSE_ELSEWHERE.slug}`,
].filter((url) => samplePageAt(new URL(url))?.contentType.startsWith('text/html'));

interface Expected {
  entityKey: string;
  metric: string;
  min: number;
  max: number;
}

interface Outcome {
  page: string;
  expected: number;
  same: number;
  narrower: number;
  missing: string[];
}

/** Every count a reading reports, as the entity and metric the database would hold it under. */
function countsOf(reading: Reading): { expected: Expected[]; unstorable: string[] } {
  const expected: Expected[] = [];
  const unstorable: string[] = [];
  const creator = reading.creator;
  if (creator) {
    const key = creatorKeyOf(reading.platform, creator);
    for (const metric of CREATOR_METRICS) {
      const count = creator[metric];
      if (!count) continue;
      if (key) expected.push({ entityKey: entityKeyOf('creator', key), metric, min: count.min, max: count.max });
      else unstorable.push(`creator.${metric} (${creator.name ?? '?'}: no handle and no id, so no key)`);
    }
  }
  for (const post of reading.posts) {
    for (const metric of POST_METRICS) {
      const count = post.metrics[metric];
      if (count) expected.push({ entityKey: entityKeyOf('post', postKeyOf(reading.platform, post.id)), metric, min: count.min, max: count.max });
    }
  }
  return { expected, unstorable };
}

function readWithCli(html: string, url: string, lang: string | null): Reading {
  const saved = loadSavedPage(html, url);
  try {
    return readPage({ url, root: saved.document, responses: saved.responses, now: new Date(), lang });
  } finally {
    void saved.close();
  }
}

const stored = (snapshots: StoredSnapshot[], want: Expected) =>
  snapshots
    .map((snapshot) => snapshot.counts[want.metric])
    .filter((count): count is NonNullable<typeof count> => Boolean(count))
    .filter((count) => count.min >= want.min && count.max <= want.max);

let browser: ExtensionBrowser;
/** The real page being served, by URL (set by the test before it loads the page). */
const servedReal = new Map<string, string>();
const outcomes: Outcome[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveSamplePages(browser.context, async (route: Route, url: URL) => {
    const body = servedReal.get(url.href);
    if (body === undefined) return false;
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return true;
  });
});

afterAll(async () => {
  await browser?.close();
  if (outcomes.length) {
    const total = outcomes.reduce((sum, outcome) => sum + outcome.expected, 0);
    const same = outcomes.reduce((sum, outcome) => sum + outcome.same, 0);
    const narrower = outcomes.reduce((sum, outcome) => sum + outcome.narrower, 0);
    const missing = outcomes.reduce((sum, outcome) => sum + outcome.missing.length, 0);
    console.log(`read-page vs IndexedDB: ${outcomes.length} pages, ${total} counts read-page reports; stored in the same range ${same}, narrower ${narrower}, missing ${missing}`);
  }
});

/** Loads the page in the extension and waits until every count read-page reports for it is stored (or 15 s). */
async function compare(url: string, reading: Reading): Promise<Outcome> {
  const { expected, unstorable } = countsOf(reading);
  const page = await browser.context.newPage();
  await page.goto(url);
  const found = async () => {
    const worker = await browser.serviceWorker();
    const byEntity = new Map<string, StoredSnapshot[]>();
    for (const entityKey of new Set(expected.map((want) => want.entityKey))) {
      byEntity.set(entityKey, (await snapshotsOf(worker, entityKey)).filter((snapshot) => snapshot.pageUrl === reading.url));
    }
    return expected.map((want) => stored(byEntity.get(want.entityKey) ?? [], want));
  };
  await expect.poll(async () => (await found()).every((matches) => matches.length > 0), { timeout: 15_000 }).toBe(true).catch(() => undefined);
  const matches = await found();
  await page.close();
  const outcome: Outcome = {
    page: url,
    expected: expected.length + unstorable.length,
    same: matches.filter((list, index) => list.some((count) => count.min === expected[index]!.min && count.max === expected[index]!.max)).length,
    narrower: 0,
    missing: [...unstorable, ...expected.filter((_want, index) => !matches[index]!.length).map((want) => `${want.entityKey} ${want.metric} [${want.min}, ${want.max}]`)],
  };
  outcome.narrower = expected.length - outcome.missing.length + unstorable.length - outcome.same;
  outcomes.push(outcome);
  return outcome;
}

describe('what read-page reads, the extension stores: our sample pages', () => {
  test('there are sample pages of every site', () => {
    const hosts = new Set(SAMPLE_PAGE_URLS.map((url) => new URL(url).hostname));
    expect([...hosts].sort()).toEqual(['www.instagram.com', 'www.linkedin.com', 'www.tiktok.com', 'www.youtube.com', 'x.com']);
  });

  test.each(SAMPLE_PAGE_URLS)('%s', async (url) => {
    const reading = readWithCli(samplePageAt(new URL(url))!.body, url, null);
    const outcome = await compare(url, reading);
    expect(outcome.missing).toEqual([]);
  });
});

const realPages = realCases().filter((realCase) => !realCase.unwrap && !realCase.file.endsWith('.json'));

describe.skipIf(!hasSharedFixtures)('what read-page reads, the extension stores: the real pages of ../shared/fixtures', () => {
  test.each(realPages.map((realCase) => [realCase.file, realCase] as [string, RealCase]))('%s', async (_file, realCase) => {
    const html = realCaseText(realCase);
    servedReal.set(new URL(realCase.url).href, html);
    const reading = readWithCli(html, realCase.url, realCase.lang ?? null);
    const outcome = await compare(realCase.url, reading);
    expect(outcome.missing).toEqual([]);
  });
});

test.runIf(!hasSharedFixtures)('the real pages are compared when ../shared is present', () => {
  console.warn(SKIP_MESSAGE);
  expect(hasSharedFixtures).toBe(false);
});
