/**
 * The Instagram reader on one post (/p/CODE/, /reel/CODE/): the post query of either generation, REST media info and
 * comments, the logged-out query, the first-load blob, the head and the like line; hidden likes, comments turned
 * off, deleted posts, stale state after in-page navigation, and a saved response read on its own.
 */
import { describe, expect, test } from 'vitest';
import {
  OTHER_CREATOR,
  SAMPLE_CREATOR,
  commentsResponse,
  legacyShortcodeMedia,
  loggedOutMediaResponse,
  mediaInfoResponse,
  mediaNotFoundResponse,
  mediaWebInfoResponse,
  profileContentResponse,
  samplePost,
} from '../fixtures/instagram/sample-data';
import { legacyServerPageHtml, postPageHtml } from '../fixtures/instagram/sample-pages';
import { allCounts, exact, readPage, response } from '../fixtures/instagram/read-sample';

const reel = samplePost('DAn6p16mwAB')!;
const image = samplePost('DAn6p16mwAC')!;
const hidden = samplePost('DAn6p16mwAE')!;
const quiet = samplePost('DAn6p16mwAG')!;
const reelUrl = 'https://www.instagram.com/reel/DAn6p16mwAB/';
const imageUrl = 'https://www.instagram.com/p/DAn6p16mwAC/';

describe('Instagram post: the page data', () => {
  test('the post query (xdt_api__v1__media__shortcode__web_info): every number, the caption, the author', () => {
    const reading = readPage(reelUrl, { responses: [response('/graphql/query', mediaWebInfoResponse(reel))] });
    expect(reading.surface).toBe('post');
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({
      id: 'DAn6p16mwAB',
      url: reelUrl,
      format: 'video',
      caption: reel.caption,
      publishedAt: '2026-11-20T18:30:00.000Z',
      sponsored: true,
      author: { handle: 'castlist.sample', name: 'Castlist Sample Kitchen', id: '5500000001' },
      metrics: { likes: exact(5_120), comments: exact(342), views: { ...exact(87_410), source: 'network' }, shares: exact(210) },
    });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', name: 'Castlist Sample Kitchen', verified: false });
    expect(reading.problems).toEqual([]);
  });

  test('plays stand in for views only where Instagram gives no views', () => {
    const onlyPlays = mediaWebInfoResponse(reel);
    const item = onlyPlays.data.xdt_api__v1__media__shortcode__web_info.items[0]! as Record<string, unknown>;
    item.view_count = null;
    const reading = readPage(reelUrl, { responses: [response('/graphql/query', onlyPlays)] });
    expect(reading.posts[0]!.metrics.views).toMatchObject(exact(98_765));
  });

  test('the paid-partnership label marks a post sponsored even without a disclosure in the caption', () => {
    const labelled = { ...image, caption: 'Market haul with friends', paidPartnership: true };
    expect(readPage(imageUrl, { responses: [response('/graphql/query', mediaWebInfoResponse(labelled))] }).posts[0]!.sponsored).toBe(true);
    const plain = { ...image, caption: 'Market haul with friends' };
    expect(readPage(imageUrl, { responses: [response('/graphql/query', mediaWebInfoResponse(plain))] }).posts[0]!.sponsored).toBe(false);
  });

  test('the author\'s counts come along when the page holds their profile, matched by username', () => {
    const reading = readPage(reelUrl, {
      responses: [response('/graphql/query', mediaWebInfoResponse(reel), 2), response('/graphql/query', profileContentResponse(SAMPLE_CREATOR), 1), response('/graphql/query', profileContentResponse(OTHER_CREATOR), 3)],
    });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', followers: exact(48_210) });
  });

  test('the logged-out post query (xig_polaris_media.if_not_gated_logged_out)', () => {
    const reading = readPage(imageUrl, { responses: [response('/graphql/query', loggedOutMediaResponse(image))] });
    expect(reading.posts[0]).toMatchObject({ format: 'image', metrics: { likes: exact(1_500), comments: exact(48) } });
    expect(reading.posts[0]!.metrics.views).toBeUndefined();
    expect(reading.problems).toEqual([]);
  });

  test('the –2023 xdt_shortcode_media: counts, the owner\'s followers, threaded comments', () => {
    const reading = readPage(reelUrl, { responses: [response('/graphql/query', legacyShortcodeMedia(reel))] });
    expect(reading.posts[0]).toMatchObject({ format: 'video', metrics: { likes: exact(5_120), comments: exact(342), views: exact(87_410) } });
    expect(reading.creator).toMatchObject({ handle: 'castlist.sample', followers: exact(48_210), posts: exact(184) });
    expect(reading.comments).toHaveLength(4);
    expect(reading.comments[0]).toMatchObject({ postId: 'DAn6p16mwAB', author: 'hungry.reader', likes: exact(41), replies: exact(1), byCreator: false, creatorReplied: true });
    expect(reading.comments[1]).toMatchObject({ author: 'castlist.sample', byCreator: true });
  });

  test('REST media info and comments: who wrote what, likes, replies, the creator\'s replies and hearts', () => {
    const reading = readPage(reelUrl, {
      responses: [response(`/api/v1/media/${reel.pk}/info/`, mediaInfoResponse(reel), 1), response(`/api/v1/media/${reel.pk}/comments/?can_support_threading=true&permalink_enabled=false`, commentsResponse(reel), 2)],
    });
    expect(reading.posts[0]!.metrics).toMatchObject({ likes: exact(5_120), views: exact(87_410) });
    expect(reading.comments.map((comment) => [comment.author, comment.likes?.value, comment.byCreator, comment.creatorReplied])).toEqual([
      ['hungry.reader', 41, false, true], // the creator replied
      ['castlist.sample', 12, true, false],
      ['spam.deals.now', 0, false, false], // the viewer liked it (has_liked_comment): not the creator
      ['tart.fan', 3, false, true], // the creator hearted it
    ]);
    expect(reading.comments[0]).toMatchObject({ id: '18000000000000001', text: 'What flour do you use for the crust?', publishedAt: '2026-11-20T19:00:00.000Z', replies: exact(1) });
  });

  test('comments of another post are never attributed to this one', () => {
    const reading = readPage(imageUrl, {
      responses: [response('/graphql/query', mediaWebInfoResponse(image), 1), response(`/api/v1/media/${reel.pk}/comments/`, commentsResponse(reel), 2)],
    });
    expect(reading.comments).toEqual([]);
  });
});

describe('Instagram post: hidden, off, deleted', () => {
  test('hidden likes: a problem saying so, never the 0 the data carries', () => {
    const reading = readPage('https://www.instagram.com/p/DAn6p16mwAE/', { responses: [response('/graphql/query', mediaWebInfoResponse(hidden))] });
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.posts[0]!.metrics.comments).toMatchObject(exact(12));
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'instagram.post', field: 'post.likes', code: 'hidden' })]);
  });

  test('hidden likes on the page: "Liked by x and others" has no count, even beside a head that has one', () => {
    const html = postPageHtml(hidden, {
      embed: false,
      description: '3 likes, 12 comments - castlist.sample on November 10, 2026: "Likes hidden on this one"',
      likesLine: 'others',
    }).replace('<a class="x1i10hfl" href="/p/DAn6p16mwAE/liked_by/"', 'Liked by <a href="/hungry.reader/">hungry.reader</a> and <a class="x1i10hfl" href="/p/DAn6p16mwAE/liked_by/"');
    const reading = readPage('https://www.instagram.com/p/DAn6p16mwAE/', { html });
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post.likes', code: 'hidden' }));
  });

  test('zero likes and comments turned off: 0 is a count, the comments a problem', () => {
    const reading = readPage('https://www.instagram.com/p/DAn6p16mwAG/', { responses: [response('/graphql/query', mediaWebInfoResponse(quiet))] });
    expect(reading.posts[0]!.metrics).toEqual({ likes: expect.objectContaining(exact(0)) });
    expect(reading.problems).toEqual([expect.objectContaining({ field: 'post.comments', code: 'hidden' })]);
  });

  test('a deleted post: unavailable, nothing read', () => {
    for (const [path, json] of [
      ['/graphql/query', mediaWebInfoResponse(null)],
      [`/api/v1/media/${image.pk}/info/`, mediaNotFoundResponse],
    ] as const) {
      const reading = readPage(imageUrl, { responses: [response(path, json)] });
      expect(reading.posts).toEqual([]);
      expect(reading.problems).toEqual([expect.objectContaining({ reader: 'instagram.post', field: 'post', code: 'unavailable' })]);
    }
  });
});

describe('Instagram post: the first-load page', () => {
  test('the first-load blob, the head and the like line agree', () => {
    const reading = readPage(reelUrl, { html: postPageHtml(reel) });
    expect(reading.posts[0]).toMatchObject({ metrics: { likes: { ...exact(5_120), source: 'embedded' }, views: exact(87_410) } });
  });

  test('without data: the description (named by og:url) and the like line', () => {
    const reading = readPage(imageUrl, { html: postPageHtml(image, { embed: false }) });
    expect(reading.posts[0]).toMatchObject({ id: 'DAn6p16mwAC', metrics: { likes: { ...exact(1_500), source: 'meta' }, comments: { ...exact(48), source: 'meta' } }, publishedAt: '2026-11-18T09:00:00.000Z' });
  });

  test.each([
    ['de', '1.500 „Gefällt mir“-Angaben, 48 Kommentare - castlist.sample am 18. November 2026: "Sunday market haul"', '<span>1.500</span> „Gefällt mir“-Angaben', 1_500, 48],
    ['fr', '1 500 J’aime, 48 commentaires - castlist.sample le 18 novembre 2026 : "Sunday market haul"', '<span>1 500</span> J’aime', 1_500, 48],
    ['pt', '12,3 mil curtidas, 48 comentários - castlist.sample em 18 de novembro de 2026: "Sunday market haul"', '<span>12.345</span> curtidas', 12_345, 48],
  ] as const)('a %s page: localized description and like line', (lang, description, likesLine, likes, comments) => {
    const reading = readPage(imageUrl, { html: postPageHtml(image, { lang, embed: false, description, likesLine }) });
    const post = reading.posts[0]!;
    expect(post.metrics.comments).toMatchObject(exact(comments));
    // The head's short "12,3 mil" is a range; the like line's exact count is within it.
    expect(post.metrics.likes!.min).toBeLessThanOrEqual(likes);
    expect(post.metrics.likes!.max).toBeGreaterThanOrEqual(likes);
  });

  test('only the like line: the exact count in its own span', () => {
    const reading = readPage(imageUrl, { html: postPageHtml(image, { embed: false, description: null }) });
    expect(reading.posts[0]!.metrics.likes).toMatchObject({ ...exact(1_500), source: 'text' });
    expect(reading.problems).toEqual([expect.objectContaining({ field: 'post.comments', code: 'not-found' })]);
  });

  test('a description whose og:url names another post is not read', () => {
    const html = postPageHtml(image, { embed: false, likesLine: null }).replace('/p/DAn6p16mwAC/" ', '/p/DAn6p16mwAB/" ').replace(
      /<meta property="og:url" content="[^"]*">/,
      '<meta property="og:url" content="https://www.instagram.com/p/DAn6p16mwAB/">',
    );
    const reading = readPage(imageUrl, { html });
    expect(allCounts(reading)).toEqual([]);
  });
});

describe('Instagram post: stale state and changed markup', () => {
  test('after in-page navigation to post B, A\'s first-load blob, head and like line give nothing of A', () => {
    const html = postPageHtml(reel); // the page as first loaded for A
    const reading = readPage(imageUrl, { html });
    // Nothing is B's. A's article still on the page is a tile of A, under A's own author, with A's own numbers.
    expect(reading.posts.map((post) => [post.id, post.author?.handle])).toEqual([[reel.code, SAMPLE_CREATOR.username]]);
    expect(allCounts({ ...reading, posts: [] })).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reader: 'instagram.post', field: 'post', code: 'stale' }),
        expect.objectContaining({ field: 'post', code: 'not-found' }),
      ]),
    );
  });

  test('after in-page navigation to post B, B\'s query wins', () => {
    const reading = readPage(imageUrl, { html: postPageHtml(reel), responses: [response('/graphql/query', mediaWebInfoResponse(image))] });
    // The page's post first; A's article still shown is A's tile, never B's numbers.
    expect(reading.posts.map((post) => post.id)).toEqual(['DAn6p16mwAC', reel.code]);
    expect(reading.posts[0]).toMatchObject({ id: 'DAn6p16mwAC', metrics: { likes: exact(1_500), comments: exact(48) } });
    expect(reading.problems).toEqual([]);
  });

  test('a page whose like line is gone and which has no data: not found, no number', () => {
    const reading = readPage(imageUrl, { html: postPageHtml(image, { embed: false, description: null, likesLine: null }) });
    expect(allCounts(reading)).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'post.likes', code: 'not-found' }), expect.objectContaining({ field: 'post.comments', code: 'not-found' })]),
    );
  });
});

describe('Instagram post: a saved response read on its own (the CLI)', () => {
  test.each([
    [`/api/v1/media/${reel.pk}/info/`, mediaInfoResponse(reel)],
    ['/graphql/query', mediaWebInfoResponse(reel)],
    ['/graphql/query', legacyShortcodeMedia(reel)],
  ] as const)('%s stands for the post page', (path, json) => {
    const reading = readPage(`https://www.instagram.com${path}`, { responses: [response(path, json)] });
    expect(reading).toMatchObject({ surface: 'post', url: reelUrl });
    expect(reading.posts[0]!.metrics.likes).toMatchObject(exact(5_120));
  });

  test('a comments response names its post by the media id in its path', () => {
    const path = `/api/v1/media/${reel.pk}/comments/`;
    const reading = readPage(`https://www.instagram.com${path}`, { responses: [response(path, commentsResponse(reel))] });
    expect(reading).toMatchObject({ surface: 'post', url: 'https://www.instagram.com/p/DAn6p16mwAB/' });
    expect(reading.comments.map((comment) => comment.author)).toEqual(['hungry.reader', 'castlist.sample', 'spam.deals.now', 'tart.fan']);
    expect(reading.comments[1]!.byCreator).toBe(true);
  });
});

describe('Instagram post: 2019–2022 saved pages', () => {
  const studioReel = samplePost('DAn6p16mwAF')!;
  const studioUrl = 'https://www.instagram.com/p/DAn6p16mwAF/';

  test.each(['sharedData', 'additionalData'] as const)('%s: exact likes over the head\'s rounded "40.2k Likes", and the owner', (state) => {
    const reading = readPage(studioUrl, { html: legacyServerPageHtml({ post: studioReel }, { state }) });
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({ id: 'DAn6p16mwAF', format: 'video', metrics: { likes: exact(40_210), comments: exact(1_205), views: exact(903_400) } });
    expect(reading.posts[0]!.metrics.likes!.source).toBe('embedded');
    expect(reading.creator).toMatchObject({ handle: 'castlist.other', followers: exact(1_234_567), posts: exact(1_020) });
  });

  test('the head alone still reads, as a range: "40.2k Likes" is 40,150–40,299', () => {
    const html = legacyServerPageHtml({ post: studioReel }).replace(/<script type="text\/javascript">window\._sharedData[\s\S]*?<\/script>/, '');
    const likes = readPage(studioUrl, { html }).posts[0]!.metrics.likes!;
    expect(likes).toMatchObject({ value: 40_200, exact: false, source: 'meta' });
    expect(likes.min).toBeLessThanOrEqual(40_210);
    expect(likes.max).toBeGreaterThanOrEqual(40_210);
  });

  test('a post page still holding the first post\'s state gives none of its numbers to the second', () => {
    const reading = readPage(reelUrl, { html: legacyServerPageHtml({ post: studioReel }) });
    expect(allCounts(reading).map((count) => count.value)).not.toContain(40_210);
    expect(reading.posts.find((post) => post.id === 'DAn6p16mwAF')).toBeUndefined();
  });
});
