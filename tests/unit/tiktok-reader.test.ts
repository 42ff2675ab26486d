/**
 * The TikTok reader on Castlist's own sample pages and responses (tests/fixtures/tiktok: invented content in the
 * shape of TikTok's real markup, web API and first-load state), through the same loader as
 * `npm run cli -- read-page`.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Count } from '../../lib/count';
import type { Reading } from '../../lib/reading/reading';
import type { CapturedResponse } from '../../lib/sites/page-input';
import { readPage } from '../../lib/sites/read-page';
import { type SavedPage, loadSavedPage } from '../../scripts/saved-page';
import {
  COOK,
  SAMPLE_COMMENTS,
  TRAVEL,
  commentListResponse,
  commentReplyResponse,
  itemDetailResponse,
  itemListResponse,
  itemStruct,
  postsOf,
  samplePost,
  sigiProfileState,
  universalProfileState,
  userDetailResponse,
} from '../fixtures/tiktok/sample-data';
import { feedItemHtml, feedPageHtml, profilePageHtml, videoPageHtml } from '../fixtures/tiktok/sample-pages';

const NOW = new Date('2026-11-30T12:00:00Z');
const opened: SavedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((saved) => saved.close()));
});

function page(html: string, url: string): Document {
  const saved = loadSavedPage(html, url);
  opened.push(saved);
  return saved.document!;
}

function read(url: string, root: Document | null, responses: CapturedResponse[] = [], lang: string | null = null): Reading {
  return readPage({ url, root, responses, now: NOW, lang });
}

const response = (path: string, json: unknown, at = NOW.getTime()): CapturedResponse => ({ url: `https://www.tiktok.com${path}`, json, at });
const profileUrl = (handle: string) => `https://www.tiktok.com/@${handle}`;
const videoUrl = (id: string, handle = 'castlistcook') => `https://www.tiktok.com/@${handle}/video/${id}`;
const exact = (value: number) => expect.objectContaining({ value, min: value, max: value, exact: true });

/** Every number of a reading: what must stay empty when nothing can be attributed. */
function allCounts(reading: Reading): Count[] {
  const creator = Object.values(reading.creator ?? {}).filter((value): value is Count => typeof value === 'object' && value !== null && 'value' in value);
  return [...creator, ...reading.posts.flatMap((post) => Object.values(post.metrics) as Count[])];
}

const A1 = samplePost('7301000000000000011');
const A2 = samplePost('7301000000000000022');
const A3 = samplePost('7301000000000000033');
const B1 = samplePost('7302000000000000044');

describe('profile', () => {
  test('first load (2024 header, __UNIVERSAL_DATA_FOR_REHYDRATION__): exact counts, grid tiles as shown', () => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(profilePageHtml(COOK, { serverTiles: true, script: false }), url));
    expect(reading).toMatchObject({ platform: 'tiktok', surface: 'profile', url, lang: 'en', problems: [] });
    expect(reading.creator).toMatchObject({ id: COOK.id, handle: 'castlistcook', name: 'Castlist Kitchen', verified: true, url });
    expect(reading.creator!.followers).toEqual({ value: 1_234_567, min: 1_234_567, max: 1_234_567, exact: true, text: '1234567', source: 'embedded' });
    expect(reading.creator!.following).toEqual(exact(312));
    expect(reading.creator!.posts).toEqual(exact(214));
    expect(reading.creator!.likes).toEqual(exact(48_321_906));
    // The grid shows "2.3M": a range, either rounding.
    expect(reading.posts.map((post) => post.id)).toEqual(postsOf(COOK).map((post) => post.id));
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: 2_300_000, min: 2_250_000, max: 2_399_999, exact: false, text: '2.3M', source: 'text' });
    expect(reading.posts[2]).toMatchObject({ pinned: true, url: `https://www.tiktok.com/@castlistcook/photo/${A3.id}` });
  });

  test('legacy SIGI_STATE (2022 header): creator and every post of ItemModule, exact', () => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(profilePageHtml(COOK, { state: 'sigi', layout: '2022', script: false }), url));
    expect(reading.creator).toMatchObject({ handle: 'castlistcook', followers: exact(1_234_567), posts: exact(214), likes: exact(48_321_906) });
    expect(reading.posts).toHaveLength(3);
    const [first, second, third] = reading.posts;
    expect(first).toMatchObject({ id: A1.id, format: 'video', publishedAt: '2026-01-01T00:00:00.000Z', sponsored: false, author: { handle: 'castlistcook', name: 'Castlist Kitchen' } });
    expect(first!.metrics).toMatchObject({ views: exact(2_345_678), likes: exact(187_654), comments: exact(3_210), shares: exact(9_876), saves: exact(12_345) });
    expect(second).toMatchObject({ id: A2.id, sponsored: true }); // "#ad" in the caption
    expect(second!.metrics.comments).toEqual(exact(0)); // 0 is a count, not a missing one
    expect(third).toMatchObject({ id: A3.id, format: 'carousel', pinned: true });
    expect(reading.problems).toEqual([]);
  });

  const cookSigi = () => sigiProfileState(COOK);
  test.each([
    ['__UNIVERSAL_DATA_FOR_REHYDRATION__ (Dec 2023–)', () => `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify(universalProfileState(COOK))}</script>`],
    ['SIGI_STATE script (2022–2023)', () => `<script id="SIGI_STATE" type="application/json">${JSON.stringify(cookSigi())}</script>`],
    ['window["SIGI_STATE"]= (2021–2022)', () => `<script>window['SIGI_STATE']=${JSON.stringify(cookSigi())};window['SIGI_RETRY']={"retry":1};</script>`],
    [
      '__NEXT_DATA__ (2020–2021)',
      () => {
        const { userInfo } = userDetailResponse(COOK);
        const nextData = { props: { pageProps: { statusCode: 0, userInfo: { user: userInfo.user, stats: userInfo.stats }, items: postsOf(COOK).map(itemStruct) } }, page: '/@[uniqueId]', query: { uniqueId: COOK.handle } };
        return `<script id="__NEXT_DATA__" type="application/json" crossorigin="anonymous">${JSON.stringify(nextData)}</script>`;
      },
    ],
  ])('first-load state generation: %s', (_name, state) => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(`<html lang="en"><body><div id="app"></div>${state()}</body></html>`, url));
    expect(reading.creator).toMatchObject({ handle: 'castlistcook', followers: exact(COOK.followers), following: exact(COOK.following), posts: exact(COOK.videos), likes: exact(COOK.likes) });
    expect(reading.creator!.followers!.source).toBe('embedded');
    expect(reading.problems).toEqual([]);
  });

  test('rendered header only: compact counts keep their range; the video count is reported missing', () => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(profilePageHtml(COOK, { state: 'none', layout: '2022', script: false }), url));
    expect(reading.creator).toMatchObject({ handle: 'castlistcook', name: 'Castlist Kitchen' });
    expect(reading.creator!.followers).toMatchObject({ value: 1_200_000, min: 1_150_000, max: 1_299_999, exact: false, text: '1.2M', source: 'text' });
    expect(reading.creator!.following).toEqual(expect.objectContaining({ value: 312, exact: true }));
    expect(reading.creator!.likes).toMatchObject({ value: 48_300_000, min: 48_250_000, max: 48_399_999 });
    expect(reading.creator!.posts).toBeUndefined();
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'tiktok.profile', field: 'creator.posts', code: 'not-found' })]);
  });

  test('in-page navigation to another creator: the new creator from the network, nothing of the first', () => {
    // The document still embeds @castlistcook and shows its header; the URL and the responses are @castlisttravel.
    const root = page(profilePageHtml(COOK, { serverTiles: true, script: false }), profileUrl(COOK.handle));
    const reading = read(profileUrl(TRAVEL.handle), root, [
      response(`/api/user/detail/?uniqueId=${TRAVEL.handle}`, userDetailResponse(TRAVEL)),
      response(`/api/post/item_list/?secUid=${COOK.secUid}`, itemListResponse(postsOf(COOK)), NOW.getTime() - 5_000),
      response(`/api/post/item_list/?secUid=${TRAVEL.secUid}`, itemListResponse(postsOf(TRAVEL))),
    ]);
    expect(reading.creator).toMatchObject({ handle: 'castlisttravel', followers: exact(87_412), following: exact(1_045), posts: exact(96) });
    expect(reading.creator!.followers!.source).toBe('network');
    // The new creator's posts are theirs; the first creator's tiles still on the page stay that creator's own.
    const byAuthor = (handle: string) => reading.posts.filter((post) => post.author?.handle === handle).map((post) => post.id);
    expect(byAuthor(TRAVEL.handle)).toEqual(postsOf(TRAVEL).map((post) => post.id));
    expect(reading.posts.every((post) => post.author?.handle === TRAVEL.handle || post.author?.handle === COOK.handle)).toBe(true);
    expect(byAuthor(COOK.handle)).not.toContain(postsOf(TRAVEL)[0]!.id);
    const text = JSON.stringify({ ...reading, posts: reading.posts.filter((post) => post.author?.handle === TRAVEL.handle) });
    for (const number of [COOK.followers, COOK.likes, A1.views, 1_200_000]) expect(text).not.toContain(String(number));
  });

  test('stale page: the URL says @castlisttravel, everything on the page is @castlistcook → nothing is read', () => {
    const root = page(profilePageHtml(COOK, { serverTiles: true, state: 'sigi', script: false }), profileUrl(COOK.handle));
    const reading = read(profileUrl(TRAVEL.handle), root, [response(`/api/user/detail/?uniqueId=${COOK.handle}`, userDetailResponse(COOK))]);
    expect(reading.creator).toBeNull();
    // Nothing is @castlisttravel's; the grid's tiles link to @castlistcook's videos and stay theirs.
    expect(reading.posts.map((post) => post.author?.handle)).toEqual(reading.posts.map(() => COOK.handle));
    expect(allCounts({ ...reading, posts: [] })).toEqual([]);
    const codes = reading.problems.map((problem) => `${problem.field}:${problem.code}`);
    expect(codes).toContain('creator:stale');
    expect(codes).toContain('creator:not-found');
  });

  test('the header already shows the new creator while the state is the old one: the header is read, the state is not', () => {
    const root = page(profilePageHtml(TRAVEL, { state: 'none', script: false }), profileUrl(TRAVEL.handle));
    const stale = root.createElement('script');
    stale.id = '__UNIVERSAL_DATA_FOR_REHYDRATION__';
    stale.type = 'application/json';
    stale.textContent = JSON.stringify(universalProfileState(COOK));
    root.body.append(stale);
    const reading = read(profileUrl(TRAVEL.handle), root);
    expect(reading.creator).toMatchObject({ handle: 'castlisttravel', followers: { value: 87_400, min: 87_350, max: 87_499, exact: false } });
    expect(JSON.stringify(reading)).not.toContain(String(COOK.followers));
  });

  test('a private account: its counts are public, its posts are reported hidden', () => {
    const detail = userDetailResponse(TRAVEL);
    detail.userInfo.user.privateAccount = true;
    const reading = read(profileUrl(TRAVEL.handle), null, [response(`/api/user/detail/?uniqueId=${TRAVEL.handle}`, detail)]);
    expect(reading.creator!.followers).toEqual(exact(87_412));
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post', code: 'hidden' }));
  });

  test('an account TikTok will not show: "unavailable", no number', () => {
    const html = `<html lang="en"><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify({
      __DEFAULT_SCOPE__: { 'webapp.user-detail': { statusCode: 10221, statusMsg: 'user banned', userInfo: {} } },
    })}</script></body></html>`;
    const reading = read(profileUrl('gone_account'), page(html, profileUrl('gone_account')));
    expect(reading.creator).toBeNull();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator', code: 'unavailable', detail: expect.stringContaining('10221') }));
  });

  test.each([
    { lang: 'de-DE', followers: '1,2\u00a0Mio.', likes: '48,3\u00a0Mio.', value: 1_200_000, likesValue: 48_300_000 },
    { lang: 'de-DE', followers: '1.2M', likes: '48.3M', value: 1_200_000, likesValue: 48_300_000 }, // English form on a German page
    { lang: 'fr-FR', followers: '1,2\u00a0M', likes: '48,3\u00a0M', value: 1_200_000, likesValue: 48_300_000 },
    { lang: 'ja-JP', followers: '123.4万', likes: '4832.1万', value: 1_234_000, likesValue: 48_321_000 },
  ])('localized header ($lang, "$followers")', ({ lang, followers, likes, value, likesValue }) => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(profilePageHtml(COOK, { state: 'none', lang, shown: { followers, following: '312', likes }, script: false }), url));
    expect(reading.lang).toBe(lang);
    expect(reading.creator!.followers).toMatchObject({ value, exact: false });
    expect(reading.creator!.likes).toMatchObject({ value: likesValue, exact: false });
  });

  test('"1.2M" on an Indonesian page (M = miliar there) is ambiguous: no follower count, an "ambiguous" problem', () => {
    const url = profileUrl(COOK.handle);
    const reading = read(url, page(profilePageHtml(COOK, { state: 'none', lang: 'id-ID', shown: { followers: '1.2M', following: '312', likes: '48.3M' }, script: false }), url));
    expect(reading.creator!.followers).toBeUndefined();
    expect(reading.creator!.likes).toBeUndefined();
    expect(reading.creator!.following).toEqual(expect.objectContaining({ value: 312 }));
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator.followers', code: 'ambiguous' }));
  });

  test('markup changed (no state, unknown header): "not found", never a number', () => {
    const html = '<html lang="en"><body><div class="ProfileHeader"><h1>castlistcook</h1><span>1.2M Followers</span><span>312 Following</span></div></body></html>';
    const reading = read(profileUrl(COOK.handle), page(html, profileUrl(COOK.handle)));
    expect(allCounts(reading)).toEqual([]);
    expect(reading.problems).toContainEqual(expect.objectContaining({ reader: 'tiktok.profile', field: 'creator', code: 'not-found' }));
  });

  test('count hooks renamed but the header still names the creator: each count reported not found', () => {
    const url = profileUrl(COOK.handle);
    const html = profilePageHtml(COOK, { state: 'none', script: false }).replace(/data-e2e="(followers|following|likes)-count"/g, 'data-e2e="$1-number"');
    const reading = read(url, page(html, url));
    expect(reading.creator).toMatchObject({ handle: 'castlistcook' });
    expect(allCounts(reading)).toEqual([]);
    const missing = reading.problems.filter((problem) => problem.code === 'not-found').map((problem) => problem.field);
    expect(missing).toEqual(expect.arrayContaining(['creator.followers', 'creator.following', 'creator.likes', 'creator.posts']));
  });
});

describe('video page', () => {
  test('first load (webapp.video-detail): every count exact, the author\'s stats, the rendered comments', () => {
    const url = videoUrl(A1.id);
    const reading = read(url, page(videoPageHtml(A1, { comments: SAMPLE_COMMENTS, script: false }), url));
    expect(reading).toMatchObject({ surface: 'post', url, problems: [] });
    const [post] = reading.posts;
    expect(post).toMatchObject({ id: A1.id, format: 'video', caption: A1.caption, publishedAt: '2026-01-01T00:00:00.000Z', sponsored: false, author: { handle: 'castlistcook', id: COOK.id } });
    expect(post!.metrics).toEqual({
      views: { value: 2_345_678, min: 2_345_678, max: 2_345_678, exact: true, text: '2345678', source: 'embedded' },
      likes: exact(187_654),
      comments: exact(3_210),
      shares: exact(9_876),
      saves: exact(12_345),
      reposts: exact(321),
    });
    expect(reading.creator).toMatchObject({ handle: 'castlistcook', followers: exact(1_234_567), verified: true });
    expect(reading.comments).toHaveLength(4);
    expect(reading.comments[0]).toMatchObject({ postId: A1.id, author: 'hungryhana', authorName: 'Hana', text: 'Made this tonight, the lemon zest is key!', byCreator: false, creatorReplied: true, publishedText: '1-2' });
    expect(reading.comments[0]!.likes).toEqual(expect.objectContaining({ value: 1_532, exact: true }));
    expect(reading.comments[1]).toMatchObject({ author: 'castlistcook', byCreator: true });
  });

  test('a 2020–2021 page (__NEXT_DATA__ itemInfo.itemStruct): exact counts; about another post, nothing', () => {
    const nextData = { props: { pageProps: { statusCode: 0, itemInfo: { itemStruct: itemStruct(A1) } } }, page: '/@[uniqueId]/video/[id]' };
    const html = `<html lang="en"><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData)}</script></body></html>`;
    const post = read(videoUrl(A1.id), page(html, videoUrl(A1.id))).posts[0]!;
    expect(post.metrics).toMatchObject({ views: { value: 2_345_678, exact: true, source: 'embedded' }, likes: exact(187_654), comments: exact(3_210), shares: exact(9_876) });
    const other = read(videoUrl(B1.id, 'castlisttravel'), page(html, videoUrl(B1.id, 'castlisttravel')));
    expect(allCounts(other)).toEqual([]);
  });

  test('rendered page only: the action bar as shown, views reported missing (TikTok shows plays on tiles only)', () => {
    const url = videoUrl(A1.id);
    const reading = read(url, page(videoPageHtml(A1, { state: 'none', script: false }), url));
    const metrics = reading.posts[0]!.metrics;
    expect(metrics.likes).toMatchObject({ value: 187_600, min: 187_550, max: 187_699, exact: false, text: '187.6K' });
    expect(metrics.comments).toEqual(expect.objectContaining({ value: 3_210, exact: true }));
    expect(metrics.saves).toMatchObject({ value: 12_300, exact: false });
    expect(metrics.views).toBeUndefined();
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'tiktok.video', field: 'post.views', code: 'not-found' })]);
  });

  test('in-page navigation: the new post from /api/item/detail/, the stale first-load state ignored', () => {
    const root = page(videoPageHtml(A1, { script: false }), videoUrl(A1.id));
    const reading = read(videoUrl(B1.id, 'castlisttravel'), root, [response(`/api/item/detail/?itemId=${B1.id}`, itemDetailResponse(B1))]);
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({ id: B1.id, author: { handle: 'castlisttravel' } });
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: B1.views, exact: true, source: 'network' });
    expect(reading.creator).toMatchObject({ handle: 'castlisttravel', followers: exact(TRAVEL.followers) });
    const text = JSON.stringify(reading);
    for (const number of [A1.views, A1.likes, COOK.followers, 187_600]) expect(text).not.toContain(String(number));
  });

  test('stale page: the URL names another post than everything on the page → nothing attributed', () => {
    const root = page(videoPageHtml(A1, { script: false }), videoUrl(A1.id));
    const reading = read(videoUrl(B1.id, 'castlisttravel'), root);
    expect(reading.posts).toEqual([]);
    expect(allCounts(reading)).toEqual([]);
    const codes = reading.problems.map((problem) => `${problem.field}:${problem.code}`);
    expect(codes).toEqual(expect.arrayContaining(['post:stale', 'post:not-found']));
  });

  test.each([
    { status: 10204, code: 'unavailable' },
    { status: 10216, code: 'hidden' },
    { status: 10222, code: 'hidden' },
  ])('a post TikTok will not show (status $status): "$code", no number', ({ status, code }) => {
    const url = videoUrl(A1.id);
    const html = videoPageHtml(A1, { status, script: false }).replace(/<div id="main-content-video_detail">[\s\S]*?<\/div>\n<\/div>/, '<div>Video currently unavailable</div>');
    const reading = read(url, page(html, url));
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post', code, detail: expect.stringContaining(String(status)) }));
  });

  test('hidden like count ("Like" instead of a number): reported hidden, never 0', () => {
    const url = videoUrl(A1.id);
    const reading = read(url, page(videoPageHtml(A1, { state: 'none', shown: { likes: 'Like', comments: '0', shares: 'Share', saves: '0' }, script: false }), url));
    const metrics = reading.posts[0]!.metrics;
    expect(metrics.likes).toBeUndefined();
    expect(metrics.shares).toBeUndefined();
    expect(metrics.comments).toEqual(exact(0)); // an empty count is a count
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post.likes', code: 'hidden' }));
  });

  test('a photo post from /api/item/detail/ (the CLI on a saved response): carousel, canonical URL', () => {
    const reading = read(`https://www.tiktok.com/api/item/detail/?itemId=${A3.id}`, null, [response(`/api/item/detail/?itemId=${A3.id}`, itemDetailResponse(A3))]);
    expect(reading).toMatchObject({ surface: 'post', url: `https://www.tiktok.com/@castlistcook/photo/${A3.id}` });
    expect(reading.posts[0]).toMatchObject({ id: A3.id, format: 'carousel', pinned: true });
  });

  test('the creator\'s "Paid partnership" label marks the post sponsored', () => {
    const url = videoUrl(B1.id, 'castlisttravel');
    const html = videoPageHtml(B1, { state: 'none', script: false }).replace('<div class="actions">', '<div class="actions"><div class="label"><span>Paid partnership</span></div>');
    expect(read(url, page(html, url)).posts[0]!.sponsored).toBe(true);
  });

  test('markup changed (no state, no hooks): "not found", never a number', () => {
    const url = videoUrl(A1.id);
    const html = `<html lang="en"><body><div id="xgwrapper-0-${A1.id}"></div><div class="ActionBar"><button>187.6K</button><button>3210</button></div></body></html>`;
    const reading = read(url, page(html, url));
    expect(allCounts(reading)).toEqual([]);
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post', code: 'not-found' }));
  });
});

describe('comments', () => {
  test('from /api/comment/list/ and /reply/: authors, exact likes, the creator\'s own comment, its heart and its reply', () => {
    const reading = read(videoUrl(A1.id), null, [
      response(`/api/item/detail/?itemId=${A1.id}`, itemDetailResponse(A1)),
      response(`/api/comment/list/?aweme_id=${A1.id}`, commentListResponse(A1.id)),
      response(`/api/comment/list/reply/?item_id=${A1.id}&comment_id=7301100000000000004`, commentReplyResponse()),
      response(`/api/comment/list/?aweme_id=${B1.id}`, { comments: [{ cid: '1', aweme_id: B1.id, text: 'another post', user: { unique_id: 'someone' } }] }),
    ]);
    const byAuthor = Object.fromEntries(reading.comments.filter((comment) => !comment.text.startsWith('A 12-inch')).map((comment) => [comment.author, comment]));
    expect(reading.comments).toHaveLength(5);
    expect(byAuthor.hungryhana).toMatchObject({ id: '7301100000000000001', postId: A1.id, authorName: 'Hana', byCreator: false, creatorReplied: true, publishedAt: '2026-01-02T00:00:00.000Z' });
    expect(byAuthor.hungryhana!.likes).toEqual(exact(1_532));
    expect(byAuthor.hungryhana!.replies).toEqual(exact(1));
    expect(byAuthor.castlistcook).toMatchObject({ byCreator: true });
    expect(byAuthor.pastapeter).toMatchObject({ creatorReplied: true }); // the creator answered it
    expect(byAuthor.followers4free_21).toMatchObject({ creatorReplied: false, byCreator: false });
    expect(reading.comments.some((comment) => comment.text === 'another post')).toBe(false);
  });

  test('a saved comment list alone (the CLI): the post is named, there is no count', () => {
    const reading = read(`https://www.tiktok.com/api/comment/list/?aweme_id=${A1.id}`, null, [response(`/api/comment/list/?aweme_id=${A1.id}`, commentListResponse(A1.id))]);
    expect(reading.surface).toBe('post');
    expect(reading.comments).toHaveLength(4);
    expect(allCounts(reading)).toEqual([]);
  });
});

describe('feeds, grids and search', () => {
  test('For You: each item\'s own action bar (several videos in the DOM), exact counts from the feed response', () => {
    const posts = [A1, B1, A2];
    const root = page(feedPageHtml(posts, { script: false }), 'https://www.tiktok.com/foryou');
    const fromDom = read('https://www.tiktok.com/foryou', root);
    expect(fromDom.surface).toBe('feed');
    expect(fromDom.posts.map((post) => post.id)).toEqual(posts.map((post) => post.id));
    expect(fromDom.posts[1]).toMatchObject({ author: { handle: 'castlisttravel' }, url: videoUrl(B1.id, 'castlisttravel') });
    expect(fromDom.posts[1]!.metrics.likes).toEqual(expect.objectContaining({ value: 3_210 }));
    expect(fromDom.posts[2]!.metrics.comments).toEqual(exact(0));

    const withNetwork = read('https://www.tiktok.com/foryou', root, [response('/api/recommend/item_list/?count=3', itemListResponse(posts))]);
    expect(withNetwork.posts[0]!.metrics).toMatchObject({ views: exact(A1.views), likes: exact(A1.likes) });
  });

  test('a post opened in the feed: read from its own item, never from the first like button on the page', () => {
    const root = page(feedPageHtml([A1, B1, A2], { script: false }), 'https://www.tiktok.com/foryou');
    const reading = read(videoUrl(B1.id, 'castlisttravel'), root);
    expect(reading.posts[0]!.metrics.likes).toEqual(expect.objectContaining({ value: 3_210 }));
    expect(reading.posts[0]!.metrics.shares).toEqual(expect.objectContaining({ value: 45 }));
    // A wrapper holding two posts' action bars cannot tell them apart, even where only one of them shows a count.
    const unwrapped = (html: string) => html.replace(/<\/?article[^>]*>/g, '');
    const withoutShares = unwrapped(feedItemHtml(A1)).replace(/<strong data-e2e="share-count">[^<]*<\/strong>/, '');
    const merged = page(`<html lang="en"><body><div>${withoutShares}${unwrapped(feedItemHtml(B1))}</div></body></html>`, videoUrl(A1.id));
    expect(allCounts(read(videoUrl(A1.id), merged))).toEqual([]);
  });

  test('search results: /api/search/general/full/ data[*].item and the result tiles', () => {
    const search = { data: [{ type: 1, item: itemStruct(A1) }, { type: 4, user_list: [] }, { type: 1, item: itemStruct(B1) }], status_code: 0 };
    const html = `<html lang="en"><body><div data-e2e="search_top-item"><a href="https://www.tiktok.com/@castlistcook/video/${A2.id}"><strong data-e2e="video-views">98.7K</strong></a></div></body></html>`;
    const url = 'https://www.tiktok.com/search?q=pasta';
    const reading = read(url, page(html, url), [response('/api/search/general/full/?keyword=pasta', search)]);
    expect(reading.surface).toBe('search');
    expect(reading.posts.map((post) => post.id)).toEqual([A1.id, B1.id, A2.id]);
    expect(reading.posts[2]!.metrics.views).toMatchObject({ value: 98_700, exact: false });
  });

  test('a bare item list (the CLI): one author\'s list is that profile\'s grid, the For You list a feed', () => {
    const grid = read(`https://www.tiktok.com/api/post/item_list/?secUid=${TRAVEL.secUid}`, null, [response(`/api/post/item_list/?secUid=${TRAVEL.secUid}`, itemListResponse(postsOf(TRAVEL)))]);
    expect(grid).toMatchObject({ surface: 'profile', url: profileUrl('castlisttravel') });
    // The items carry authorStats: the creator's counts come with them.
    expect(grid.creator).toMatchObject({ handle: 'castlisttravel', followers: exact(TRAVEL.followers) });
    expect(grid.posts).toHaveLength(2);
    const feed = read('https://www.tiktok.com/api/recommend/item_list/?count=3', null, [response('/api/recommend/item_list/?count=3', itemListResponse([A1, B1]))]);
    expect(feed).toMatchObject({ surface: 'feed', url: 'https://www.tiktok.com/foryou', creator: null });
    expect(feed.posts).toHaveLength(2);
  });

  test('a bare /api/user/detail/ (the CLI): the profile at its canonical URL', () => {
    const reading = read(`https://www.tiktok.com/api/user/detail/?uniqueId=${COOK.handle}`, null, [response(`/api/user/detail/?uniqueId=${COOK.handle}`, userDetailResponse(COOK))]);
    expect(reading).toMatchObject({ surface: 'profile', url: profileUrl('castlistcook') });
    expect(reading.creator).toMatchObject({ followers: exact(COOK.followers), likes: exact(COOK.likes) });
  });

  test('JSON for something else entirely: an unsupported reading, no crash', () => {
    const reading = read('https://www.tiktok.com/api/unknown/', null, [response('/api/unknown/', { hello: 'world' })]);
    expect(reading).toMatchObject({ surface: 'unsupported', creator: null, posts: [], comments: [] });
  });
});
