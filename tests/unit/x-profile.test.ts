/**
 * The X reader on profiles: network user data in both layouts, the rendered header in three locales, the posts of
 * the profile's timeline, stale data after in-page navigation, missing accounts and changed markup.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { loadSavedPage } from '../../scripts/saved-page';
import { ANA, ANA_POSTS, BEN, BEN_POSTS } from '../fixtures/x/sample-data';
import { graphqlUrl, userByScreenName, userTweets } from '../fixtures/x/sample-graphql';
import { initialStateScript, profileJsonLd } from '../fixtures/x/profile-head';
import { type Locale, articleHtml, documentHtml, hoverCardHtml, profileHtml } from '../fixtures/x/sample-markup';
import { captured, numbersIn, readXPage, xPage } from '../fixtures/x/test-pages';

const anaUrl = `https://x.com/${ANA.handle}`;
const benUrl = `https://x.com/${BEN.handle}`;
const userUrl = (handle: string) => graphqlUrl('UserByScreenName', { screen_name: handle, withSafetyModeUserFields: true });
const tweetsUrl = (id: string) => graphqlUrl('UserTweets', { userId: id, count: 20, includePromotedContent: true });

describe('X profile from the page\'s UserByScreenName response', () => {
  test.each(['legacy', '2026'] as const)('%s user layout: exact followers, following and posts', (layout) => {
    const reading = readXPage(anaUrl, { responses: [captured(userUrl(ANA.handle), userByScreenName(ANA, layout))] });
    expect(reading.surface).toBe('profile');
    expect(reading.creator).toMatchObject({
      id: ANA.id,
      handle: ANA.handle,
      name: ANA.name,
      verified: true,
      followers: { value: 48_213, min: 48_213, max: 48_213, exact: true, source: 'network' },
      following: { value: 312, exact: true },
      posts: { value: 1_904, exact: true },
    });
    expect(reading.problems).toEqual([]);
  });

  test('the handle in the URL is matched without regard to case', () => {
    const reading = readXPage('https://x.com/CASTLIST_ANA', { responses: [captured(userUrl('CASTLIST_ANA'), userByScreenName(ANA))] });
    expect(reading.creator?.followers?.value).toBe(ANA.followers);
  });

  test('network counts win over the rendered header', () => {
    const root = xPage(profileHtml(ANA, ''), anaUrl);
    const reading = readXPage(anaUrl, { root, responses: [captured(userUrl(ANA.handle), userByScreenName(ANA, '2026'))] });
    expect(reading.creator?.followers).toMatchObject({ value: 48_213, exact: true, source: 'network' });
  });
});

describe('X profile from the rendered header', () => {
  test('English header: "48.2K" followers is a truncated range, "312" following and "1,904 posts" are exact', () => {
    const reading = readXPage(anaUrl, { root: xPage(profileHtml(ANA, ''), anaUrl) });
    expect(reading.creator).toMatchObject({
      handle: ANA.handle,
      name: ANA.name,
      verified: true,
      followers: { value: 48_200, min: 48_200, max: 48_299, exact: false, text: '48.2K', source: 'text' },
      following: { value: 312, exact: true, text: '312' },
      posts: { value: 1_904, exact: true, text: '1,904 posts' },
    });
    expect(reading.problems).toEqual([]);
  });

  test('a logged-out page links /followers instead of /verified_followers', () => {
    const reading = readXPage(anaUrl, { root: xPage(profileHtml(ANA, '', { followersPath: 'followers' }), anaUrl) });
    expect(reading.creator?.followers).toMatchObject({ min: 48_200, max: 48_299 });
  });

  const localized: [Locale, { followers: [number, number]; following: number; posts: [number, number] }][] = [
    ['en', { followers: [2_300_000, 2_399_999], following: 1_017, posts: [12_300, 12_399] }],
    ['de', { followers: [2_300_000, 2_399_999], following: 1_017, posts: [12_345, 12_345] }],
    ['ja', { followers: [2_345_000, 2_345_999], following: 1_017, posts: [12_000, 12_999] }],
  ];
  test.each(localized)('%s header of a creator with 2,345,678 followers', (locale, expected) => {
    const root = xPage(profileHtml(BEN, '', { locale }), benUrl, locale);
    const creator = readXPage(benUrl, { root }).creator!;
    expect(creator.name).toBe(BEN.name);
    expect([creator.followers!.min, creator.followers!.max]).toEqual(expected.followers);
    expect(creator.followers!.value).toBeGreaterThanOrEqual(expected.followers[0]);
    expect(creator.followers!.min <= BEN.followers && BEN.followers <= creator.followers!.max).toBe(true);
    expect(creator.following).toMatchObject({ value: expected.following, exact: true });
    expect([creator.posts!.min, creator.posts!.max]).toEqual(expected.posts);
    expect(creator.posts!.min <= BEN.posts && BEN.posts <= creator.posts!.max).toBe(true);
    expect(creator.verified).toBe(false);
  });

  test('a hover card over the page (#layers) is not the header', () => {
    const root = xPage(profileHtml(ANA, '') + hoverCardHtml(ANA, 99), anaUrl);
    expect(readXPage(anaUrl, { root }).creator?.followers?.text).toBe('48.2K');
    const onlyCard = xPage(hoverCardHtml(ANA, 99), anaUrl);
    expect(readXPage(anaUrl, { root: onlyCard }).creator).toBeNull();
  });
});

describe('X profile after in-page navigation: nothing of the previous creator is attributed to the next', () => {
  test('URL says @castlist_ben; the responses and the header still show @castlist_ana', () => {
    const root = xPage(profileHtml(ANA, ANA_POSTS.map((post) => articleHtml(post)).join('')), benUrl);
    const reading = readXPage(benUrl, {
      root,
      responses: [captured(userUrl(ANA.handle), userByScreenName(ANA), 5), captured(tweetsUrl(ANA.id), userTweets(ANA, ANA_POSTS), 6)],
      readTiles: false,
    });
    expect(reading.creator).toBeNull();
    expect(reading.posts).toEqual([]);
    const anaNumbers = [ANA.followers, ANA.following, ANA.posts, 48_200, 48_299];
    expect(numbersIn(reading).filter((value) => anaNumbers.includes(value))).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reader: 'x.profile', field: 'creator', code: 'stale', detail: expect.stringContaining('UserByScreenName is about @castlist_ana') }),
      ]),
    );
  });

  test('the rendered header still shows the previous creator: stale, no numbers', () => {
    const reading = readXPage(benUrl, { root: xPage(profileHtml(ANA, ''), benUrl) });
    expect(reading.creator).toBeNull();
    expect(numbersIn(reading)).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'creator', code: 'stale', detail: 'rendered page: the header still shows @castlist_ana, not @castlist_ben' })]),
    );
  });

  test.each([
    ['older', 1, 2],
    ['newer', 3, 2],
  ])('the previous creator\'s response kept in the page (%s than the new one) is passed over', (_order, anaAt, benAt) => {
    const reading = readXPage(benUrl, {
      responses: [captured(userUrl(ANA.handle), userByScreenName(ANA), anaAt), captured(userUrl(BEN.handle), userByScreenName(BEN), benAt)],
    });
    expect(reading.creator).toMatchObject({ handle: BEN.handle, followers: { value: BEN.followers, exact: true } });
  });
});

describe('X profile posts', () => {
  test('UserTweets: pinned entry marked, the ad left out, a repost stands for the reposted post', () => {
    const pinned = ANA_POSTS[1]!;
    const json = userTweets(ANA, [ANA_POSTS[0]!], { pinned, promoted: BEN_POSTS[1], repost: BEN_POSTS[0] });
    const reading = readXPage(anaUrl, { responses: [captured(userUrl(ANA.handle), userByScreenName(ANA)), captured(tweetsUrl(ANA.id), json)] });
    expect(reading.posts.map((post) => post.id)).toEqual([pinned.id, ANA_POSTS[0]!.id, BEN_POSTS[0]!.id]);
    expect(reading.posts[0]).toMatchObject({ pinned: true, format: 'video' });
    expect(reading.posts[1]).toMatchObject({
      url: `https://x.com/castlist_ana/status/${ANA_POSTS[0]!.id}`,
      format: 'carousel',
      sponsored: true,
      publishedAt: '2026-03-02T15:04:05.000Z',
      author: { handle: ANA.handle, id: ANA.id },
      metrics: { likes: { value: 7_120, exact: true }, views: { value: 9_281_975, exact: true }, quotes: { value: 118 }, bookmarks: { value: 2_358 } },
    });
    expect(reading.posts[2]).toMatchObject({ author: { handle: BEN.handle }, metrics: { likes: { value: BEN_POSTS[0]!.likes } } });
  });

  test('a UserTweets response of another user is not this profile\'s', () => {
    const reading = readXPage(anaUrl, { responses: [captured(userUrl(ANA.handle), userByScreenName(ANA)), captured(tweetsUrl(BEN.id), userTweets(BEN, BEN_POSTS))] });
    expect(reading.posts).toEqual([]);
  });

  test('rendered timeline: each post with its own counts; "Pinned" marks the owner\'s pinned post', () => {
    const timeline = [articleHtml(ANA_POSTS[1]!, { socialContext: 'pinned' }), articleHtml(ANA_POSTS[0]!), articleHtml(BEN_POSTS[0]!, { socialContext: { repostedBy: ANA } })].join('');
    const reading = readXPage(anaUrl, { root: xPage(profileHtml(ANA, timeline), anaUrl) });
    expect(reading.posts.map((post) => [post.id, post.pinned ?? false])).toEqual([
      [ANA_POSTS[1]!.id, true],
      [ANA_POSTS[0]!.id, false],
      [BEN_POSTS[0]!.id, false],
    ]);
    expect(reading.posts[1]!.metrics).toMatchObject({ views: { value: 9_281_975, exact: true, source: 'attribute' }, bookmarks: { value: 2_358 } });
  });
});

describe('X profile that cannot be read', () => {
  test('an account that does not exist: "unavailable", no numbers', () => {
    const root = xPage('<main><div data-testid="primaryColumn"><div data-testid="emptyState"><span>This account doesn’t exist</span></div></div></main>', anaUrl);
    const reading = readXPage(anaUrl, { root });
    expect(reading.creator).toBeNull();
    expect(reading.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'creator', code: 'unavailable' })]));
  });

  test('markup changed (testids and count links gone): not found, and no number read from elsewhere', () => {
    const changed = profileHtml(ANA, articleHtml(ANA_POSTS[0]!))
      .replaceAll('data-testid=', 'data-qa=')
      .replaceAll(`href="/${ANA.handle}/following"`, 'href="#following"')
      .replaceAll(`href="/${ANA.handle}/verified_followers"`, 'href="#followers"');
    const reading = readXPage(anaUrl, { root: xPage(changed, anaUrl) });
    expect(reading.creator).toBeNull();
    expect(reading.posts).toEqual([]);
    expect(numbersIn(reading)).toEqual([]);
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'x.profile', field: 'creator', code: 'not-found' })]);
  });

  test('header present but its count links gone: the missing counts are reported, none guessed', () => {
    const changed = profileHtml(ANA, '').replaceAll(`href="/${ANA.handle}/verified_followers"`, 'href="/i/followers-list"');
    const reading = readXPage(anaUrl, { root: xPage(changed, anaUrl) });
    expect(reading.creator?.followers).toBeUndefined();
    expect(reading.creator?.following?.value).toBe(312);
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'x.profile', field: 'creator.followers', code: 'not-found' })]);
  });
});

describe('X profile: exact counts embedded in the page beat the header’s rounded ones', () => {
  /** Ben's header shows "2.3M Followers" and "12.3K posts": rounded; the page also embeds them exactly. */
  const benPage = (head: string) => {
    const saved = loadSavedPage(documentHtml(profileHtml(BEN, ''), 'en', head), benUrl);
    pages.push(saved);
    return saved.document!;
  };
  const pages: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });

  test.each(['mainEntity', 'author'] as const)('JSON-LD ProfilePage (%s): the exact count, within the header’s range', (layout) => {
    const reading = readXPage(benUrl, { root: benPage(profileJsonLd(BEN, { layout })) });
    expect(reading.creator).toMatchObject({
      handle: BEN.handle,
      followers: { value: 2_345_678, min: 2_345_678, max: 2_345_678, exact: true, source: 'embedded' },
      following: { value: 1_017, exact: true },
      posts: { value: 12_345, exact: true, source: 'embedded' },
    });
    expect(reading.problems).toEqual([]);
  });

  test('without JSON-LD, the first-load state’s user object (the viewer’s own is left alone)', () => {
    const reading = readXPage(benUrl, { root: benPage(initialStateScript([ANA, BEN])) });
    expect(reading.creator?.followers).toMatchObject({ value: 2_345_678, exact: true, source: 'embedded' });
    expect(reading.creator?.posts).toMatchObject({ value: 12_345, exact: true });
    expect(numbersIn(reading)).not.toContain(ANA.followers);
  });

  test('the header alone gives the rounded ranges', () => {
    const reading = readXPage(benUrl, { root: benPage('') });
    expect(reading.creator?.followers).toMatchObject({ min: 2_300_000, max: 2_399_999, exact: false });
    expect(reading.creator?.posts).toMatchObject({ min: 12_300, max: 12_399, exact: false });
  });

  test('JSON-LD left from the previous profile is stale: not read, and said so when nothing else describes the user', () => {
    const reading = readXPage(benUrl, { root: benPage(profileJsonLd(ANA)) });
    expect(reading.creator?.followers).toMatchObject({ min: 2_300_000, max: 2_399_999 });
    expect(numbersIn(reading)).not.toContain(ANA.followers);
    const saved = loadSavedPage(documentHtml('', 'en', profileJsonLd(ANA)), benUrl);
    pages.push(saved);
    const headOnly = readXPage(benUrl, { root: saved.document! });
    expect(headOnly.creator).toBeNull();
    expect(headOnly.problems).toContainEqual(expect.objectContaining({ reader: 'x.profile', field: 'creator', code: 'stale', detail: expect.stringContaining(`@${ANA.handle}`) }));
  });

  test('an embedded count outside the header’s range: neither is reported, and a problem says why', () => {
    const reading = readXPage(benUrl, { root: benPage(profileJsonLd(BEN, { counts: { posts: 9_876 } })) });
    expect(reading.creator?.posts).toBeUndefined();
    expect(reading.creator?.followers).toMatchObject({ value: 2_345_678, exact: true });
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator.posts', code: 'ambiguous', detail: expect.stringContaining('disagree') }));
  });
});
