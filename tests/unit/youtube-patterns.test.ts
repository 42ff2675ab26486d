/**
 * YouTube patterns read in any language and layout (issue 8 §1, §2, §5): YouTube's own compact units beside CLDR's,
 * the like button's label in the page's language, exact numbers over rounded ones, and the Shorts tab's tiles on the
 * first page and in continuations. Castlist's own trimmed samples (tests/fixtures/youtube), through the same loader
 * as `npm run cli -- read-page`.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Reading } from '../../lib/reading/reading';
import type { CapturedResponse } from '../../lib/sites/page-input';
import { parseCount } from '../../lib/count';
import { readYouTube } from '../../lib/sites/youtube/read-youtube';
import { youtubeTiles } from '../../lib/sites/youtube/video-tile';
import { loadSavedPage, type SavedPage } from '../../scripts/saved-page';
import {
  CLIENT_WATCH_FRENCH,
  CLIENT_WATCH_GERMAN,
  CLIENT_WATCH_PAGES,
  type ClientWatchPage,
  clientWatchPageHtml,
} from '../fixtures/youtube/client-watch-2022';
import { SAMPLE_CHANNEL, channelBrowseResponse, nextResponse, playerResponse, sampleVideo } from '../fixtures/youtube/sample-channel';
import { CONTINUATION_SHORTS, FIRST_PAGE_SHORTS, shortsContinuationResponse, shortsTabBrowseResponse, shortsTileHtml } from '../fixtures/youtube/shorts-tab';

const NOW = new Date('2026-12-01T12:00:00Z');
const opened: SavedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});

function page(html: string, url: string): Document {
  const saved = loadSavedPage(html, url);
  opened.push(saved);
  return saved.document!;
}

function read(url: string, root: Document | null, responses: CapturedResponse[] = [], lang: string | null = null): Reading {
  return readYouTube({ url, root, responses, now: NOW, lang });
}

/** Evidence text as read: whitespace (NBSP included) collapsed. */
const collapsed = (text: string | null) => text?.replace(/\s+/g, ' ');
const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
const response = (path: string, json: unknown): CapturedResponse => ({ url: `https://www.youtube.com${path}`, json, at: NOW.getTime() });

describe('the like button’s label in the page’s language (2022 pages drawn by YouTube’s client)', () => {
  test.each(CLIENT_WATCH_PAGES.map((sample) => [sample.lang, sample] as const))('%s: exact likes and views, rounded subscribers', (_lang, sample) => {
    const url = watchUrl(sample.videoId);
    const reading = read(url, page(clientWatchPageHtml(sample), url));
    const [post] = reading.posts;
    expect(post?.id).toBe(sample.videoId);
    expect(post!.metrics.likes).toMatchObject({ value: sample.expected.likes, min: sample.expected.likes, max: sample.expected.likes, exact: true, text: collapsed(sample.likeLabel), source: 'attribute' });
    expect(post!.metrics.views).toMatchObject({ value: sample.expected.views, exact: true });
    if (sample.expected.comments === null) expect(post!.metrics.comments).toBeUndefined();
    else expect(post!.metrics.comments).toMatchObject({ value: sample.expected.comments, exact: true });
    expect(reading.creator?.handle).toBe(sample.channelHandle);
    expect(reading.creator?.followers).toMatchObject({ min: sample.expected.subscribers[0], max: sample.expected.subscribers[1] });
  });

  test('never a number from another control: with no like label, the dislike button, durations and the player say nothing', () => {
    const sample: ClientWatchPage = { ...CLIENT_WATCH_GERMAN, likeLabel: null, likeTextLabel: null };
    const url = watchUrl(sample.videoId);
    const reading = read(url, page(clientWatchPageHtml(sample), url));
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post.likes' }));
  });

  test('the toggle’s text label where its button has none (2019–2021: "3,418 likes")', () => {
    const sample: ClientWatchPage = { ...CLIENT_WATCH_FRENCH, lang: 'en', likeLabel: null, likeText: '3.4K', likeTextLabel: '3,418 likes', viewsText: '214,358 views' };
    const url = watchUrl(sample.videoId);
    expect(read(url, page(clientWatchPageHtml(sample), url)).posts[0]!.metrics.likes).toMatchObject({ value: 3_418, exact: true });
  });
});

describe('exact beats rounded on a watch page', () => {
  test('the data’s "1,2 k" comments and the rendered header’s "1 234 commentaires" are one number: the exact one', () => {
    const sample = CLIENT_WATCH_FRENCH;
    const video = { ...sampleVideo('castlistA01'), id: sample.videoId, commentsText: '1,2\u00a0k' };
    const url = watchUrl(sample.videoId);
    const reading = read(url, page(clientWatchPageHtml(sample), url), [response('/youtubei/v1/next', nextResponse(video)), response('/youtubei/v1/player', playerResponse(video))]);
    expect(reading.posts[0]!.metrics.comments).toMatchObject({ value: 1_234, exact: true, text: collapsed(sample.commentsText) });
  });

  test('a rendered count outside the data’s range: neither is reported, and a problem says why', () => {
    const sample = { ...CLIENT_WATCH_FRENCH, commentsText: '5\u00a0678\u00a0commentaires' };
    const video = { ...sampleVideo('castlistA01'), id: sample.videoId, commentsText: '1,2\u00a0k' };
    const url = watchUrl(sample.videoId);
    const reading = read(url, page(clientWatchPageHtml(sample), url), [response('/youtubei/v1/next', nextResponse(video)), response('/youtubei/v1/player', playerResponse(video))]);
    expect(reading.posts[0]!.metrics.comments).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post.comments', code: 'ambiguous', detail: expect.stringContaining('disagree') }));
  });
});

describe('YouTube’s own compact units in Spanish', () => {
  const spanishVideo = { ...sampleVideo('castlistB02'), commentsText: '' };

  /** The comment count as Spanish watch pages give it: commentCount {runs: [{text: "12 K"}]}. */
  function spanishNext(commentText: string) {
    const next = nextResponse(spanishVideo);
    const section = next.contents.twoColumnWatchNextResults.results.results.contents.find((item) => 'itemSectionRenderer' in item) as { itemSectionRenderer: { contents: unknown[] } };
    section.itemSectionRenderer.contents = [{ commentsEntryPointHeaderRenderer: { commentCount: { runs: [{ text: commentText }] } } }];
    return next;
  }

  test.each([
    ['1 K', 1_000, 1_999],
    ['12 K', 12_000, 12_999],
    ['1,2 M', 1_200_000, 1_299_999],
  ])('comments "%s" on a Spanish watch response', (text, min, max) => {
    const reading = read('https://www.youtube.com/youtubei/v1/next?prettyPrint=false', null, [response('/youtubei/v1/next', spanishNext(text))], 'es-ES');
    expect(reading.posts[0]!.metrics.comments).toMatchObject({ min, max, exact: false });
  });

  test('the channel header "3,4 K vídeos" and "15,3 K suscriptores"', () => {
    const browse = channelBrowseResponse();
    const rows = browse.header.pageHeaderRenderer.content.pageHeaderViewModel.metadata.contentMetadataViewModel.metadataRows;
    rows[1]!.metadataParts = [{ text: { content: '15,3 K suscriptores' }, accessibilityLabel: '15,3 mil suscriptores' }, { text: { content: '3,4 K vídeos' } }];
    const reading = read(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`, null, [response('/youtubei/v1/browse', browse)], 'es');
    expect(reading.creator?.followers).toMatchObject({ min: 15_300, max: 15_399 });
    expect(reading.creator?.posts).toMatchObject({ min: 3_400, max: 3_499 });
  });

  test('"K" stays unread where YouTube does not write it and CLDR has no such unit (German)', () => {
    const reading = read('https://www.youtube.com/youtubei/v1/next?prettyPrint=false', null, [response('/youtubei/v1/next', spanishNext('12 K'))], 'de');
    expect(reading.posts[0]!.metrics.comments).toBeUndefined();
  });
});

describe('the Shorts tab: every tile’s views, first page and continuations', () => {
  const byId = (reading: Reading) => new Map(reading.posts.map((post) => [post.id, post]));

  test('first page: views from the label or the overlay, whichever is more precise; the id from reelWatchEndpoint', () => {
    const reading = read(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/shorts`, null, [response('/youtubei/v1/browse', shortsTabBrowseResponse())]);
    const posts = byId(reading);
    for (const short of FIRST_PAGE_SHORTS) {
      const post = posts.get(short.id);
      expect(post, short.id).toMatchObject({ url: `https://www.youtube.com/shorts/${short.id}`, format: 'short', title: short.title });
      expect(post!.metrics.views, short.title).toMatchObject({ min: short.expected[0], max: short.expected[1] });
    }
  });

  test('a continuation read on its own: the appended tiles, each with its views', () => {
    const reading = read('https://www.youtube.com/youtubei/v1/browse?prettyPrint=false', null, [response('/youtubei/v1/browse', shortsContinuationResponse())]);
    expect(reading.surface).toBe('feed');
    expect(reading.posts.map((post) => post.id)).toEqual(CONTINUATION_SHORTS.map((short) => short.id));
    for (const short of CONTINUATION_SHORTS) expect(byId(reading).get(short.id)!.metrics.views).toMatchObject({ min: short.expected[0], max: short.expected[1] });
  });

  test('a tile whose label and overlay disagree: no views, and a problem naming the video', () => {
    const browse = shortsTabBrowseResponse();
    const tile = JSON.parse(JSON.stringify(browse).replace('429K views', '9K views'));
    const reading = read(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/shorts`, null, [response('/youtubei/v1/browse', tile)]);
    expect(byId(reading).get('castlistS01')!.metrics.views).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'post.views', code: 'ambiguous', detail: expect.stringContaining('castlistS01') }));
  });
});

describe('the Shorts tab as drawn: each tile’s views under its title', () => {
  test('rendered tiles (ytm-shorts-lockup-view-model) read one by one', () => {
    const shorts = [...FIRST_PAGE_SHORTS, ...CONTINUATION_SHORTS].filter((short) => short.overlayViews);
    const url = `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/shorts`;
    const root = page(`<!DOCTYPE html><html lang="en"><body><ytd-rich-grid-renderer><div id="contents">${shorts.map(shortsTileHtml).join('')}</div></ytd-rich-grid-renderer></body></html>`, url);
    const tiles = [...root.querySelectorAll(youtubeTiles.selector)];
    expect(tiles).toHaveLength(shorts.length);
    for (const [index, short] of shorts.entries()) {
      const post = youtubeTiles.read(tiles[index]!, { url, root, responses: [], now: NOW, lang: 'en' });
      expect(post).toMatchObject({ id: short.id, url: `https://www.youtube.com/shorts/${short.id}` });
      expect(post!.metrics.views, short.overlayViews!).toMatchObject({ value: parseCount(short.overlayViews, { lang: 'en' })!.value, exact: short.overlayViews === '894 views' });
    }
  });
});

describe('bare list responses (the CLI on a saved /youtubei/v1/… body)', () => {
  test('search results: every video with its views, as a search reading', () => {
    const search = {
      contents: {
        twoColumnSearchResultsRenderer: {
          primaryContents: {
            sectionListRenderer: {
              contents: [{ itemSectionRenderer: { contents: [{ videoRenderer: { videoId: 'castlistA01', title: { runs: [{ text: 'Packing' }] }, viewCountText: { simpleText: '1,234,567 views' }, shortViewCountText: { simpleText: '1.2M views' } } }] } }],
            },
          },
        },
      },
    };
    const reading = read('https://www.youtube.com/youtubei/v1/search?prettyPrint=false', null, [response('/youtubei/v1/search', search)]);
    expect(reading.surface).toBe('search');
    expect(reading.posts[0]).toMatchObject({ id: 'castlistA01', metrics: { views: { value: 1_234_567, exact: true } } });
  });
});
