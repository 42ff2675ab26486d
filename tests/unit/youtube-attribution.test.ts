/**
 * Whose YouTube videos a page shows (read-page's path: the reader, then every tile through the one tile path):
 * recommendations and shelves of other channels are theirs or nobody's, never the page channel's; a channel's own
 * uploads are its own; legacy /c/ and /user/ URLs are checked against what the data names.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Reading } from '../../lib/reading/reading';
import type { CapturedResponse } from '../../lib/sites/page-input';
import { readPage } from '../../lib/sites/read-page';
import { ProblemLog } from '../../lib/sites/reader-problems';
import { readVideoList } from '../../lib/sites/youtube/channel-data';
import { ownerOfVideoData, ownerOfVideoMarkup } from '../../lib/sites/youtube/video-owner';
import { type SavedPage, loadSavedPage } from '../../scripts/saved-page';
import {
  FOOD_CHANNEL,
  HOME_SHELVES,
  RECOMMENDATIONS,
  TRAVEL_RIVAL,
  WATCHED,
  channelHomeBrowse,
  channelHomeHtml,
  watchWithRecommendationsHtml,
} from '../fixtures/youtube/attribution-pages';
import { SAMPLE_CHANNEL, channelBrowseResponse } from '../fixtures/youtube/sample-channel';

const NOW = new Date('2026-12-01T12:00:00Z');
const opened: SavedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((saved) => saved.close()));
});

function read(url: string, html: string | null, responses: CapturedResponse[] = []): Reading {
  const saved = html === null ? null : loadSavedPage(html, url);
  if (saved) opened.push(saved);
  return readPage({ url, root: saved?.document ?? null, responses, now: NOW, lang: null });
}

const byPost = (reading: Reading) => Object.fromEntries(reading.posts.map((post) => [post.id, { author: post.author?.handle ?? null, views: post.metrics.views?.value ?? null }]));

describe('a watch page with recommendations from other channels', () => {
  const reading = () => read(`https://www.youtube.com/watch?v=${WATCHED.id}`, watchWithRecommendationsHtml());

  test('the page\'s own video is the channel\'s, with its true numbers', () => {
    const { posts, creator } = reading();
    expect(posts[0]).toMatchObject({ id: WATCHED.id, author: { handle: SAMPLE_CHANNEL.handle }, metrics: { views: { value: WATCHED.views, exact: true }, likes: { value: WATCHED.likes } } });
    expect(creator).toMatchObject({ handle: SAMPLE_CHANNEL.handle, followers: { value: 482_000 } });
  });

  test('each recommendation is its own channel\'s (from its byline in the data), or left out when nothing names it', () => {
    expect(byPost(reading())).toEqual({
      [WATCHED.id]: { author: SAMPLE_CHANNEL.handle, views: WATCHED.views },
      castlistR11: { author: TRAVEL_RIVAL.handle, views: 15_530 },
      // The channel's own video among the recommendations is the channel's: its byline says so.
      castlistR12: { author: SAMPLE_CHANNEL.handle, views: 402_118 },
      castlistR13: { author: FOOD_CHANNEL.handle, views: 48_000 },
    });
    // castlistR14 (no byline in the data), castlistR15 (rendered only, named by its name only) and the mix are left out.
    expect(RECOMMENDATIONS.filter((rec) => rec.channel === null).map((rec) => rec.id)).toEqual(['castlistR14', 'castlistR15']);
  });

  test('the rendered recommendations alone (no data) name no channel: none is anybody\'s', () => {
    const html = watchWithRecommendationsHtml().replace(/<script>var ytInitialData = [^\n]*<\/script>/, '');
    const ids = read(`https://www.youtube.com/watch?v=${WATCHED.id}`, html).posts.map((post) => post.id);
    expect(ids).toEqual([WATCHED.id]);
  });
});

describe('a channel Home tab with shelves of other channels', () => {
  const url = `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/featured`;

  test('own shelf: the channel\'s; another channel\'s shelf: that channel\'s; a playlist\'s tiles: their bylines\' or nobody\'s', () => {
    const reading = read(url, channelHomeHtml());
    expect(reading.creator).toMatchObject({ handle: SAMPLE_CHANNEL.handle, followers: { value: 482_000 } });
    expect(byPost(reading)).toEqual({
      castlistH21: { author: SAMPLE_CHANNEL.handle, views: 123_456 },
      castlistH22: { author: SAMPLE_CHANNEL.handle, views: 98_765 },
      castlistH31: { author: TRAVEL_RIVAL.handle, views: 2_500_000 },
      castlistH32: { author: TRAVEL_RIVAL.handle, views: 1_750_000 },
      castlistH41: { author: FOOD_CHANNEL.handle, views: 640_000 },
    });
    expect(HOME_SHELVES.flatMap((shelf) => shelf.videos).length).toBe(7);
  });

  test('the same data as a saved response (the CLI on a browse JSON): the same attribution', () => {
    const reading = read('https://www.youtube.com/youtubei/v1/browse?prettyPrint=false', null, [{ url: 'https://www.youtube.com/youtubei/v1/browse', json: channelHomeBrowse(), at: 1 }]);
    expect(Object.keys(byPost(reading)).sort()).toEqual(['castlistH21', 'castlistH22', 'castlistH31', 'castlistH32', 'castlistH41']);
    expect(reading.posts.filter((post) => post.author?.handle === SAMPLE_CHANNEL.handle).map((post) => post.id)).toEqual(['castlistH21', 'castlistH22']);
  });

  test('the Videos tab guarantees its tiles to the channel; a rendered tile of the Videos grid joins them', () => {
    const videosUrl = `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`;
    const grid = '<ytd-rich-grid-renderer><ytd-rich-item-renderer><a id="thumbnail" href="/watch?v=castlistV99"></a><div id="metadata-line"><span>12K views</span><span>1 day ago</span></div></ytd-rich-item-renderer></ytd-rich-grid-renderer>';
    const reading = read(videosUrl, channelHomeHtml().replace(/<ytd-shelf-renderer>[\s\S]*<\/ytd-shelf-renderer>/, grid).replace(/<script>var ytInitialData[^\n]*/, ''), [
      { url: 'https://www.youtube.com/youtubei/v1/browse', json: channelBrowseResponse(), at: 1 },
    ]);
    expect(reading.posts.map((post) => [post.id, post.author?.handle])).toEqual([
      ['castlistA01', SAMPLE_CHANNEL.handle],
      ['castlistB02', SAMPLE_CHANNEL.handle],
      ['castlistC03', SAMPLE_CHANNEL.handle],
      // Only rendered: the grid is the channel's own (Videos tab, header showing the channel).
      ['castlistV99', SAMPLE_CHANNEL.handle],
    ]);
    // The same tile on the Home tab: no grid there guarantees it.
    const home = read(url, channelHomeHtml().replace(/<ytd-shelf-renderer>[\s\S]*<\/ytd-shelf-renderer>/, grid));
    expect(home.posts.map((post) => post.id)).not.toContain('castlistV99');
    // Nor on the Videos tab of a page whose header still shows another channel.
    const stale = read(videosUrl, channelHomeHtml().replace(`@${SAMPLE_CHANNEL.handle}</span>`, '@castlistrival</span>').replace(/<ytd-shelf-renderer>[\s\S]*<\/ytd-shelf-renderer>/, grid).replace(/<script>var ytInitialData[^\n]*/, ''), [
      { url: 'https://www.youtube.com/youtubei/v1/browse', json: channelBrowseResponse(), at: 1 },
    ]);
    expect(stale.posts.map((post) => post.id)).not.toContain('castlistV99');
  });
});

describe('a video tile\'s owner, from the tile itself', () => {
  const endpoint = (id: string, handle?: string) => ({ browseEndpoint: { browseId: id, ...(handle ? { canonicalBaseUrl: `/@${handle}` } : {}) } });
  test.each([
    ['a byline', { shortBylineText: { runs: [{ text: 'Rival', navigationEndpoint: endpoint(TRAVEL_RIVAL.id, TRAVEL_RIVAL.handle) }] } }, { handle: TRAVEL_RIVAL.handle, id: TRAVEL_RIVAL.id }],
    ['an avatar and a byline naming the same channel', { ownerText: { runs: [{ text: 'Rival', navigationEndpoint: endpoint(TRAVEL_RIVAL.id) }] }, channelThumbnailSupportedRenderers: { channelThumbnailWithLinkRenderer: { navigationEndpoint: endpoint(TRAVEL_RIVAL.id, TRAVEL_RIVAL.handle) } } }, { handle: TRAVEL_RIVAL.handle, id: TRAVEL_RIVAL.id }],
    ['two channels (a collaboration)', { a: endpoint(TRAVEL_RIVAL.id), b: endpoint(FOOD_CHANNEL.id) }, null],
    ['a playlist endpoint only', { a: endpoint('VLPLsomething') }, null],
    ['nothing', { videoId: 'castlistA01' }, null],
  ] as const)('data: %s', (_name, tile, expected) => {
    expect(ownerOfVideoData(tile as never)).toEqual(expected);
  });

  test.each([
    ['a channel name link by handle', '<ytd-channel-name><a href="/@castlistrival">Rival</a></ytd-channel-name>', { handle: 'castlistrival', name: 'Rival' }],
    ['an avatar by id and a name by handle', '<a id="avatar-link" href="/channel/UCcastlistOtherChannel01"></a><ytd-channel-name><a href="/@castlistrival">Rival</a></ytd-channel-name>', { handle: 'castlistrival', id: 'UCcastlistOtherChannel01', name: 'Rival' }],
    ['a name only (recommendations)', '<ytd-channel-name><yt-formatted-string id="text">Rival</yt-formatted-string></ytd-channel-name>', { handle: null, name: 'Rival' }],
    ['a legacy /c/ link: a name, not an identity', '<ytd-channel-name><yt-formatted-string id="text"><a href="/c/RivalTravels">Rival</a></yt-formatted-string></ytd-channel-name>', { handle: null, name: 'Rival' }],
    ['two channels', '<a href="/@one">One</a><a href="/@two">Two</a>', null],
  ] as const)('markup: %s', (_name, html, expected) => {
    const tile = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
    expect(ownerOfVideoMarkup(tile)).toEqual(expected);
  });

  test('a list with no owner gives tiles without an author; the owner is given only where it is guaranteed', () => {
    const tree = { items: [{ videoRenderer: { videoId: 'castlistA01', viewCountText: { simpleText: '10 views' } } }] };
    expect(readVideoList(tree, 'en', 'network', new ProblemLog('youtube.test', 'video list'))[0]!.author).toBeUndefined();
    expect(readVideoList(tree, 'en', 'network', new ProblemLog('youtube.test', 'video list'), { handle: 'own', id: 'UCown' })[0]!.author).toEqual({ handle: 'own', id: 'UCown' });
  });
});

describe('legacy /c/ and /user/ channel URLs', () => {
  /** 2019–2022 browse data naming its custom URL. */
  const legacyBrowse = (custom: string) => {
    const browse = channelBrowseResponse() as { metadata: { channelMetadataRenderer: Record<string, unknown> } };
    return {
      ...browse,
      metadata: { channelMetadataRenderer: { ...browse.metadata.channelMetadataRenderer, vanityChannelUrl: `http://www.youtube.com/${custom}` } },
    };
  };
  const response = (json: unknown): CapturedResponse => ({ url: 'https://www.youtube.com/youtubei/v1/browse', json, at: 1 });

  test.each([
    ['/c/ URL, data naming the same custom URL (any case)', 'https://www.youtube.com/c/CastlistSamples', legacyBrowse('c/castlistsamples'), true],
    ['/user/ URL, data naming the same user URL', 'https://www.youtube.com/user/castlistsamples/videos', legacyBrowse('user/CastlistSamples'), true],
    ['/c/ URL, data naming another custom URL', 'https://www.youtube.com/c/SomeoneElse', legacyBrowse('c/castlistsamples'), false],
    ['/user/ URL, data naming a /c/ URL of another name', 'https://www.youtube.com/user/someoneelse', legacyBrowse('c/castlistsamples'), false],
    ['/c/ URL, 2023– data naming only a handle and an id: read', 'https://www.youtube.com/c/CastlistSamples', channelBrowseResponse(), true],
  ])('%s', (_name, url, json, accepted) => {
    const reading = read(url, null, [response(json)]);
    if (accepted) expect(reading.creator).toMatchObject({ handle: SAMPLE_CHANNEL.handle, followers: { value: 482_000 } });
    else {
      expect(reading.creator).toBeNull();
      expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator', code: 'stale' }));
    }
  });
});

describe('a 2022 watch page drawn by YouTube\'s client, its owner linked by a custom URL', () => {
  // As the saved 2022 page of ../shared (postlight): the server's VideoObject microdata with the channel's id, the
  // rendered owner linked by /user/name, no ytInitialData.
  const html = (microdataVideo: string) => `<html lang="fr"><body>
    <div id="watch7-content" itemscope itemid="" itemtype="http://schema.org/VideoObject">
      <meta itemprop="channelId" content="UCcastlistSampleChannel1"><meta itemprop="videoId" content="${microdataVideo}">
      <span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/user/castlistsamples"></span>
    </div>
    <ytd-app><ytd-watch-flexy video-id="castlistW10">
      <ytd-video-owner-renderer><ytd-channel-name id="channel-name"><yt-formatted-string><a href="/user/castlistsamples">Castlist Samples</a></yt-formatted-string></ytd-channel-name>
        <yt-formatted-string id="owner-sub-count">482 k abonnés</yt-formatted-string></ytd-video-owner-renderer>
    </ytd-watch-flexy></ytd-app></body></html>`;

  test('the creator is keyed by the channel id of the video\'s own microdata, so the extension can store what read-page reads', () => {
    const reading = read('https://www.youtube.com/watch?v=castlistW10', html('castlistW10'));
    expect(reading.creator).toMatchObject({ id: 'UCcastlistSampleChannel1', handle: null, name: 'Castlist Samples', followers: { min: 482_000, max: 482_999 } });
    expect(reading.posts[0]!.author).toMatchObject({ id: 'UCcastlistSampleChannel1' });
  });

  test('microdata of another video (kept after in-page navigation) names no one', () => {
    const reading = read('https://www.youtube.com/watch?v=castlistW10', html('castlistA01'));
    expect(reading.creator?.id).toBeUndefined();
  });
});
