/**
 * The X reader on a status page: TweetDetail (both layouts, wrappers, tombstones, replies as comments), the
 * rendered post in three locales (exact counts from aria-labels, never from words), hidden and zero counts,
 * quoted posts, deleted posts and changed markup.
 */
import { describe, expect, test } from 'vitest';
import { ANA, ANA_POSTS, ANA_REPLIES, BEN, BEN_POSTS } from '../fixtures/x/sample-data';
import { graphqlUrl, tweetDetail } from '../fixtures/x/sample-graphql';
import { type Locale, articleHtml, statusPageHtml } from '../fixtures/x/sample-markup';
import { captured, numbersIn, readXPage, xPage } from '../fixtures/x/test-pages';

const focal = ANA_POSTS[0]!;
const statusUrl = (post = focal) => `https://x.com/${post.handle}/status/${post.id}`;
const detailUrl = (id: string) => graphqlUrl('TweetDetail', { focalTweetId: id, with_rux_injections: false, rankingMode: 'Relevance' });

describe('X post from the page\'s TweetDetail response', () => {
  test.each(['legacy', '2026'] as const)('%s layout: every count exact, the author with exact followers', (layout) => {
    const json = tweetDetail(focal, ANA_REPLIES, { layout });
    const reading = readXPage(statusUrl(), { responses: [captured(detailUrl(focal.id), json)] });
    expect(reading.surface).toBe('post');
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({
      id: focal.id,
      url: statusUrl(),
      caption: focal.text,
      publishedAt: '2026-03-02T15:04:05.000Z',
      format: 'carousel',
      sponsored: true,
      author: { handle: ANA.handle, name: ANA.name, id: ANA.id },
    });
    const metrics = reading.posts[0]!.metrics;
    expect(Object.fromEntries(Object.entries(metrics).map(([metric, count]) => [metric, [count!.value, count!.exact, count!.source]]))).toEqual({
      likes: [7_120, true, 'network'],
      reposts: [4_027, true, 'network'],
      comments: [499, true, 'network'],
      quotes: [118, true, 'network'],
      bookmarks: [2_358, true, 'network'],
      views: [9_281_975, true, 'network'],
    });
    expect(reading.creator).toMatchObject({ handle: ANA.handle, followers: { value: ANA.followers, exact: true } });
    expect(reading.problems).toEqual([]);
  });

  test('replies are comments: the author\'s own marked byCreator, the one the author answered creatorReplied', () => {
    const json = tweetDetail(focal, ANA_REPLIES, {
      ancestors: [],
      visibilityWrapped: true,
      promotedReply: BEN_POSTS[1],
      discoverMore: [BEN_POSTS[0]!],
    });
    const { comments } = readXPage(statusUrl(), { responses: [captured(detailUrl(focal.id), json)] });
    expect(comments.map((comment) => [comment.author, comment.byCreator, comment.creatorReplied, comment.likes?.value])).toEqual([
      ['cara_comments', false, true, 42],
      ['castlist_ana', true, false, 7],
      ['dan_replies', false, false, 0],
    ]);
    expect(comments[0]).toMatchObject({
      id: ANA_REPLIES[0]!.id,
      postId: focal.id,
      authorName: 'Cara',
      text: 'The green jacket, obviously! Where can I buy it?',
      publishedAt: '2026-03-02T15:20:00.000Z',
      replies: { value: 1, exact: true },
    });
    expect(comments[2]!.text).toBe('🔥🔥🔥');
  });

  test('the post a reply answers (listed above it) is neither the post nor a comment', () => {
    const reply = ANA_REPLIES[0]!;
    const json = tweetDetail(reply, [ANA_REPLIES[1]!], { ancestors: [focal] });
    const reading = readXPage(statusUrl(reply), { responses: [captured(detailUrl(reply.id), json)] });
    expect(reading.posts.map((post) => post.id)).toEqual([reply.id]);
    expect(reading.posts[0]!.metrics.likes?.value).toBe(42);
    expect(reading.comments.map((comment) => comment.id)).toEqual([ANA_REPLIES[1]!.id]);
  });

  test('a deleted post (tombstone): "unavailable", no post, no numbers', () => {
    const reading = readXPage(statusUrl(), { responses: [captured(detailUrl(focal.id), tweetDetail(focal, [], { tombstone: true }))] });
    expect(reading.posts).toEqual([]);
    expect(numbersIn(reading)).toEqual([]);
    expect(reading.problems).toEqual(expect.arrayContaining([expect.objectContaining({ reader: 'x.status', field: 'post', code: 'unavailable' })]));
  });

  test('a TweetDetail about the previous post is never read as this one', () => {
    const other = BEN_POSTS[0]!;
    const reading = readXPage(statusUrl(), { responses: [captured(detailUrl(other.id), tweetDetail(other, []))] });
    expect(reading.posts).toEqual([]);
    expect(reading.creator).toBeNull();
    expect(numbersIn(reading)).toEqual([]);
    expect(reading.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'post', code: 'stale', detail: `page data: TweetDetail is about post ${other.id}, not ${focal.id}` })]),
    );
  });
});

describe('X post from the rendered status page', () => {
  const localized: Locale[] = ['en', 'de', 'ja'];
  test.each(localized)('%s labels: counts by testid, views and bookmarks from the bar\'s label, exact', (locale) => {
    const root = xPage(statusPageHtml(focal, [], { locale, focal: { viewerLiked: true } }), statusUrl(), locale);
    const reading = readXPage(statusUrl(), { root });
    const post = reading.posts[0]!;
    expect(Object.fromEntries(Object.entries(post.metrics).map(([metric, count]) => [metric, [count!.value, count!.exact, count!.source]]))).toEqual({
      comments: [499, true, 'attribute'],
      reposts: [4_027, true, 'attribute'],
      likes: [7_120, true, 'attribute'],
      bookmarks: [2_358, true, 'attribute'],
      views: [9_281_975, true, 'attribute'],
    });
    expect(post).toMatchObject({ id: focal.id, format: 'carousel', sponsored: true, publishedAt: focal.createdAt, author: { handle: ANA.handle, name: ANA.name } });
    expect(reading.creator).toMatchObject({ handle: ANA.handle });
    expect(reading.problems).toEqual([]);
  });

  test('a timeline-style post: views from the analytics link, bookmarks from the bar', () => {
    const root = xPage(articleHtml(focal, { viewerReposted: true }), statusUrl());
    const { metrics } = readXPage(statusUrl(), { root }).posts[0]!;
    expect(metrics.views).toMatchObject({ value: 9_281_975, text: '9281975 views. View post analytics' });
    expect(metrics.bookmarks).toMatchObject({ value: 2_358, text: '2358 bookmarks' });
    expect(metrics.reposts).toMatchObject({ value: 4_027, text: '4027 reposts. Reposted' });
  });

  test('the bookmark button with its count (2024– focused posts): views still from the bar', () => {
    const root = xPage(statusPageHtml(focal, [], { focal: { bookmarkCount: true } }), statusUrl());
    const { metrics } = readXPage(statusUrl(), { root }).posts[0]!;
    expect(metrics.bookmarks).toMatchObject({ value: 2_358, text: '2358 Bookmarks. Bookmark' });
    expect(metrics.views).toMatchObject({ value: 9_281_975, exact: true });
  });

  test('hidden likes: no number on the like button and none in the bar: "hidden", nothing guessed', () => {
    const root = xPage(statusPageHtml(focal, [], { focal: { likesHidden: true } }), statusUrl());
    const reading = readXPage(statusUrl(), { root });
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.posts[0]!.metrics.views?.value).toBe(9_281_975);
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'x.status', field: 'post.likes', code: 'hidden' })]);
  });

  test('zero counts shown as "0 Likes. Like" are zeros; a count not shown is not', () => {
    const zero = ANA_REPLIES[2]!;
    const root = xPage(statusPageHtml(zero, []), statusUrl(zero));
    const { metrics } = readXPage(statusUrl(zero), { root }).posts[0]!;
    expect(metrics).toMatchObject({ likes: { value: 0, exact: true }, comments: { value: 0 }, reposts: { value: 0 }, views: { value: 80 } });
    expect(metrics.bookmarks).toBeUndefined();
  });

  test('an empty bar label (counts not loaded) gives no counts, even the "0" labels', () => {
    const root = xPage(statusPageHtml(focal, [], { focal: { emptyBar: true } }), statusUrl());
    const reading = readXPage(statusUrl(), { root });
    expect(reading.posts[0]!.metrics).toEqual({});
    expect(reading.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['post.likes', 'not-found'],
      ['post.comments', 'not-found'],
      ['post.reposts', 'not-found'],
      ['post.views', 'not-found'],
    ]);
  });

  test('the bar\'s label disagrees with the buttons: the buttons\' counts, nothing from the label', () => {
    const root = xPage(statusPageHtml(focal, [], { focal: { barLikesOverride: 7_119 } }), statusUrl());
    const { metrics } = readXPage(statusUrl(), { root }).posts[0]!;
    expect(metrics.likes?.value).toBe(7_120);
    expect(metrics.bookmarks).toBeUndefined();
    // Views fall back to the shown "9.2M": a truncated range, not the label's number.
    expect(metrics.views).toMatchObject({ value: 9_200_000, min: 9_200_000, max: 9_299_999, exact: false, source: 'text' });
  });

  test('a quoted post inside is not the post: id, author, text and time are the outer post\'s', () => {
    const quoted = BEN_POSTS[0]!;
    const outer = ANA_POSTS[1]!;
    const root = xPage(statusPageHtml(outer, [], { focal: { quote: quoted, quoteTimeLinked: true } }), statusUrl(outer));
    const reading = readXPage(statusUrl(outer), { root });
    expect(reading.posts.map((post) => post.id)).toEqual([outer.id]);
    expect(reading.posts[0]).toMatchObject({ caption: outer.text, publishedAt: outer.createdAt, format: 'video', author: { handle: ANA.handle } });
    expect(reading.posts[0]!.metrics.likes?.value).toBe(outer.likes);
  });

  test('rendered replies are comments, up to the "Discover more" section', () => {
    const root = xPage(statusPageHtml(focal, ANA_REPLIES, { discoverMore: [BEN_POSTS[0]!] }), statusUrl());
    const { comments } = readXPage(statusUrl(), { root });
    expect(comments.map((comment) => [comment.id, comment.author, comment.byCreator, comment.likes?.value])).toEqual([
      [ANA_REPLIES[0]!.id, 'cara_comments', false, 42],
      [ANA_REPLIES[1]!.id, 'castlist_ana', true, 7],
      [ANA_REPLIES[2]!.id, 'dan_replies', false, 0],
    ]);
    expect(comments[1]).toMatchObject({ text: '@cara_comments Link in bio 💚', authorName: 'Ana Castlist', publishedAt: ANA_REPLIES[1]!.createdAt });
  });

  test('network and rendered page together: the network\'s exact counts, comments not doubled', () => {
    const root = xPage(statusPageHtml(focal, ANA_REPLIES), statusUrl());
    const reading = readXPage(statusUrl(), { root, responses: [captured(detailUrl(focal.id), tweetDetail(focal, ANA_REPLIES))] });
    expect(reading.posts[0]!.metrics.views).toMatchObject({ value: 9_281_975, source: 'network' });
    expect(reading.comments).toHaveLength(3);
    expect(reading.comments[0]!.creatorReplied).toBe(true);
  });

  test('a deleted post\'s page: "unavailable", no numbers', () => {
    const root = xPage('<main><div data-testid="primaryColumn"><div data-testid="error-detail"><span>Hmm...this page doesn’t exist.</span></div></div></main>', statusUrl());
    const reading = readXPage(statusUrl(), { root });
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'post', code: 'unavailable' })]));
  });

  test('markup changed (no tweet articles): not found, no number', () => {
    const changed = statusPageHtml(focal, ANA_REPLIES).replaceAll('data-testid="tweet"', 'data-testid="post"');
    const reading = readXPage(statusUrl(), { root: xPage(changed, statusUrl()) });
    expect(reading.posts).toEqual([]);
    expect(reading.comments).toEqual([]);
    expect(numbersIn(reading)).toEqual([]);
    expect(reading.problems).toEqual(expect.arrayContaining([expect.objectContaining({ reader: 'x.status', field: 'post', code: 'not-found' })]));
  });

  test('markup changed (no action-bar testids or labels): the post, but no count and a problem for each', () => {
    const changed = statusPageHtml(focal, []).replace(/ aria-label="[^"]*"/g, '').replace(/data-testid="(reply|retweet|like|bookmark|app-text-transition-container)"/g, '');
    const reading = readXPage(statusUrl(), { root: xPage(changed, statusUrl()) });
    expect(reading.posts[0]!.metrics.likes).toBeUndefined();
    expect(reading.posts[0]!.metrics.comments).toBeUndefined();
    expect(reading.problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['post.likes', 'post.comments', 'post.reposts']));
  });

  test('the wrong post on screen (X still shows the previous one): nothing read', () => {
    const root = xPage(statusPageHtml(BEN_POSTS[0]!, []), statusUrl());
    const reading = readXPage(statusUrl(), { root });
    expect(reading.posts).toEqual([]);
    expect(reading.creator).toBeNull();
    expect(numbersIn(reading)).toEqual([]);
    expect(BEN.handle).not.toBe(ANA.handle);
  });
});
