/**
 * The Instagram reader on profiles: every source (REST and GraphQL responses, first-load blobs, the rendered header,
 * the page head), logged-out pages, localized numbers, zero counts, stale state after in-page navigation, and
 * markup that changed. Castlist's own samples (tests/fixtures/instagram/), shaped like the real responses and pages.
 */
import { describe, expect, test } from 'vitest';
import {
  OTHER_CREATOR,
  SAMPLE_CREATOR,
  dataSjsBlob,
  profileContentResponse,
  timelineResponse,
  webProfileInfoResponse,
} from '../fixtures/instagram/sample-data';
import { legacyServerPageHtml, profilePageHtml } from '../fixtures/instagram/sample-pages';
import { allCounts, exact, readPage, response } from '../fixtures/instagram/read-sample';
import { ENGLISH_STORY, STORY_OWNER, storyPageHtml, storyUrl } from '../fixtures/instagram/story-page';

const profileUrl = (username: string) => `https://www.instagram.com/${username}/`;

describe('Instagram profile: the page data', () => {
  test('REST web_profile_info (the –2023 edge_* shape): exact counts, identity, the grid\'s posts', () => {
    const reading = readPage(profileUrl('castlist.sample'), {
      responses: [response('/api/v1/users/web_profile_info/?username=castlist.sample', webProfileInfoResponse(SAMPLE_CREATOR))],
    });
    expect(reading.surface).toBe('profile');
    expect(reading.creator).toMatchObject({
      id: '5500000001',
      handle: 'castlist.sample',
      name: 'Castlist Sample Kitchen',
      verified: false,
      followers: { ...exact(48_210), source: 'network' },
      following: exact(312),
      posts: exact(184),
    });
    // Newest first: the reel of Nov 20, the image of Nov 18, the hidden-likes post, the pinned carousel of Oct 2.
    expect(reading.posts.map((post) => post.id)).toEqual(['DAn6p16mwAB', 'DAn6p16mwAC', 'DAn6p16mwAE', 'DAn6p16mwAD']);
    const [reel, image, hidden, pinned] = reading.posts;
    expect(reel).toMatchObject({ format: 'video', url: 'https://www.instagram.com/reel/DAn6p16mwAB/', metrics: { likes: exact(5_120), comments: exact(342), views: exact(87_410) } });
    expect(reel!.sponsored).toBe(true); // "#ad" in the caption
    expect(image).toMatchObject({ format: 'image', publishedAt: '2026-11-18T09:00:00.000Z', metrics: { likes: exact(1_500), comments: exact(48) } });
    expect(hidden!.metrics.likes).toBeUndefined(); // hidden, not 0
    expect(hidden!.metrics.comments).toMatchObject(exact(12));
    expect(pinned).toMatchObject({ format: 'carousel', pinned: true });
    expect(reading.problems).toEqual([]);
  });

  test('GraphQL PolarisProfilePageContentQuery and the user timeline (2023– shape)', () => {
    const reading = readPage(profileUrl('castlist.sample'), {
      responses: [response('/graphql/query', profileContentResponse(SAMPLE_CREATOR), 2), response('/graphql/query', timelineResponse(SAMPLE_CREATOR), 3)],
    });
    expect(reading.creator).toMatchObject({ followers: exact(48_210), following: exact(312), posts: exact(184), verified: false });
    const reel = reading.posts.find((post) => post.id === 'DAn6p16mwAB')!;
    // view_count is Instagram's "views"; play_count (98,765) counts replays and is not taken when views are given.
    expect(reel.metrics).toMatchObject({ views: exact(87_410), likes: exact(5_120), comments: exact(342), shares: exact(210) });
    expect(reel).toMatchObject({ sponsored: true, format: 'video', author: { handle: 'castlist.sample', id: '5500000001' } });
    expect(reading.posts.find((post) => post.id === 'DAn6p16mwAD')!.pinned).toBe(true);
    expect(reading.posts.find((post) => post.id === 'DAn6p16mwAE')!.metrics.likes).toBeUndefined();
  });

  test('a hover card\'s response about someone else is not the profile', () => {
    const reading = readPage(profileUrl('castlist.sample'), {
      responses: [
        response('/api/v1/users/web_profile_info/?username=castlist.other', webProfileInfoResponse(OTHER_CREATOR), 9),
        response('/graphql/query', profileContentResponse(SAMPLE_CREATOR), 2),
      ],
    });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', followers: exact(48_210) });
    // Neither response lists posts: none is taken from the hover card (the old check here held for no post at all).
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toEqual([]);
  });

  test('zero is a count: a new account with no followers and no posts', () => {
    const newcomer = { ...SAMPLE_CREATOR, username: 'castlist.new', pk: '5500000009', followers: 0, following: 0, posts: 0 };
    const reading = readPage(profileUrl('castlist.new'), { responses: [response('/graphql/query', profileContentResponse(newcomer))] });
    expect(reading.creator).toMatchObject({ followers: exact(0), following: exact(0), posts: exact(0) });
    expect(reading.problems).toEqual([]);
  });

  test('a saved web_profile_info response read on its own (the CLI) stands for the profile page', () => {
    const url = 'https://www.instagram.com/api/v1/users/web_profile_info/?username=castlist.other';
    const reading = readPage(url, { responses: [response('/api/v1/users/web_profile_info/?username=castlist.other', webProfileInfoResponse(OTHER_CREATOR))] });
    expect(reading).toMatchObject({ surface: 'profile', url: 'https://www.instagram.com/castlist.other/' });
    expect(reading.creator).toMatchObject({ handle: 'castlist.other', followers: exact(1_234_567), verified: true });
  });
});

describe('Instagram profile: the first-load page', () => {
  test('the data-sjs blobs of the first load', () => {
    const reading = readPage(profileUrl('castlist.sample'), { html: profilePageHtml(SAMPLE_CREATOR, { header: false, headCounts: false }) });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', followers: { ...exact(48_210), source: 'embedded' }, following: exact(312), posts: exact(184) });
    expect(reading.posts.map((post) => post.id)).toContain('DAn6p16mwAB');
  });

  test('the rendered header: exact followers from span[title], following and posts from the stats row', () => {
    const reading = readPage(profileUrl('castlist.sample'), { html: profilePageHtml(SAMPLE_CREATOR, { embed: false, headCounts: false }) });
    expect(reading.creator).toMatchObject({
      handle: 'castlist.sample',
      name: 'Castlist Sample Kitchen',
      followers: { ...exact(48_210), text: '48,210', source: 'attribute' },
      following: { ...exact(312), source: 'text' },
      posts: exact(184),
    });
    expect(reading.problems).toEqual([]);
  });

  test('usernames are case-insensitive: /Castlist.Sample/ is @castlist.sample', () => {
    const reading = readPage(profileUrl('Castlist.Sample'), { html: profilePageHtml(SAMPLE_CREATOR, { embed: false, headCounts: false }) });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', followers: exact(48_210), posts: exact(184) });
  });

  test.each([
    // lang, followers title, shown, following, posts, expected followers, following, posts
    ['de', '1.234.567', '1,2 Mio.', '89', '1.020', 1_234_567, 89, 1_020],
    ['fr', '1 234 567', '1,2 M', '89', '1 020', 1_234_567, 89, 1_020],
    ['es', '1.234.567', '1,2 M', '89', '1020', 1_234_567, 89, 1_020],
  ] as const)('a %s header: localized grouping in the title and the rows', (lang, followersTitle, followersShown, following, posts, followersValue, followingValue, postsValue) => {
    const html = profilePageHtml(OTHER_CREATOR, { lang, embed: false, headCounts: false, texts: { followersTitle, followersShown, following, posts } });
    const reading = readPage(profileUrl('castlist.other'), { html });
    expect(reading.lang).toBe(lang);
    expect(reading.creator).toMatchObject({ followers: exact(followersValue), following: exact(followingValue), posts: exact(postsValue) });
  });

  test('without the exact title, the shown "1,2 Mio." is a range, not a number', () => {
    const html = profilePageHtml(OTHER_CREATOR, { lang: 'de', embed: false, headCounts: false, texts: { followersShown: '1,2 Mio.', following: '89', posts: '1.020' } })
      .replace(/ title="[^"]*"/, '');
    const followers = readPage(profileUrl('castlist.other'), { html }).creator!.followers!;
    expect(followers).toMatchObject({ value: 1_200_000, exact: false, source: 'text' });
    expect(followers.min).toBeLessThanOrEqual(1_234_567);
    expect(followers.max).toBeGreaterThanOrEqual(1_234_567);
  });
});

describe('Instagram profile: 2019–2022 saved pages (window._sharedData)', () => {
  test('ProfilePage graphql.user: exact counts over the head\'s rounded "1.2M Followers", and the grid\'s posts', () => {
    const reading = readPage(profileUrl('castlist.other'), { html: legacyServerPageHtml({ creator: OTHER_CREATOR }) });
    expect(reading.creator).toMatchObject({ handle: 'castlist.other', followers: exact(1_234_567), following: exact(89), posts: exact(1_020), verified: true });
    expect(reading.creator!.followers!.source).toBe('embedded');
    expect(reading.posts.map((post) => post.id)).toEqual(['DAn6p16mwAF', 'DAn6p16mwAG']);
    expect(reading.posts[0]!.metrics).toMatchObject({ likes: exact(40_210), comments: exact(1_205), views: exact(903_400) });
  });

  test('the state of the first profile is not the second one\'s after in-page navigation', () => {
    const reading = readPage(profileUrl('castlist.sample'), { html: legacyServerPageHtml({ creator: OTHER_CREATOR }) });
    expect(allCounts(reading).map((count) => count.value)).not.toContain(1_234_567);
    expect(reading.creator?.followers).toBeUndefined();
  });
});

describe('Instagram profile: logged out (counts only in the head)', () => {
  test.each([
    ['en', '86 Followers, 137 Following, 11 Posts - See Instagram photos and videos from Sample Shop (@castlist.shop)', 86, 137, 11],
    ['es', '2,5 M seguidores, 137 seguidos, 1.024 publicaciones - Ver fotos y videos de Instagram de Sample Shop (@castlist.shop)', 2_500_000, 137, 1_024],
    ['ko', '팔로워 2.5만명, 팔로잉 137명, 게시물 11개 - Sample Shop(@castlist.shop)님의 Instagram 사진 및 동영상 보기', 25_000, 137, 11],
    ['de', '1.234 Follower, 56 Gefolgt, 7 Beiträge – Sieh dir Fotos und Videos von Sample Shop (@castlist.shop) an', 1_234, 56, 7],
  ] as const)('the %s description, read by position', (lang, description, followers, following, posts) => {
    const shop = { ...SAMPLE_CREATOR, username: 'castlist.shop', fullName: 'Sample Shop' };
    const html = profilePageHtml(shop, { lang, embed: false, header: false, texts: { description } });
    const creator = readPage(profileUrl('castlist.shop'), { html }).creator!;
    expect(creator.followers!.value).toBe(followers);
    expect(creator.following!.value).toBe(following);
    expect(creator.posts!.value).toBe(posts);
    expect(creator.followers!.source).toBe('meta');
  });

  test('a description about another user, or with its words out of order, gives nothing', () => {
    const shop = { ...SAMPLE_CREATOR, username: 'castlist.shop', fullName: 'Sample Shop' };
    for (const description of [
      '86 Followers, 137 Following, 11 Posts - See Instagram photos and videos from Someone Else (@someone.else)',
      '137 Following, 86 Followers, 11 Posts - See Instagram photos and videos from Sample Shop (@castlist.shop)',
      '86 Followers, 11 Posts - See Instagram photos and videos from Sample Shop (@castlist.shop)',
    ]) {
      const html = profilePageHtml(shop, { embed: false, header: false, texts: { description } });
      const reading = readPage(profileUrl('castlist.shop'), { html });
      expect(allCounts(reading)).toEqual([]);
      expect(reading.problems).toMatchObject([{ reader: 'instagram.profile', field: 'creator', code: 'not-found' }]);
    }
  });

  test('JSON-LD ProfilePage counts are exact and win over the description', () => {
    const shop = { ...SAMPLE_CREATOR, username: 'castlist.shop', fullName: 'Sample Shop' };
    const ld = { '@context': 'https://schema.org', '@type': 'ProfilePage', identifier: { '@type': 'PropertyValue', propertyID: 'Username', value: 'castlist.shop' }, interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: 'http://schema.org/WriteAction', userInteractionCount: '1024' }, { '@type': 'InteractionCounter', interactionType: 'http://schema.org/FollowAction', userInteractionCount: '2514900' }] };
    const html = profilePageHtml(shop, { embed: false, header: false, texts: { description: '2.5M Followers, 137 Following, 1,024 Posts - See Instagram photos and videos from Sample Shop (@castlist.shop)' } })
      .replace('</head>', `<script type="application/ld+json">${JSON.stringify(ld)}</script></head>`);
    const creator = readPage(profileUrl('castlist.shop'), { html }).creator!;
    expect(creator.followers).toMatchObject(exact(2_514_900));
    expect(creator.posts).toMatchObject(exact(1_024));
    expect(creator.following).toMatchObject(exact(137));
  });
});

describe('Instagram profile: stale state and changed markup', () => {
  test('after in-page navigation to B, the page still holding A\'s state, head and header gives nothing of A', () => {
    // Instagram keeps the first load's blobs and head; here even the header still shows A.
    const html = profilePageHtml(SAMPLE_CREATOR);
    const reading = readPage(profileUrl('castlist.other'), { html });
    expect(reading.creator).toBeNull();
    // A's grid still on the page: each tile is A's post, under A (its data or its link says so), never B's.
    expect(reading.posts.length).toBeGreaterThan(0);
    expect(reading.posts.every((post) => post.author?.handle === 'castlist.sample')).toBe(true);
    expect(allCounts({ ...reading, posts: [] })).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ reader: 'instagram.profile', field: 'creator', code: 'stale' })]),
    );
  });

  test('after in-page navigation to B, B\'s response wins and nothing of A leaks in', () => {
    const html = profilePageHtml(SAMPLE_CREATOR);
    const reading = readPage(profileUrl('castlist.other'), {
      html,
      responses: [response('/api/v1/users/web_profile_info/?username=castlist.other', webProfileInfoResponse(OTHER_CREATOR))],
    });
    expect(reading.creator).toMatchObject({ handle: 'castlist.other', name: 'Other Sample Studio', followers: exact(1_234_567), following: exact(89), posts: exact(1_020) });
    const authors = new Set(reading.posts.map((post) => post.author?.handle));
    expect(reading.posts.filter((post) => post.author?.handle === 'castlist.other').length).toBeGreaterThan(0);
    // A's grid tiles still on the page stay A's.
    expect([...authors].sort()).toEqual(['castlist.other', 'castlist.sample']);
    expect(reading.problems).toEqual([]);
  });

  test('markup without the links and no data: not found, with a problem, and no number', () => {
    const html = profilePageHtml(SAMPLE_CREATOR, { embed: false, headCounts: false })
      .replaceAll('/castlist.sample/followers/', '/castlist.sample/?tab=followers')
      .replaceAll('/castlist.sample/following/', '/castlist.sample/?tab=following');
    const reading = readPage(profileUrl('castlist.sample'), { html });
    expect(allCounts(reading)).toEqual([]);
    expect(reading.problems).toMatchObject([{ reader: 'instagram.profile', field: 'creator', code: 'not-found' }]);
  });

  test('a stats row that is not three items gives no post count, and says so', () => {
    const html = profilePageHtml(SAMPLE_CREATOR, { embed: false, headCounts: false }).replace(/<li class="xl565be"><span class="_ac2a">.*?<\/li>/, '');
    const reading = readPage(profileUrl('castlist.sample'), { html });
    expect(reading.creator).toMatchObject({ followers: exact(48_210), following: exact(312) });
    expect(reading.creator!.posts).toBeUndefined();
    expect(reading.problems).toMatchObject([{ reader: 'instagram.profile', field: 'creator.posts', code: 'not-found' }]);
  });

  test('followers links that disagree (two layouts at once) give no followers count', () => {
    const html = profilePageHtml(SAMPLE_CREATOR, { embed: false, headCounts: false }).replace(
      '</main>',
      `<div hidden><a href="/castlist.sample/followers/"><span title="48,999">48.9K</span> followers</a></div></main>`,
    );
    const reading = readPage(profileUrl('castlist.sample'), { html });
    expect(reading.creator!.followers).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator.followers', code: 'not-found' }));
  });

  test('the first-load blob inside the page is found wherever Relay puts it', () => {
    const blob = dataSjsBlob('PolarisProfilePageContentQuery', profileContentResponse(OTHER_CREATOR));
    const html = `<!DOCTYPE html><html lang="en"><head><script type="application/json" data-sjs>${JSON.stringify({ require: [['x', 'y', null, [blob]]] })}</script></head><body></body></html>`;
    expect(readPage(profileUrl('castlist.other'), { html }).creator).toMatchObject({ followers: exact(1_234_567) });
  });
});

describe('Instagram story pages: the owner’s counts from the page head', () => {
  test('/stories/USER/ID/: followers, following and posts of the URL’s user; the stories are no posts', () => {
    const reading = readPage(storyUrl(ENGLISH_STORY), { html: storyPageHtml(ENGLISH_STORY) });
    expect(reading.surface).toBe('profile');
    expect(reading.creator).toMatchObject({
      handle: STORY_OWNER,
      followers: { value: 2_400_000, min: 2_350_000, max: 2_499_999, exact: false, source: 'meta' },
      following: exact(1_204),
      posts: exact(356),
    });
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toEqual([]);
  });

  test('in the page’s language', () => {
    const spanish = { ...ENGLISH_STORY, lang: 'es', description: '2,4 M seguidores, 1204 seguidos, 356 publicaciones - Ver fotos y videos de Instagram de Castlist Sample Kitchen (@castlist.sample)' };
    const reading = readPage(storyUrl(spanish), { html: storyPageHtml(spanish) });
    expect(reading.creator).toMatchObject({ followers: { value: 2_400_000, exact: false }, following: exact(1_204), posts: exact(356) });
  });

  test('a description naming the owner without parentheses', () => {
    const bare = { ...ENGLISH_STORY, description: '2.4M Followers, 1,204 Following, 356 Posts - See Instagram photos and videos from @castlist.sample' };
    expect(readPage(storyUrl(bare), { html: storyPageHtml(bare) }).creator?.posts).toEqual(expect.objectContaining(exact(356)));
    const other = { ...bare, description: bare.description.replace('@castlist.sample', '@castlist.other'), ogUrl: storyUrl(bare) };
    expect(readPage(storyUrl(other), { html: storyPageHtml(other) }).creator).toBeNull();
  });

  test('a description naming nobody is the owner’s when og:url names the owner’s story; not when it names someone else', () => {
    const unnamed = { ...ENGLISH_STORY, description: '2.4M Followers, 1,204 Following, 356 Posts - See Instagram photos and videos from Castlist Sample Kitchen' };
    expect(readPage(storyUrl(unnamed), { html: storyPageHtml(unnamed) }).creator?.posts).toEqual(expect.objectContaining(exact(356)));
    const elsewhere = { ...unnamed, ogUrl: 'https://www.instagram.com/stories/castlist.other/3470000000000000011/' };
    expect(readPage(storyUrl(elsewhere), { html: storyPageHtml(elsewhere) }).creator).toBeNull();
  });

  test('a description left from another profile (in-page navigation) is not the owner’s', () => {
    const stale = { ...ENGLISH_STORY, description: '1,234 Followers, 12 Following, 3 Posts - See Instagram photos and videos from Other Sample Studio (@castlist.other)' };
    const reading = readPage(storyUrl(stale), { html: storyPageHtml(stale) });
    expect(reading.creator).toBeNull();
    expect(reading.problems).toContainEqual(expect.objectContaining({ reader: 'instagram.story', field: 'creator', code: 'not-found' }));
  });
});
