/**
 * Instagram grids, feeds and search: post tiles read one at a time (the content script's TileReader) and all at
 * once (the reader with readTiles), their counts from the page's data or from the tile; plus URL detection and
 * where badges go.
 */
import { describe, expect, test } from 'vitest';
import type { PageInput } from '../../lib/sites/page-input';
import { readingSchema } from '../../lib/reading/reading-schema';
import { instagramBadgePlacements } from '../../lib/sites/instagram/badge-placements';
import { detectInstagramPage } from '../../lib/sites/instagram/detect';
import { instagramTiles } from '../../lib/sites/instagram/post-tile';
import { readInstagram } from '../../lib/sites/instagram/read-instagram';
import { postLinkOf, shortcodeOfMediaId } from '../../lib/sites/instagram/shortcode';
import {
  OTHER_CREATOR,
  SAMPLE_CREATOR,
  commentsResponse,
  legacyShortcodeMedia,
  mediaDict,
  samplePost,
  timelineResponse,
  webProfileInfoResponse,
} from '../fixtures/instagram/sample-data';
import { postPageHtml, profilePageHtml } from '../fixtures/instagram/sample-pages';
import { NOW, documentOf, exact, readPage, response } from '../fixtures/instagram/read-sample';
import { badgesOf } from '../support/reading-badges';
import { TAGGED_POSTS, taggedPageHtml } from '../fixtures/instagram/tagged-page';

function inputFor(url: string, document: Document, responses: PageInput['responses'] = []): PageInput {
  return { url, root: document, responses, now: NOW, lang: document.documentElement.getAttribute('lang') };
}

const page = (body: string, lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head><title>Instagram</title></head><body><main role="main">${body}</main></body></html>`;

const feedArticle = `
  <article class="x1lliihq">
    <header><a href="/castlist.other/" role="link">castlist.other</a> <a href="/explore/locations/1/">Studio</a></header>
    <div class="_aagv"><img alt="" src="data:,"></div>
    <section><span><a href="/p/DAn6p16mwAF/liked_by/" role="link"><span class="html-span">40,210</span> likes</a></span></section>
    <div><a href="/p/DAn6p16mwAF/" role="link"><time datetime="2026-11-25T16:00:00.000Z">5d</time></a></div>
    <div><a href="/p/DAn6p16mwAF/c/18000000000000009/">view comment</a></div>
  </article>`;

describe('Instagram tiles, one at a time', () => {
  test('a grid tile takes its counts from the page\'s data, found by its shortcode', () => {
    const url = 'https://www.instagram.com/castlist.sample/';
    const document = documentOf(profilePageHtml(SAMPLE_CREATOR, { embed: false }), url);
    const tile = document.querySelector('a[href="/castlist.sample/reel/DAn6p16mwAB/"]')!;
    expect(tile.matches(instagramTiles.selector)).toBe(true);
    // Without data the tile shows no counts…
    expect(instagramTiles.read(tile, inputFor(url, document))).toMatchObject({ id: 'DAn6p16mwAB', url: 'https://www.instagram.com/reel/DAn6p16mwAB/', metrics: {} });
    // …with the timeline response captured, it has them all.
    const read = instagramTiles.read(tile, inputFor(url, document, [response('/graphql/query', timelineResponse(SAMPLE_CREATOR))]));
    expect(read).toMatchObject({ id: 'DAn6p16mwAB', author: { handle: 'castlist.sample' }, metrics: { views: exact(87_410), likes: exact(5_120), comments: exact(342) } });
    expect(instagramTiles.anchor(tile)).toBe(tile);
  });

  test('a grid tile reads its first-load data too (the blobs the page came with)', () => {
    const url = 'https://www.instagram.com/castlist.sample/';
    const document = documentOf(profilePageHtml(SAMPLE_CREATOR), url);
    const tile = document.querySelector('a[href="/castlist.sample/p/DAn6p16mwAC/"]')!;
    expect(instagramTiles.read(tile, inputFor(url, document))!.metrics).toMatchObject({ likes: { ...exact(1_500), source: 'embedded' } });
    const hiddenTile = document.querySelector('a[href="/castlist.sample/p/DAn6p16mwAE/"]')!;
    expect(instagramTiles.read(hiddenTile, inputFor(url, document))!.metrics.likes).toBeUndefined();
  });

  test.each([
    ['the hover overlay: likes then comments', '<ul><li><span>1,234</span></li><li><span>56</span></li></ul>', false, { likes: exact(1_234), comments: exact(56) }],
    ['a localized overlay', '<ul><li><span>1.234</span></li><li><span>56</span></li></ul>', false, { likes: exact(1_234), comments: exact(56) }],
    ['hidden likes leave one item: nothing by position', '<ul><li><span>56</span></li></ul>', false, {}],
    ['a reel on the reels tab shows its views', '<div><span>12.5K</span></div>', true, { views: { value: 12_500, exact: false } }],
    ['a reel with views and the overlay', '<div><span>903K</span></div><ul><li><span>40.2K</span></li><li><span>1,205</span></li></ul>', true, { views: { value: 903_000 }, likes: { value: 40_200 }, comments: exact(1_205) }],
    ['an image cell has no views', '<div><span>12.5K</span></div>', false, {}],
  ] as const)('%s', (_name, inner, reel, metrics) => {
    const lang = _name.includes('localized') ? 'de' : 'en';
    const href = reel ? '/castlist.other/reel/DBLcY_qXAAI/' : '/p/DBLcY_qXAAI/';
    const document = documentOf(page(`<div class="grid"><a href="${href}" role="link"><div class="_aagu"></div>${inner}</a></div>`, lang), 'https://www.instagram.com/explore/');
    const read = instagramTiles.read(document.querySelector('a')!, inputFor('https://www.instagram.com/explore/', document));
    expect(read!.metrics).toEqual(Object.keys(metrics).length ? expect.objectContaining(Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, expect.objectContaining(value)]))) : {});
  });

  test('a feed article is one tile: likes line, time, author; its inner links are not tiles', () => {
    const document = documentOf(page(feedArticle), 'https://www.instagram.com/');
    const article = document.querySelector('article')!;
    const input = inputFor('https://www.instagram.com/', document);
    expect(instagramTiles.read(article, input)).toMatchObject({
      id: 'DAn6p16mwAF',
      author: { handle: 'castlist.other' },
      publishedAt: '2026-11-25T16:00:00.000Z',
      metrics: { likes: { ...exact(40_210), source: 'text' } },
    });
    for (const link of article.querySelectorAll('a[href*="/p/"]')) expect(instagramTiles.read(link, input)).toBeNull();
    expect(instagramTiles.anchor(article)).toBe(article.querySelector('section span'));
  });

  test('the –2023 profile grid inside an <article> is no tile; its cells are', () => {
    const cells = ['DAn6p16mwAB', 'DAn6p16mwAC', 'DAn6p16mwAD'].map((code) => `<a href="/p/${code}/"><div></div></a>`).join('');
    const document = documentOf(page(`<article><div><div>${cells}</div></div></article>`), 'https://www.instagram.com/castlist.sample/');
    const input = inputFor('https://www.instagram.com/castlist.sample/', document);
    expect(instagramTiles.read(document.querySelector('article')!, input)).toBeNull();
    expect(instagramTiles.read(document.querySelector('a')!, input)).toMatchObject({ id: 'DAn6p16mwAB' });
  });

  test('the post a page is about is not a tile of it; links below a post are not posts', () => {
    const url = 'https://www.instagram.com/p/DAn6p16mwAB/';
    const document = documentOf(postPageHtml(samplePost('DAn6p16mwAB')!, { links: [samplePost('DAn6p16mwAC')!] }), url);
    const input = inputFor(url, document);
    const reads = [...document.querySelectorAll(instagramTiles.selector)].map((tile) => instagramTiles.read(tile, input)).filter(Boolean);
    expect(reads.map((post) => post!.id)).toEqual(['DAn6p16mwAC']);
  });
});

describe('Instagram lists: feed, explore and a profile\'s grid in one reading', () => {
  test('the home feed: the feed query\'s posts and the articles\' counts', () => {
    const feed = { data: { xdt_api__v1__feed__timeline__connection: { edges: [{ node: { media: mediaDict(samplePost('DAn6p16mwAB')!) } }, { node: { media: mediaDict(samplePost('DAn6p16mwAC')!) } }] } } };
    const reading = readPage('https://www.instagram.com/', { html: page(feedArticle), responses: [response('/graphql/query', feed)] });
    expect(reading).toMatchObject({ surface: 'feed', creator: null, problems: [] });
    expect(reading.posts.map((post) => [post.id, post.metrics.likes?.value])).toEqual([
      ['DAn6p16mwAB', 5_120],
      ['DAn6p16mwAC', 1_500],
      ['DAn6p16mwAF', 40_210],
    ]);
  });

  test('explore is a search surface', () => {
    const reading = readPage('https://www.instagram.com/explore/', { responses: [response('/graphql/query', timelineResponse(OTHER_CREATOR))] });
    expect(reading.surface).toBe('search');
    expect(reading.posts.map((post) => post.id)).toEqual(['DAn6p16mwAF', 'DAn6p16mwAG']);
  });

  test('a profile\'s grid tiles join its posts; a tile naming another user is that user\'s', () => {
    const html = profilePageHtml(SAMPLE_CREATOR, { embed: false }).replace('</main>', '<a href="/castlist.other/p/DBLcY_qXAAI/">stale tile</a></main>');
    const reading = readPage('https://www.instagram.com/castlist.sample/', { html });
    expect(reading.posts.map((post) => [post.id, post.author?.handle]).sort()).toEqual([
      ['DAn6p16mwAB', 'castlist.sample'],
      ['DAn6p16mwAC', 'castlist.sample'],
      ['DAn6p16mwAD', 'castlist.sample'],
      ['DAn6p16mwAE', 'castlist.sample'],
      ['DBLcY_qXAAI', 'castlist.other'],
    ]);
    expect(readPage('https://www.instagram.com/castlist.sample/', { html, readTiles: false }).posts).toEqual([]);
  });
});

describe('Instagram badges', () => {
  test('a profile badge goes after the username heading, keyed by the handle', () => {
    const url = 'https://www.instagram.com/castlist.sample/';
    const document = documentOf(profilePageHtml(SAMPLE_CREATOR), url);
    const reading = readInstagram(inputFor(url, document));
    const [placement] = instagramBadgePlacements(reading, document);
    expect(placement).toMatchObject({ key: 'creator:castlist.sample', position: 'after' });
    expect(placement!.anchor.tagName).toBe('H2');
    expect(badgesOf(reading)[placement!.key]!.text).toMatch(/^48,210 followers · latest 87,410 views/);
  });

  test('a post badge goes into the like line, keyed by the shortcode', () => {
    const url = 'https://www.instagram.com/reel/DAn6p16mwAB/';
    const document = documentOf(postPageHtml(samplePost('DAn6p16mwAB')!), url);
    const reading = readInstagram(inputFor(url, document));
    const [placement] = instagramBadgePlacements(reading, document);
    expect(placement).toMatchObject({ key: 'post:DAn6p16mwAB', position: 'append' });
    expect(placement!.anchor.querySelector('a[href="/p/DAn6p16mwAB/liked_by/"]')).not.toBeNull();
    // (5,120 likes + 342 comments + 210 shares) / 87,410 views
    expect(badgesOf(reading)[placement!.key]!.text).toBe('ER 6.5% by views');
  });

  test('no badge without a reading of that creator', () => {
    const url = 'https://www.instagram.com/castlist.other/';
    const document = documentOf(profilePageHtml(SAMPLE_CREATOR), url);
    expect(instagramBadgePlacements(readInstagram(inputFor(url, document)), document)).toEqual([]);
  });
});

describe('Instagram URL detection', () => {
  test.each([
    ['https://www.instagram.com/castlist.sample/', 'profile', 'profile', { handle: 'castlist.sample' }],
    ['https://www.instagram.com/Castlist.Sample/reels/', 'profile', 'profile', { handle: 'Castlist.Sample' }],
    ['https://www.instagram.com/castlist.sample/followers/', 'profile', 'profile', { handle: 'castlist.sample' }],
    ['https://www.instagram.com/p/DAn6p16mwAB/', 'post', 'post', { postId: 'DAn6p16mwAB' }],
    ['https://www.instagram.com/p/DAn6p16mwAB/liked_by/', 'post', 'post', { postId: 'DAn6p16mwAB' }],
    ['https://www.instagram.com/reel/DAn6p16mwAB/?igsh=abc', 'post', 'reel', { postId: 'DAn6p16mwAB' }],
    ['https://www.instagram.com/reels/DAn6p16mwAB/', 'post', 'reel', { postId: 'DAn6p16mwAB' }],
    ['https://www.instagram.com/castlist.sample/p/DAn6p16mwAB/', 'post', 'post', { handle: 'castlist.sample', postId: 'DAn6p16mwAB' }],
    ['https://www.instagram.com/', 'feed', 'feed', {}],
    ['https://www.instagram.com/reels/', 'feed', 'reels', {}],
    ['https://www.instagram.com/explore/tags/tart/', 'search', 'explore', {}],
    ['https://www.instagram.com/direct/inbox/', 'unsupported', 'direct', {}],
    ['https://www.instagram.com/stories/castlist.sample/3470000000000000009/', 'profile', 'story', { handle: 'castlist.sample' }],
    ['https://www.instagram.com/stories/castlist.sample/', 'profile', 'story', { handle: 'castlist.sample' }],
    ['https://www.instagram.com/stories/highlights/17900000000000001/', 'unsupported', 'stories', {}],
    ['https://www.instagram.com/api/v1/users/web_profile_info/?username=x', 'unsupported', 'api', {}],
    ['https://www.instagram.com/castlist.sample/saved/', 'unsupported', 'castlist.sample', {}],
  ] as const)('%s → %s', (url, surface, pageName, extra) => {
    expect(detectInstagramPage(new URL(url))).toEqual({ platform: 'instagram', surface, page: pageName, ...extra });
  });

  test.each([
    ['2903201417283266254', 'ChKPk6klGbO'], // the real megadeth post of ../shared/fixtures
    ['2903201417283266254_343260652', 'ChKPk6klGbO'], // media id _ owner id
    ['3470000000000000001', 'DAn6p16mwAB'],
    ['0', null],
    ['12abc', null],
  ] as const)('media id %s is shortcode %s', (mediaId, code) => {
    expect(shortcodeOfMediaId(mediaId)).toBe(code);
  });

  test.each([
    ['/p/DAn6p16mwAB/', { code: 'DAn6p16mwAB', user: null, reel: false }],
    ['/castlist.sample/reel/DAn6p16mwAB/', { code: 'DAn6p16mwAB', user: 'castlist.sample', reel: true }],
    ['https://www.instagram.com/p/DAn6p16mwAB/?img_index=2', { code: 'DAn6p16mwAB', user: null, reel: false }],
    ['/p/DAn6p16mwAB/liked_by/', null],
    ['/p/DAn6p16mwAB/c/18000000000000001/', null],
    ['/explore/people/', null],
  ] as const)('link %s', (href, link) => {
    expect(postLinkOf(href)).toEqual(link);
  });

  test('other hosts are not Instagram', () => {
    expect(detectInstagramPage(new URL('https://www.instagram.com.evil.example/castlist.sample/'))).toBeNull();
    expect(detectInstagramPage(new URL('https://about.instagram.com/'))).toBeNull();
  });
});

describe('Instagram readings and the background', () => {
  test.each([
    ['profile with its grid', () => readPage('https://www.instagram.com/castlist.sample/', { html: profilePageHtml(SAMPLE_CREATOR), responses: [response('/api/v1/users/web_profile_info/?username=castlist.sample', webProfileInfoResponse(SAMPLE_CREATOR))] })],
    ['post with comments', () => readPage('https://www.instagram.com/reel/DAn6p16mwAB/', { html: postPageHtml(samplePost('DAn6p16mwAB')!), responses: [response('/graphql/query', legacyShortcodeMedia(samplePost('DAn6p16mwAB')!)), response('/api/v1/media/3470000000000000001/comments/', commentsResponse(samplePost('DAn6p16mwAB')!))] })],
    ['feed', () => readPage('https://www.instagram.com/', { html: page(feedArticle), responses: [response('/graphql/query', timelineResponse(OTHER_CREATOR))] })],
    ['logged-out shell', () => readPage('https://www.instagram.com/castlist.sample/', { html: page('') })],
  ] as const)('a %s reading passes the schema the background checks', (_name, read) => {
    const reading = read();
    const parsed = readingSchema.safeParse(reading);
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
  });
});

describe('Instagram Tagged tab: other people\'s posts', () => {
  const url = `https://www.instagram.com/${SAMPLE_CREATOR.username}/tagged/`;

  test('each tile is its owner\'s (from the data, or its own link), or nobody\'s; none is the profile\'s', () => {
    const reading = readPage(url, { html: taggedPageHtml() });
    expect(reading.creator).toMatchObject({ handle: SAMPLE_CREATOR.username, followers: exact(SAMPLE_CREATOR.followers) });
    expect(reading.posts.map((post) => [post.id, post.author?.handle, post.metrics.likes?.value])).toEqual([
      ['DBTagged001', OTHER_CREATOR.username, 7_777],
      ['DBTagged002', OTHER_CREATOR.username, 4_321],
    ]);
    expect(TAGGED_POSTS.map((entry) => entry.post.code)).toContain('DBTagged003');
  });

  test('the same plain tiles on the profile\'s own posts grid are the profile\'s', () => {
    const html = taggedPageHtml().replace(/<script type="application\/json"[^\n]*<\/script>/, '');
    const reading = readPage(`https://www.instagram.com/${SAMPLE_CREATOR.username}/`, { html });
    expect(reading.posts.map((post) => [post.id, post.author?.handle])).toEqual([
      ['DBTagged001', SAMPLE_CREATOR.username],
      ['DBTagged002', OTHER_CREATOR.username],
      ['DBTagged003', SAMPLE_CREATOR.username],
    ]);
  });

  test('on the Tagged tab a link naming the profile itself may name the grid, not the owner: it attributes nothing', () => {
    const html = taggedPageHtml().replace(/<script type="application\/json"[^\n]*<\/script>/, '').replace('href="/p/DBTagged003/"', `href="/${SAMPLE_CREATOR.username}/p/DBTagged003/"`);
    expect(readPage(url, { html }).posts.map((post) => post.id)).toEqual(['DBTagged002']);
  });

  test('the profile\'s own grid guarantees nothing while the header still shows another profile', () => {
    const html = taggedPageHtml(OTHER_CREATOR).replace(/<script type="application\/json"[^\n]*<\/script>/, '');
    const reading = readPage(`https://www.instagram.com/${SAMPLE_CREATOR.username}/`, { html });
    expect(reading.posts.map((post) => [post.id, post.author?.handle])).toEqual([['DBTagged002', OTHER_CREATOR.username]]);
  });
});
