/**
 * Readers are pure functions of their input (issue 7 §2): no module-level cache keyed by page input. Work worth
 * keeping between reads goes through the caller's explicit memo (ReaderMemo, keyed and bounded by remembered()); without one, every
 * read starts from nothing, so a changed response or a changed script is read anew.
 */
import { describe, expect, test } from 'vitest';
import { readInstagram } from '../../lib/sites/instagram/read-instagram';
import { readLinkedIn } from '../../lib/sites/linkedin/read-linkedin';
import { MEMO_LIMIT, type ReaderMemo, remembered } from '../../lib/sites/reader-memo';
import { instagramTiles } from '../../lib/sites/instagram/post-tile';
import { SAMPLE_CREATOR, timelineResponse, webProfileInfoResponse } from '../fixtures/instagram/sample-data';
import { profilePageHtml } from '../fixtures/instagram/sample-pages';
import { documentOf, NOW } from '../fixtures/instagram/read-sample';
import { pageInput, voyagerUrl } from '../fixtures/linkedin/page-input';
import { companyResponse } from '../fixtures/linkedin/voyager-responses';

const instagramProfile = `https://www.instagram.com/${SAMPLE_CREATOR.username}/`;

describe('readers keep nothing between reads unless the caller gives them a memo', () => {
  test('Instagram: the same response object, changed, is walked anew', () => {
    const json = webProfileInfoResponse(SAMPLE_CREATOR);
    const input = { url: instagramProfile, root: null, responses: [{ url: `https://www.instagram.com/api/v1/users/web_profile_info/?username=${SAMPLE_CREATOR.username}`, json, at: 1 }], now: NOW, lang: null };
    expect(readInstagram(input).creator?.followers?.value).toBe(SAMPLE_CREATOR.followers);
    json.data.user = { ...json.data.user, edge_followed_by: { count: 99_999 } };
    expect(readInstagram(input).creator?.followers?.value).toBe(99_999);
  });

  test('Instagram: the same document whose first-load blob changed is parsed anew', () => {
    const root = documentOf(profilePageHtml(SAMPLE_CREATOR, { header: false, headCounts: false }), instagramProfile);
    const input = { url: instagramProfile, root, responses: [], now: NOW, lang: null };
    expect(readInstagram(input).creator?.followers?.value).toBe(SAMPLE_CREATOR.followers);
    for (const script of root.querySelectorAll('script[data-sjs]')) {
      script.textContent = (script.textContent ?? '').replaceAll(`"follower_count":${SAMPLE_CREATOR.followers}`, '"follower_count":99999');
    }
    expect(readInstagram(input).creator?.followers?.value).toBe(99_999);
  });

  test('Instagram tiles: a tile read again against a changed response finds the post anew', () => {
    const url = instagramProfile;
    const root = documentOf(profilePageHtml(SAMPLE_CREATOR, { embed: false }), url);
    const tile = root.querySelector(`a[href="/${SAMPLE_CREATOR.username}/reel/DAn6p16mwAB/"]`)!;
    const json = timelineResponse(SAMPLE_CREATOR);
    const input = { url, root, responses: [{ url: 'https://www.instagram.com/graphql/query', json, at: 1 }], now: NOW, lang: 'en', readTiles: false };
    expect(instagramTiles.read(tile, input)?.metrics.likes?.value).toBe(5_120);
    const edges = json.data.xdt_api__v1__feed__user_timeline_graphql_connection.edges;
    edges[0] = { ...edges[0]!, node: { ...edges[0]!.node, like_count: 6_000 } };
    expect(instagramTiles.read(tile, input)?.metrics.likes?.value).toBe(6_000);
  });

  test('LinkedIn: the same response object, changed, is parsed anew', () => {
    const json = companyResponse('acme-sample', 'Acme Sample', 250_311, 5_120);
    const input = pageInput('https://www.linkedin.com/company/acme-sample/', null, [{ url: voyagerUrl('c'), json }]);
    expect(readLinkedIn(input).creator?.followers?.value).toBe(250_311);
    json.included[0] = { ...json.included[0]!, followingInfo: { ...json.included[0]!.followingInfo, followerCount: 300_000 } };
    expect(readLinkedIn(input).creator?.followers?.value).toBe(300_000);
  });

  test('with the caller’s memo, a response is parsed once per visit, and a script’s changed text is new work', () => {
    const memo: ReaderMemo = new Map();
    const root = documentOf(profilePageHtml(SAMPLE_CREATOR, { header: false, headCounts: false }), instagramProfile);
    const input = { url: instagramProfile, root, responses: [], now: NOW, lang: null, memo };
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => (parsed++, parse(text, reviver))) as typeof JSON.parse;
    try {
      readInstagram(input);
      const first = parsed;
      expect(first).toBeGreaterThan(0);
      readInstagram(input);
      expect(parsed).toBe(first);
      const script = [...root.querySelectorAll('script[data-sjs]')].find((element) => element.textContent?.includes('follower_count'))!;
      script.textContent = script.textContent!.replace(`"follower_count":${SAMPLE_CREATOR.followers}`, '"follower_count":99999');
      expect(readInstagram(input).creator?.followers?.value).toBe(99_999);
      expect(parsed).toBe(first + 1);
    } finally {
      JSON.parse = parse;
    }
  });
});

describe('remembered(): the readers’ side of the memo', () => {
  test('keyed by kind and key: the same key of another kind is other work', () => {
    const memo: ReaderMemo = new Map();
    const key = {};
    expect(remembered(memo, 'a', key, () => 1)).toBe(1);
    expect(remembered(memo, 'a', key, () => 2)).toBe(1);
    expect(remembered(memo, 'b', key, () => 3)).toBe(3);
  });

  test('bounded: each kind keeps its latest results only', () => {
    const memo: ReaderMemo = new Map();
    let computed = 0;
    const keys = Array.from({ length: MEMO_LIMIT + 1 }, () => ({}));
    for (const key of keys) remembered(memo, 'walk', key, () => ++computed);
    expect(memo.get('walk')!.size).toBe(MEMO_LIMIT);
    expect(remembered(memo, 'walk', keys.at(-1), () => ++computed)).toBe(MEMO_LIMIT + 1);
    expect(remembered(memo, 'walk', keys[0], () => ++computed)).toBe(MEMO_LIMIT + 2); // the oldest was let go
  });

  test('without a memo, it always computes', () => {
    let computed = 0;
    remembered(undefined, 'walk', 'text', () => ++computed);
    remembered(undefined, 'walk', 'text', () => ++computed);
    expect(computed).toBe(2);
  });
});
