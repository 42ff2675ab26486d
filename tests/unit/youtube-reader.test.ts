/**
 * The YouTube reader on Castlist's own sample pages and responses (tests/fixtures/youtube: invented content in the
 * shape of the real 2024–2026 markup), through the same loader as `npm run cli -- read-page`.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Reading } from '../../lib/reading/reading';
import type { CapturedResponse } from '../../lib/sites/page-input';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage, type SavedPage } from '../../scripts/saved-page';
import { SAMPLE_CHANNEL, channelBrowseResponse, nextResponse, playerResponse, sampleVideo } from '../fixtures/youtube/sample-channel';
import { LEGACY_ENGLISH, LEGACY_GERMAN, legacyWatchPageHtml } from '../fixtures/youtube/legacy-watch-page';
import { channelPageHtml, watchPageHtml } from '../fixtures/youtube/sample-pages';

const NOW = new Date('2026-11-30T12:00:00Z');
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
  return readPage({ url, root, responses, now: NOW, lang });
}

const response = (path: string, json: unknown, at = NOW.getTime()): CapturedResponse => ({ url: `https://www.youtube.com${path}`, json, at });
const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
const A = sampleVideo('castlistA01');
const B = sampleVideo('castlistB02');

describe('watch page', () => {
  test('first load: every number from the embedded state, exact where the page has it exact', () => {
    const reading = read(watchUrl(A.id), page(watchPageHtml(A), watchUrl(A.id)));
    expect(reading).toMatchObject({ platform: 'youtube', surface: 'post', url: watchUrl(A.id), lang: 'en', problems: [] });
    const [post] = reading.posts;
    expect(post).toMatchObject({ id: A.id, title: A.title, format: 'video', sponsored: false, publishedAt: '2026-03-03T14:00:00.000Z' });
    expect(post!.metrics.views).toEqual({ value: 1_234_567, min: 1_234_567, max: 1_234_567, exact: true, text: '1234567', source: 'embedded' });
    expect(post!.metrics.likes).toMatchObject({ value: 48_321, exact: true, text: 'like this video along with 48,321 other people' });
    // YouTube truncates: "1.9K" is 1,900–1,999
    expect(post!.metrics.comments).toMatchObject({ value: 1_900, min: 1_900, max: 1_999, exact: false, text: '1.9K' });
    expect(reading.creator).toMatchObject({ id: SAMPLE_CHANNEL.id, handle: SAMPLE_CHANNEL.handle, name: SAMPLE_CHANNEL.name });
    expect(reading.creator!.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });
    // Recommendations' view counts are other videos': never taken for this one.
    expect(reading.posts).toHaveLength(1);
  });

  test('a caption with #ad marks the post sponsored', () => {
    expect(read(watchUrl(B.id), page(watchPageHtml(B), watchUrl(B.id))).posts[0]!.sponsored).toBe(true);
  });

  test('after in-page navigation the newest network responses win, the stale first-load state is ignored', () => {
    const root = page(watchPageHtml(A), watchUrl(A.id)); // the document still embeds video A
    const reading = read(watchUrl(B.id), root, [response('/youtubei/v1/next', nextResponse(B)), response('/youtubei/v1/player', playerResponse(B))]);
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({ id: B.id, title: B.title });
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: B.views, source: 'network' });
    expect(reading.posts[0]!.metrics.likes).toMatchObject({ value: B.likes });
    expect(JSON.stringify(reading)).not.toContain(String(A.views));
  });

  test('the URL says B but everything on the page is still A: nothing is attributed to B', () => {
    const reading = read(watchUrl(B.id), page(watchPageHtml(A), watchUrl(A.id)));
    expect(reading.posts).toEqual([]);
    expect(reading.creator).toBeNull();
    expect(reading.problems.map((problem) => problem.code)).toContain('stale');
    expect(reading.problems.some((problem) => problem.code === 'not-found' && problem.field === 'post')).toBe(true);
  });

  test('a bare /next response (the CLI on a saved response) says which video it is', () => {
    const reading = read('https://www.youtube.com/youtubei/v1/next?prettyPrint=false', null, [response('/youtubei/v1/next', nextResponse(A))]);
    expect(reading).toMatchObject({ surface: 'post', url: watchUrl(A.id) });
    // No player response: the exact views come from "1,234,567 views".
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: 1_234_567, exact: true, text: '1,234,567 views', source: 'network' });
  });

  test('German page: grouping dots, the like label in German, subscribers truncated to three digits', () => {
    const next = nextResponse(A);
    const primary = next.contents.twoColumnWatchNextResults.results.results.contents[0]!.videoPrimaryInfoRenderer!;
    primary.viewCount.videoViewCountRenderer.viewCount.simpleText = '1.234.567 Aufrufe';
    const like = primary.videoActions.menuRenderer.topLevelButtons[0]!.segmentedLikeDislikeButtonViewModel!.likeButtonViewModel.likeButtonViewModel.toggleButtonViewModel.toggleButtonViewModel.defaultButtonViewModel.buttonViewModel;
    like.accessibilityText = 'Ich mag das Video (wie 48.321 andere auch)';
    const owner = next.contents.twoColumnWatchNextResults.results.results.contents[1]!.videoSecondaryInfoRenderer!.owner.videoOwnerRenderer;
    owner.subscriberCountText.simpleText = '11.300 Abonnenten';
    next.contents.twoColumnWatchNextResults.results.results.contents[2]!.itemSectionRenderer!.contents[0]!.commentsEntryPointHeaderRenderer.commentCount.simpleText = '1,2\u00a0Mio.';
    const reading = read(watchUrl(A.id), null, [response('/youtubei/v1/next', next)], 'de-DE');
    const metrics = reading.posts[0]!.metrics;
    expect(metrics.views).toMatchObject({ value: 1_234_567, exact: true });
    expect(metrics.likes).toMatchObject({ value: 48_321, exact: true });
    expect(metrics.comments).toMatchObject({ value: 1_200_000, min: 1_200_000, max: 1_299_999 });
    expect(reading.creator!.followers).toMatchObject({ value: 11_300, min: 11_300, max: 11_399, exact: false });
  });

  test('ratings turned off: likes are reported hidden, never 0', () => {
    const next = nextResponse(A);
    const like = next.contents.twoColumnWatchNextResults.results.results.contents[0]!.videoPrimaryInfoRenderer!.videoActions.menuRenderer.topLevelButtons[0]!.segmentedLikeDislikeButtonViewModel!.likeButtonViewModel.likeButtonViewModel.toggleButtonViewModel.toggleButtonViewModel.defaultButtonViewModel.buttonViewModel;
    like.accessibilityText = 'I like this';
    const player = playerResponse(A);
    player.videoDetails.allowRatings = false;
    const reading = read(watchUrl(A.id), null, [response('/youtubei/v1/next', next), response('/youtubei/v1/player', player)]);
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.problems).toContainEqual(expect.objectContaining({ reader: 'youtube.watch', field: 'post.likes', code: 'hidden' }));
  });

  test('a live stream: no views (the count is people watching now)', () => {
    const next = nextResponse(A);
    const renderer = next.contents.twoColumnWatchNextResults.results.results.contents[0]!.videoPrimaryInfoRenderer!.viewCount.videoViewCountRenderer as Record<string, unknown>;
    renderer.isLive = true;
    renderer.viewCount = { runs: [{ text: '1,234' }, { text: ' watching now' }] };
    const reading = read(watchUrl(A.id), null, [response('/youtubei/v1/next', next)]);
    expect(reading.posts[0]!.metrics.views).toBeUndefined();
  });

  test('markup changed (no data, unknown elements): "not found" with reader events, never a number', () => {
    const html = `<html lang="en"><body><ytd-watch-flexy video-id="${A.id}"><div class="new-design">1.2M views · 48K likes</div></ytd-watch-flexy></body></html>`;
    const reading = read(watchUrl(A.id), page(html, watchUrl(A.id)));
    expect(reading.posts[0]?.metrics ?? {}).toEqual({});
    const missed = reading.problems.filter((problem) => problem.code === 'not-found').map((problem) => problem.field);
    expect(missed).toEqual(expect.arrayContaining(['post.views', 'post.likes']));
    expect(reading.problems.every((problem) => problem.reader === 'youtube.watch')).toBe(true);
  });

  test('rendered DOM only (no embedded state): exact views from text, likes from the aria-label', () => {
    const html = watchPageHtml(A).replace(/<script>var ytInitial[\s\S]*?<\/script>/g, '');
    const reading = read(watchUrl(A.id), page(html, watchUrl(A.id)));
    const metrics = reading.posts[0]!.metrics;
    expect(metrics.likes).toMatchObject({ value: 48_321, exact: true, source: 'attribute' });
    // Only the compact "1.2M views" is rendered in this layout: a range, truncated.
    expect(metrics.views).toMatchObject({ value: 1_200_000, min: 1_200_000, max: 1_299_999, source: 'text' });
    expect(reading.creator!.followers).toMatchObject({ value: 482_000, source: 'text' });
  });
});

describe('watch page: the 2013–2020 server-rendered layout (saved pages)', () => {
  test('exact views from the microdata, likes from the shown button (not its hidden twin), the owner and subscribers', () => {
    const url = watchUrl(LEGACY_ENGLISH.videoId);
    const reading = read(url, page(legacyWatchPageHtml(LEGACY_ENGLISH), url));
    const [post] = reading.posts;
    expect(post).toMatchObject({ id: LEGACY_ENGLISH.videoId, title: LEGACY_ENGLISH.title });
    expect(post!.metrics.views).toMatchObject({ value: 172_409, exact: true, source: 'attribute' });
    expect(post!.metrics.likes).toMatchObject({ value: 6_024, exact: true });
    expect(reading.creator).toMatchObject({ id: LEGACY_ENGLISH.channelId, name: 'Castlist Samples', followers: { value: 531_000, min: 531_000, max: 531_999 } });
  });

  test('German, without microdata counts: "170.950 Aufrufe", the German like label, "187.983" subscribers', () => {
    const url = watchUrl(LEGACY_GERMAN.videoId);
    const reading = read(url, page(legacyWatchPageHtml(LEGACY_GERMAN), url));
    const metrics = reading.posts[0]!.metrics;
    expect(metrics.views).toMatchObject({ value: 170_950, exact: true, source: 'text' });
    expect(metrics.likes).toMatchObject({ value: 2_552, exact: true });
    expect(reading.creator!.followers).toMatchObject({ value: 187_983, min: 187_983 });
  });

  test('the 2022– microdata names its video by "identifier"; a nested author\'s properties are not the video\'s', () => {
    const microdata = `<div id="watch7-content" itemscope itemid="" itemtype="http://schema.org/VideoObject"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="identifier" content="${B.id}"></span><meta itemprop="identifier" content="${A.id}"><meta itemprop="interactionCount" content="1234567"></div>`;
    const html = `<html lang="en"><body><ytd-app></ytd-app>${microdata}</body></html>`;
    expect(read(watchUrl(A.id), page(html, watchUrl(A.id))).posts[0]!.metrics.views).toMatchObject({ value: 1_234_567, exact: true, source: 'attribute' });
    expect(read(watchUrl(B.id), page(html, watchUrl(B.id))).posts[0]?.metrics.views).toBeUndefined();
  });

  test('a page whose microdata is about another video gives nothing of it', () => {
    const url = watchUrl('castlistZ99');
    const reading = read(url, page(legacyWatchPageHtml(LEGACY_ENGLISH), url));
    expect(reading.posts[0]?.metrics ?? {}).toEqual({});
    expect(reading.creator?.followers).toBeUndefined();
    expect(reading.problems.some((problem) => problem.code === 'stale')).toBe(true);
  });

  test('in the single-page app the first load\'s microdata is not the current video\'s', () => {
    // The app keeps the first video's microdata after navigating; only ytd-watch-flexy[video-id] says what is shown.
    const url = watchUrl(B.id);
    const microdata = `<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/VideoObject"><meta itemprop="videoId" content="${A.id}"><meta itemprop="interactionCount" content="172409"></div>`;
    const html = `<html lang="en"><body><ytd-app><ytd-watch-flexy video-id="${B.id}"></ytd-watch-flexy></ytd-app>${microdata}</body></html>`;
    const reading = read(url, page(html, url));
    expect(reading.posts[0]?.metrics.views).toBeUndefined();
    expect(allValues(reading)).not.toContain(172_409);
  });
});

describe('channel page', () => {
  const channelUrl = `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`;

  test('header counts and the grid of videos', () => {
    const reading = read(channelUrl, page(channelPageHtml(), channelUrl));
    expect(reading.surface).toBe('profile');
    expect(reading.creator).toMatchObject({ handle: SAMPLE_CHANNEL.handle, id: SAMPLE_CHANNEL.id, name: SAMPLE_CHANNEL.name });
    expect(reading.creator!.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });
    expect(reading.creator!.posts).toMatchObject({ value: 214, exact: true });
    expect(reading.posts.map((post) => [post.id, post.metrics.views?.value])).toEqual([
      ['castlistA01', 1_234_567],
      ['castlistB02', 87_410],
      ['castlistC03', 402_118],
    ]);
  });

  test('another channel\'s data is not taken for this channel', () => {
    const reading = read('https://www.youtube.com/@someoneelse', null, [response('/youtubei/v1/browse', channelBrowseResponse())]);
    expect(reading.creator).toBeNull();
    expect(reading.problems).toContainEqual(expect.objectContaining({ field: 'creator', code: 'stale' }));
  });

  test('handles match case-insensitively', () => {
    const reading = read(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle.toUpperCase()}`, null, [response('/youtubei/v1/browse', channelBrowseResponse())]);
    expect(reading.creator?.followers?.value).toBe(482_000);
  });
});

describe('tiles', () => {
  // The byline of a 2020– ytd-rich-grid-media: ytd-channel-name linking to the channel.
  const byline = (handle: string) => `<ytd-channel-name id="channel-name"><div id="text-container"><yt-formatted-string id="text"><a class="yt-simple-endpoint" href="/@${handle}">${handle}</a></yt-formatted-string></div></ytd-channel-name>`;
  const tile = (id: string, views: string, extra = byline('travelchannel')) =>
    `<ytd-rich-item-renderer><a id="thumbnail" href="/watch?v=${id}"></a><a id="video-title" title="Video ${id}">Video ${id}</a>${extra}<div id="metadata-line"><span>${views}</span><span>3 days ago</span></div></ytd-rich-item-renderer>`;

  test('search results: each tile\'s views, truncated ranges, live tiles without views, each by the channel it links to', () => {
    const html = `<html lang="en"><body>${tile('castlistA01', '1.2M views')}${tile('castlistB02', '87K views', byline('otherchannel'))}${tile('castlistC03', '1,234 watching', `${byline('travelchannel')}<div class="badge-style-type-live-now-alternate">LIVE</div>`)}${tile('castlistD04', '5K views', '<ytd-channel-name><yt-formatted-string id="text">Name Only</yt-formatted-string></ytd-channel-name>')}</body></html>`;
    const url = 'https://www.youtube.com/results?search_query=travel';
    const reading = read(url, page(html, url));
    expect(reading.surface).toBe('search');
    // A tile naming its channel by name only identifies no one: it is left out.
    expect(reading.posts.map((post) => [post.id, post.metrics.views?.min, post.metrics.views?.max, post.format, post.author?.handle])).toEqual([
      ['castlistA01', 1_200_000, 1_299_999, 'video', 'travelchannel'],
      ['castlistB02', 87_000, 87_999, 'video', 'otherchannel'],
      ['castlistC03', undefined, undefined, 'live', 'travelchannel'],
    ]);
  });
});

/** Every count value in a reading. */
function allValues(reading: Reading): number[] {
  const creator = Object.values(reading.creator ?? {}).filter((value): value is { value: number } => typeof value === 'object' && value !== null && 'value' in value);
  return [...creator.map((count) => count.value), ...reading.posts.flatMap((post) => Object.values(post.metrics).map((count) => count!.value))];
}
