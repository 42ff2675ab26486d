/**
 * The X reader on feeds and search results (network timelines and rendered posts, ads left out), the tile reader
 * the content script uses, the badges, URL detection, and saved API responses read on their own (the CLI).
 */
import { describe, expect, test } from 'vitest';
import type { PageInput } from '../../lib/sites/page-input';
import { xBadgePlacements } from '../../lib/sites/x/badge-placements';
import { detectXPage } from '../../lib/sites/x/detect';
import { xTiles } from '../../lib/sites/x/tweet-tile';
import { ANA, ANA_POSTS, ANA_REPLIES, BEN, BEN_POSTS } from '../fixtures/x/sample-data';
import { graphqlUrl, homeTimeline, searchTimeline, tweetDetail, userByScreenName, userTweets } from '../fixtures/x/sample-graphql';
import { articleHtml, profileHtml, statusPageHtml } from '../fixtures/x/sample-markup';
import { NOW, captured, readXPage, xPage } from '../fixtures/x/test-pages';
import { badgesOf } from '../support/reading-badges';

const home = 'https://x.com/home';

describe('X home feed and search results', () => {
  test('home: the timeline\'s posts with exact counts, the rendered ones added, ads left out of both', () => {
    const root = xPage(
      [articleHtml(ANA_POSTS[0]!), articleHtml(BEN_POSTS[1]!, { promoted: true }), articleHtml(ANA_POSTS[1]!)].join(''),
      home,
    );
    const reading = readXPage(home, { root, responses: [captured(graphqlUrl('HomeTimeline', { count: 20 }), homeTimeline([ANA_POSTS[0]!, BEN_POSTS[0]!], BEN_POSTS[1]))] });
    expect(reading.surface).toBe('feed');
    expect(reading.posts.map((post) => post.id)).toEqual([ANA_POSTS[0]!.id, BEN_POSTS[0]!.id, ANA_POSTS[1]!.id]);
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: 9_281_975, source: 'network' });
    expect(reading.posts[2]!.metrics.views).toMatchObject({ value: 5_498, source: 'attribute' });
    expect(reading.problems).toEqual([]);
  });

  test('with tiles left to the content script, only the data\'s posts', () => {
    const root = xPage(articleHtml(ANA_POSTS[1]!), home);
    expect(readXPage(home, { root, readTiles: false }).posts).toEqual([]);
  });

  test('search: only the SearchTimeline of the query in the URL (2026 flattened layout)', () => {
    const url = 'https://x.com/search?q=castlist&src=typed_query';
    const current = captured(graphqlUrl('SearchTimeline', { rawQuery: 'castlist', product: 'Top' }), searchTimeline([BEN_POSTS[0]!]), 2);
    const previous = captured(graphqlUrl('SearchTimeline', { rawQuery: 'lookbook', product: 'Top' }), searchTimeline([ANA_POSTS[0]!]), 3);
    const home = captured(graphqlUrl('HomeTimeline', {}), homeTimeline([ANA_POSTS[1]!]), 1);
    const reading = readXPage(url, { responses: [current, previous, home] });
    expect(reading.surface).toBe('search');
    expect(reading.posts.map((post) => post.id)).toEqual([BEN_POSTS[0]!.id]);
    expect(reading.posts[0]!.metrics).toMatchObject({ likes: { value: 64_010 }, views: { value: 3_400_321 } });
  });
});

describe('X tiles (the content script reads feed posts one article at a time)', () => {
  const input = (url: string): PageInput => ({ url, root: null, responses: [], now: NOW, lang: 'en' });

  test('a post of the feed: its counts, and the badge goes in its action bar', () => {
    const root = xPage(articleHtml(ANA_POSTS[1]!), home);
    const tile = root.querySelector(xTiles.selector)!;
    expect(xTiles.read(tile, input(home))).toMatchObject({ id: ANA_POSTS[1]!.id, metrics: { likes: { value: 337 }, views: { value: 5_498 } } });
    expect(xTiles.anchor(tile)?.getAttribute('role')).toBe('group');
  });

  test('an ad, a post whose counts are not loaded, and any post of a status page are not tiles', () => {
    const root = xPage([articleHtml(BEN_POSTS[1]!, { promoted: true }), articleHtml(ANA_POSTS[0]!, { emptyBar: true })].join(''), home);
    const [ad, empty] = root.querySelectorAll(xTiles.selector);
    expect(xTiles.read(ad!, input(home))).toBeNull();
    expect(xTiles.read(empty!, input(home))).toBeNull();
    const status = `https://x.com/castlist_ana/status/${ANA_POSTS[0]!.id}`;
    const page = xPage(statusPageHtml(ANA_POSTS[0]!, ANA_REPLIES), status);
    expect([...page.querySelectorAll(xTiles.selector)].map((tile) => xTiles.read(tile, input(status)))).toEqual([null, null, null, null]);
  });
});

describe('X badges', () => {
  test('a status page: the post\'s engagement rate by views, after its action bar', () => {
    const url = `https://x.com/castlist_ana/status/${ANA_POSTS[0]!.id}`;
    const root = xPage(statusPageHtml(ANA_POSTS[0]!, ANA_REPLIES), url);
    const reading = readXPage(url, { root });
    const [placement, ...others] = xBadgePlacements(reading, root);
    expect(others).toEqual([]);
    expect(placement).toMatchObject({ key: `post:${ANA_POSTS[0]!.id}`, position: 'after' });
    expect(placement!.anchor.getAttribute('role')).toBe('group');
    expect(placement!.anchor.closest('article')?.getAttribute('tabindex')).toBe('-1');
    // (7,120 likes + 499 replies + 4,027 reposts, X's shares) / 9,281,975 views
    expect(badgesOf(reading)[placement!.key]!.text).toBe('ER 0.13% by views');
  });

  test('a profile: followers and the latest own post\'s reach, after the name block', () => {
    const url = `https://x.com/${ANA.handle}`;
    const root = xPage(profileHtml(ANA, [articleHtml(BEN_POSTS[0]!, { socialContext: { repostedBy: ANA } }), articleHtml(ANA_POSTS[1]!)].join('')), url);
    const reading = readXPage(url, { root, responses: [captured(graphqlUrl('UserByScreenName', { screen_name: ANA.handle }), userByScreenName(ANA))] });
    const [placement] = xBadgePlacements(reading, root);
    expect(placement).toMatchObject({ key: `creator:${ANA.handle}`, position: 'after' });
    expect(placement!.anchor.getAttribute('data-testid')).toBe('UserName');
    expect(badgesOf(reading)[placement!.key]!.text).toBe('48,213 followers · latest 5,498 views (11%)');
  });

  test('no badge on a header that still shows another creator', () => {
    const url = `https://x.com/${BEN.handle}`;
    const root = xPage(profileHtml(ANA, ''), url);
    const reading = readXPage(url, { root, responses: [captured(graphqlUrl('UserByScreenName', { screen_name: BEN.handle }), userByScreenName(BEN))] });
    expect(reading.creator?.handle).toBe(BEN.handle);
    expect(xBadgePlacements(reading, root)).toEqual([]);
  });
});

describe('X URLs', () => {
  test.each([
    ['https://x.com/castlist_ana', 'profile', 'castlist_ana', undefined],
    ['https://twitter.com/castlist_ana/media', 'profile', 'castlist_ana', undefined],
    ['https://x.com/castlist_ana/status/1800000000000000101', 'post', 'castlist_ana', '1800000000000000101'],
    ['https://x.com/castlist_ana/status/1800000000000000101/photo/1', 'post', 'castlist_ana', '1800000000000000101'],
    ['https://x.com/i/web/status/1800000000000000101', 'post', undefined, '1800000000000000101'],
    ['https://x.com/home', 'feed', undefined, undefined],
    ['https://x.com/search?q=castlist', 'search', undefined, undefined],
    ['https://x.com/settings/profile', 'unsupported', undefined, undefined],
    ['https://x.com/i/api/graphql/abc/UserByScreenName', 'unsupported', undefined, undefined],
    ['https://api.x.com/1.1/users/show.json?screen_name=castlist_ana', 'unsupported', undefined, undefined],
  ])('%s → %s', (url, surface, handle, postId) => {
    const expected = Object.fromEntries(Object.entries({ platform: 'x', surface, handle, postId }).filter(([, value]) => value !== undefined));
    expect(detectXPage(new URL(url))).toMatchObject(expected);
    if (!handle) expect(detectXPage(new URL(url))?.handle).toBeUndefined();
  });

  test('other sites are not X', () => {
    expect(detectXPage(new URL('https://x.company.com/castlist_ana'))).toBeNull();
  });
});

describe('X API responses read on their own (CLI): the page they belong to', () => {
  test.each([
    ['UserByScreenName', { screen_name: ANA.handle }, userByScreenName(ANA, '2026'), 'profile', `https://x.com/${ANA.handle}`],
    ['TweetDetail', { focalTweetId: ANA_POSTS[0]!.id }, tweetDetail(ANA_POSTS[0]!, ANA_REPLIES), 'post', `https://x.com/castlist_ana/status/${ANA_POSTS[0]!.id}`],
    ['UserTweets', { userId: BEN.id }, userTweets(BEN, BEN_POSTS), 'profile', `https://x.com/${BEN.handle}`],
    ['SearchTimeline', { rawQuery: 'castlist ad' }, searchTimeline(ANA_POSTS), 'search', 'https://x.com/search?q=castlist%20ad'],
    ['HomeTimeline', { count: 20 }, homeTimeline(BEN_POSTS), 'feed', 'https://x.com/home'],
  ])('%s', (operation, variables, json, surface, pageUrl) => {
    const url = graphqlUrl(operation, variables);
    const reading = readXPage(url, { responses: [captured(url, json)] });
    expect(reading).toMatchObject({ surface, url: pageUrl });
    expect(reading.creator !== null || reading.posts.length > 0).toBe(true);
  });

  test('a v1.1 user (REST users/show)', () => {
    const url = 'https://api.x.com/1.1/users/show.json?screen_name=castlist_ben';
    const user = { id_str: BEN.id, screen_name: BEN.handle, name: BEN.name, followers_count: BEN.followers, friends_count: BEN.following, statuses_count: BEN.posts, verified: false };
    expect(readXPage(url, { responses: [captured(url, user)] })).toMatchObject({
      surface: 'profile',
      url: 'https://x.com/castlist_ben',
      creator: { handle: BEN.handle, followers: { value: BEN.followers, exact: true }, following: { value: 1_017 }, posts: { value: 12_345 }, verified: false },
    });
  });

  test('a response that is about nothing X reads: an empty reading', () => {
    const url = graphqlUrl('Viewer', {});
    expect(readXPage(url, { responses: [captured(url, { data: { viewer: {} } })] })).toMatchObject({ surface: 'unsupported', creator: null, posts: [] });
  });
});

test('an X page Castlist does not read is not guessed from the responses it keeps', () => {
  const url = 'https://x.com/notifications';
  const reading = readXPage(url, { responses: [captured(graphqlUrl('HomeTimeline', {}), homeTimeline(BEN_POSTS))] });
  expect(reading).toMatchObject({ surface: 'unsupported', url, creator: null, posts: [] });
});
