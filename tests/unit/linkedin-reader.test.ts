/**
 * The LinkedIn reader on Castlist's own sample pages and responses (tests/fixtures/linkedin/, invented content in
 * the structure of the real markup): every surface, both logged-in DOM generations, guest pages, the Voyager API,
 * and the cases where a wrong number would be easy — stale state, ads, comment counts, markup that changed.
 */
import { describe, expect, test } from 'vitest';
import { linkedinAdapter } from '../../lib/sites/linkedin/linkedin-adapter';
import { readPage } from '../../lib/sites/read-page';
import { emberFeedHtml, emberProfileHtml, type EmberPost, sduiFeedHtml } from '../fixtures/linkedin/app-pages';
import { type GuestPost, guestPostPageHtml, guestPostUrl, guestProfileHtml, pulsePageHtml, unavailablePostHtml } from '../fixtures/linkedin/guest-pages';
import { pageInput, voyagerUrl } from '../fixtures/linkedin/page-input';
import { companyResponse, feedResponse, profileResponse, type VoyagerPost } from '../fixtures/linkedin/voyager-responses';

const guestPost: GuestPost = {
  activityId: '7458772951740358656',
  shareId: '7458772948787597312',
  authorHandle: 'ada-lovelace-sample',
  authorName: 'Ada Lovelace',
  authorFollowers: 48_210,
  text: 'Invented post about analytical engines. #ad',
  reactions: 333,
  comments: 20,
  images: 1,
  commentList: [
    { handle: 'grace-hopper-sample', name: 'Grace Hopper', text: 'Great engine, specific question: what about loops?', reactions: 4 },
    { handle: 'ada-lovelace-sample', name: 'Ada Lovelace', text: 'Loops come next week.' },
  ],
};
const related: GuestPost = { ...guestPost, activityId: '7459637740121403394', shareId: '7459637739622408192', authorHandle: 'someone-else-sample', authorName: 'Someone Else', reactions: 9_999, comments: 999, commentList: [] };

const problemsOf = (reading: { problems: { field: string; code: string }[] }) => reading.problems.map((problem) => `${problem.field}:${problem.code}`);

describe('guest public post page (d_public_post)', () => {
  test('exact counts from JSON-LD and the card, the author with followers, comments with reactions', () => {
    const reading = readPage(pageInput(guestPostUrl(guestPost), guestPostPageHtml(guestPost, [related])));
    expect(reading.surface).toBe('post');
    // The page's post first; a related post is a tile of someone else, under its own author (never the page's).
    expect(reading.posts.map((post) => [post.id, post.author?.handle])).toEqual([
      [guestPost.activityId, 'ada-lovelace-sample'],
      [related.activityId, 'someone-else-sample'],
    ]);
    const [post] = reading.posts;
    expect(post).toMatchObject({
      id: guestPost.activityId,
      format: 'image',
      sponsored: true, // "#ad" in the text
      publishedAt: '2026-05-09T07:00:48.974Z',
      author: { handle: 'ada-lovelace-sample', name: 'Ada Lovelace' },
      metrics: { likes: { value: 333, exact: true, source: 'embedded' }, comments: { value: 20, exact: true } },
    });
    expect(reading.creator).toMatchObject({ handle: 'ada-lovelace-sample', followers: { value: 48_210, exact: true } });
    expect(reading.comments).toEqual([
      expect.objectContaining({ postId: guestPost.activityId, author: 'grace-hopper-sample', authorName: 'Grace Hopper', publishedText: '3d', likes: expect.objectContaining({ value: 4 }), byCreator: false }),
      expect.objectContaining({ author: 'ada-lovelace-sample', byCreator: true }),
    ]);
    // The hidden "5 Reactions" twin (the count once the viewer reacts) is never read.
    expect(reading.comments[1]!.likes).toBeUndefined();
    expect(reading.problems).toEqual([]);
  });

  test('a URL naming the share finds the activity and stores the post under the activity id', () => {
    const reading = readPage(pageInput(guestPostUrl(guestPost, 'share'), guestPostPageHtml(guestPost)));
    expect(reading.posts[0]).toMatchObject({ id: guestPost.activityId, metrics: { likes: { value: 333 } } });
  });

  test('without JSON-LD the card\'s exact attributes give the counts', () => {
    const reading = readPage(pageInput(guestPostUrl(guestPost), guestPostPageHtml({ ...guestPost, withoutJsonLd: true })));
    expect(reading.posts[0]!.metrics).toMatchObject({
      likes: { value: 333, exact: true, source: 'attribute', text: 'data-num-reactions="333"' },
      comments: { value: 20, source: 'attribute' },
    });
    expect(reading.creator?.followers).toBeUndefined(); // the followers were only in the JSON-LD
  });

  test('a post with no reactions and no comments: 0 is read as 0', () => {
    const zero = { ...guestPost, reactions: 0, comments: 0, withoutJsonLd: true, commentList: [] };
    const reading = readPage(pageInput(guestPostUrl(zero), guestPostPageHtml(zero)));
    expect(reading.posts[0]!.metrics).toMatchObject({ likes: { value: 0, exact: true }, comments: { value: 0, exact: true } });
  });

  test('counts not shown at all (hidden, or none): missing with a problem, never a guess', () => {
    const hidden = { ...guestPost, reactions: null, comments: null, withoutJsonLd: true, commentList: [] };
    const reading = readPage(pageInput(guestPostUrl(hidden), guestPostPageHtml(hidden)));
    expect(reading.posts[0]!.metrics).toEqual({});
    expect(problemsOf(reading)).toEqual(['post.likes:not-found', 'post.comments:not-found']);
    expect(reading.problems[0]!.reader).toBe('linkedin.post');
  });

  test('JSON-LD about another post is stale: nothing of it is read', () => {
    const stale = { ...guestPost, withoutJsonLd: false, jsonLdActivityId: '7400000000000000001', reactions: null, comments: null };
    const reading = readPage(pageInput(guestPostUrl(stale), guestPostPageHtml(stale)));
    expect(reading.posts[0]!.metrics).toEqual({});
    expect(reading.creator?.followers).toBeUndefined();
    expect(problemsOf(reading)).toContain('post.likes:not-found');
  });

  test('a deleted post: no post, an "unavailable" problem', () => {
    const reading = readPage(pageInput(guestPostUrl(guestPost), unavailablePostHtml()));
    expect(reading.posts).toEqual([]);
    expect(problemsOf(reading)).toEqual(['post:unavailable']);
  });

  test('markup changed (the card and its attributes renamed): not found, no number', () => {
    const html = guestPostPageHtml({ ...guestPost, withoutJsonLd: true }).replace(/data-activity-urn/g, 'data-x-urn').replace(/data-num-/g, 'data-x-');
    const reading = readPage(pageInput(guestPostUrl(guestPost), html));
    expect(reading.posts).toEqual([]);
    expect(problemsOf(reading)).toEqual(['post:not-found']);
  });
});

describe('guest Pulse article', () => {
  test('German page: "1.234 Reaktionen", "56 Kommentare", comment likes', () => {
    const html = pulsePageHtml({
      slug: 'engines-and-loops-ada-lovelace',
      title: 'Engines and loops',
      authorHandle: 'ada-lovelace-sample',
      authorName: 'Ada Lovelace',
      reactionsLabel: '1.234 Reaktionen',
      reactionsShown: '1.234',
      commentsText: '56 Kommentare',
      comments: [{ handle: 'grace-hopper-sample', name: 'Grace Hopper', text: 'Sehr gut', likes: '6 „Gefällt mir“' }, { handle: 'bob-sample', name: 'Bob', text: 'Danke' }],
      lang: 'de',
    });
    const reading = readPage(pageInput('https://www.linkedin.com/pulse/engines-and-loops-ada-lovelace', html));
    expect(reading.lang).toBe('de');
    expect(reading.posts[0]).toMatchObject({
      id: 'engines-and-loops-ada-lovelace',
      format: 'article',
      title: 'Engines and loops',
      metrics: { likes: { value: 1234, exact: true, source: 'attribute' }, comments: { value: 56, exact: true } },
    });
    expect(reading.creator).toMatchObject({ handle: 'ada-lovelace-sample', name: 'Ada Lovelace' });
    expect(reading.comments.map((comment) => comment.author)).toEqual(['grace-hopper-sample', 'bob-sample']);
    // "6 „Gefällt mir“" is not a word we know: missing, not misread.
    expect(reading.comments[0]!.likes).toBeUndefined();
  });

  test.each([
    ['names this article (another case, a trailing slash, an escape)', 'Engines-And-Loops-%C3%A9', true],
    ['names another article', 'what-i-learned-grace-hopper', false],
  ])('a canonical link that %s', (_name, canonicalSlug, attributed) => {
    const article = { slug: 'engines-and-loops-é', title: 'T', authorHandle: 'ada-lovelace-sample', authorName: 'Ada', reactionsLabel: '361 Reactions', reactionsShown: '361', commentsText: '48 Comments', comments: [{ handle: 'bob-sample', name: 'Bob', text: 'Hi' }], lang: 'en' };
    const reading = readPage(pageInput(`https://www.linkedin.com/pulse/${encodeURIComponent(article.slug)}`, pulsePageHtml({ ...article, canonicalSlug: attributed ? `${canonicalSlug}/` : canonicalSlug })));
    if (attributed) {
      expect(reading.posts.map((post) => [post.id, post.metrics.likes?.value])).toEqual([[article.slug, 361]]);
      return;
    }
    // Another article's page: nothing on it is the URL's article's (nor its comments, nor its author's).
    expect(reading.posts).toEqual([]);
    expect(reading.comments).toEqual([]);
    expect(reading.creator).toBeNull();
    expect(reading.problems).toEqual([expect.objectContaining({ reader: 'linkedin.article', field: 'post', code: 'stale' })]);
  });

  test('the bare number is read when the label is gone', () => {
    const html = pulsePageHtml({ slug: 's', title: 'T', authorHandle: 'a', authorName: 'A', reactionsLabel: 'Reactions', reactionsShown: '87', commentsText: '3 Comments', comments: [], lang: 'en' });
    expect(readPage(pageInput('https://www.linkedin.com/pulse/s', html)).posts[0]!.metrics.likes).toMatchObject({ value: 87, source: 'text' });
  });
});

const emberPosts: EmberPost[] = [
  {
    activityId: '7400000000000000001',
    actor: { kind: 'in', handle: 'ada-lovelace-sample', name: 'Ada Lovelace', description: 'Helping 10,000 followers grow' },
    text: 'Invented person post',
    reactions: '1,234',
    comments: '56 comments',
    reposts: '7 reposts',
    images: 3,
    comment: { handle: 'grace-hopper-sample', name: 'Grace Hopper', text: 'Nice', reactions: '99' },
  },
  {
    activityId: '7400000000000000002',
    actor: { kind: 'company', handle: 'acme-sample', name: 'Acme Sample', description: '250,311 followers' },
    text: 'Invented company post',
    reactions: '88',
    video: true,
    views: '4,567 views',
  },
  {
    activityId: '7400000000000000003',
    actor: { kind: 'company', handle: 'ads-sample', name: 'Ads Sample', description: '1,000 followers' },
    subDescription: 'Promoted',
    text: 'Buy our invented widgets',
    reactions: '5,000',
  },
];

describe('logged-in feed, Ember generation', () => {
  test('every visible post with its counts; ads left out; comment counts never mixed in', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/feed/', emberFeedHtml(emberPosts)));
    expect(reading.surface).toBe('feed');
    expect(reading.posts.map((post) => post.id)).toEqual(['7400000000000000001', '7400000000000000002']);
    const [person, company] = reading.posts;
    expect(person).toMatchObject({
      format: 'carousel',
      author: { handle: 'ada-lovelace-sample', name: 'Ada Lovelace' }, // not "Ada LovelaceAda Lovelace"
      caption: 'Invented person post',
      metrics: { likes: { value: 1234, exact: true }, comments: { value: 56, text: '56 comments' }, reposts: { value: 7 } },
    });
    expect(person!.metrics.views).toBeUndefined();
    expect(company).toMatchObject({ format: 'video', metrics: { likes: { value: 88 }, views: { value: 4567 } } });
    expect(company!.metrics.comments).toBeUndefined();
  });
});

describe('logged-in feed, 2026 server-driven generation', () => {
  test('posts by componentkey id, counts from labels, no author when a "likes this" line names someone else', () => {
    const html = sduiFeedHtml([
      {
        activityId: '7411111111111111111',
        actorHandle: 'ada-lovelace-sample',
        actorName: 'Ada Lovelace',
        text: 'Invented SDUI post',
        reactions: '1,234 reactions',
        comments: '56 comments',
        reposts: '7 reposts',
        comment: { activityId: '7411111111111111111', handle: 'grace-hopper-sample', name: 'Grace Hopper', text: 'Nice', reactions: '3 reactions' },
      },
      { activityId: '7422222222222222222', actorHandle: 'ada-lovelace-sample', actorName: 'Ada Lovelace', text: 'Liked by Grace', reactions: '12 reactions', socialContext: { handle: 'grace-hopper-sample', name: 'Grace Hopper' } },
      { activityId: '7433333333333333333', actorHandle: 'ads-sample', actorName: 'Ads Sample', text: 'An ad', reactions: '9,999 reactions', promoted: true },
      { activityId: null, token: 'Zq9x', actorHandle: 'no-id-sample', actorName: 'No Id', text: 'No id anywhere', reactions: '5 reactions' },
    ]);
    const input = pageInput('https://www.linkedin.com/feed/', html);
    const reading = readPage(input);
    // The card whose author line names someone else has no author, so nothing attributes it: it is left out.
    expect(reading.posts.map((post) => post.id)).toEqual(['7411111111111111111']);
    expect(reading.posts[0]).toMatchObject({
      author: { handle: 'ada-lovelace-sample' },
      caption: 'Invented SDUI post',
      metrics: { likes: { value: 1234, source: 'attribute' }, comments: { value: 56 }, reposts: { value: 7 } },
    });
    const cards = [...input.root!.querySelectorAll(linkedinAdapter.tiles!.selector)].map((card) => linkedinAdapter.tiles!.read(card, input));
    expect(cards.filter((post) => post?.id === '7422222222222222222').map((post) => post!.author)).toEqual([undefined]);
  });
});

const feedPosts: VoyagerPost[] = [
  { activityId: '7400000000000000001', shareId: '7400000000000000000', actorHandle: 'ada-lovelace-sample', actorName: 'Ada Lovelace', text: 'Invented', likes: 1234, comments: 56, shares: 7, commentLikes: 3 },
  { activityId: '7400000000000000002', actorHandle: 'acme-sample', actorKind: 'company', actorName: 'Acme Sample', actorDescription: '250,311 followers', text: 'Video', likes: 88, comments: 0, shares: 2, views: 4567 },
  { activityId: '7400000000000000003', actorHandle: 'ads-sample', actorKind: 'company', actorName: 'Ads', text: 'Ad', likes: 5000, comments: 1, shares: 1, promoted: true },
];

describe('Voyager API responses', () => {
  test('feed: exact counts per post; a comment\'s reactions are not a post\'s; impressions are not views; ads left out', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/feed/', null, [{ url: voyagerUrl('voyagerFeedDashMainFeed.abc'), json: feedResponse(feedPosts) }]));
    expect(reading.posts.map((post) => post.id)).toEqual(['7400000000000000001', '7400000000000000002']);
    expect(reading.posts[0]).toMatchObject({
      url: 'https://www.linkedin.com/posts/ada-lovelace-sample_sample-activity-7400000000000000001-wXyZ',
      author: { handle: 'ada-lovelace-sample', name: 'Ada Lovelace' },
      metrics: { likes: { value: 1234, exact: true, source: 'network', text: 'numLikes: 1234' }, comments: { value: 56 }, reposts: { value: 7 } },
    });
    expect(reading.posts[0]!.metrics.views).toBeUndefined();
    expect(reading.posts[1]!.metrics.views).toMatchObject({ value: 4567 });
  });

  test('post page: the response about this post wins over the DOM; one about another post is ignored', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/';
    const other = feedResponse([{ ...feedPosts[0]!, likes: 1 }]);
    const reading = readPage(pageInput(url, emberFeedHtml([emberPosts[1]!]), [{ url: voyagerUrl('a'), json: feedResponse([feedPosts[1]!]) }, { url: voyagerUrl('b'), json: other }]));
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({ id: '7400000000000000002', format: 'video', metrics: { likes: { value: 88, source: 'network' }, reposts: { value: 2 } } });
    expect(reading.creator).toMatchObject({ handle: 'acme-sample', url: 'https://www.linkedin.com/company/acme-sample/', followers: { value: 250_311 } });
  });

  test('sources naming different authors: only the most robust one\'s author is the creator, nothing of the other', () => {
    const response = feedResponse([{ ...feedPosts[1]!, activityId: guestPost.activityId }]);
    const reading = readPage(pageInput(guestPostUrl(guestPost), guestPostPageHtml({ ...guestPost, commentList: [] }), [{ url: voyagerUrl('a'), json: response }]));
    expect(reading.posts[0]!.author?.handle).toBe('acme-sample');
    expect(reading.creator).toMatchObject({ handle: 'acme-sample', followers: { value: 250_311 } });
    expect(JSON.stringify(reading.creator)).not.toContain('48210');
  });

  test('a URL naming the share: the Update maps it to the activity', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/feed/update/urn:li:share:7400000000000000000/', null, [{ url: voyagerUrl('a'), json: feedResponse(feedPosts) }]));
    expect(reading.posts[0]).toMatchObject({ id: '7400000000000000001', metrics: { likes: { value: 1234 } } });
  });

  test('a bare saved response (the CLI): the data says which page it is, and the reading carries the page URL', () => {
    const profile = readPage(pageInput(voyagerUrl('voyagerIdentityDashProfiles.x'), null, [{ url: voyagerUrl('voyagerIdentityDashProfiles.x'), json: profileResponse({ handle: 'grace-hopper-sample', firstName: 'Grace', lastName: 'Hopper', followers: 48_210, profileId: 'ACoAAB' }) }]));
    expect(profile).toMatchObject({ surface: 'profile', url: 'https://www.linkedin.com/in/grace-hopper-sample/', creator: { handle: 'grace-hopper-sample', name: 'Grace Hopper', followers: { value: 48_210, exact: true } } });
    const post = readPage(pageInput(voyagerUrl('q'), null, [{ url: voyagerUrl('q'), json: feedResponse([feedPosts[0]!]) }]));
    expect(post).toMatchObject({ surface: 'post', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/', posts: [{ metrics: { likes: { value: 1234 } } }] });
    const feed = readPage(pageInput(voyagerUrl('q'), null, [{ url: voyagerUrl('q'), json: feedResponse(feedPosts) }]));
    expect(feed).toMatchObject({ surface: 'feed' });
    expect(readPage(pageInput(voyagerUrl('q'), null, [{ url: voyagerUrl('q'), json: { data: {} } }]))).toMatchObject({ surface: 'unsupported', posts: [] });
  });
});

describe('profiles and company pages', () => {
  const grace = { kind: 'in' as const, handle: 'grace-hopper-sample', name: 'Grace Hopper', followersText: '12,345 followers', connectionsText: '500+ connections' };

  test('Ember profile header: followers read, "500+ connections" and the headline are not', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/in/grace-hopper-sample/', emberProfileHtml(grace)));
    expect(reading.surface).toBe('profile');
    expect(reading.creator).toEqual({ handle: 'grace-hopper-sample', name: 'Grace Hopper', url: 'https://www.linkedin.com/in/grace-hopper-sample/', followers: expect.objectContaining({ value: 12_345, exact: true, text: '12,345 followers' }) });
    expect(reading.problems).toEqual([]);
  });

  test('in-page navigation: URL says B, the header still shows A → nothing of A, a stale problem', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/in/ada-lovelace-sample/', emberProfileHtml(grace)));
    expect(reading.creator).toBeNull();
    expect(problemsOf(reading)).toEqual(['creator:stale', 'creator.followers:not-found']);
  });

  test('a header linking to the URL\'s profile only as a mutual connection is still the previous profile', () => {
    const html = emberProfileHtml(grace).replace('<ul class="pv-top-card--list', '<a href="https://www.linkedin.com/in/ada-lovelace-sample/">Ada, a mutual connection</a><ul class="pv-top-card--list');
    const reading = readPage(pageInput('https://www.linkedin.com/in/ada-lovelace-sample/', html));
    expect(reading.creator).toBeNull();
  });

  test('in-page navigation: the response about B is read while the header still shows A', () => {
    const responses = [
      { url: voyagerUrl('grace'), json: profileResponse({ handle: 'grace-hopper-sample', firstName: 'Grace', lastName: 'Hopper', followers: 12_345, profileId: 'ACoAAA' }) },
      { url: voyagerUrl('ada'), json: profileResponse({ handle: 'ada-lovelace-sample', firstName: 'Ada', lastName: 'Lovelace', followers: 48_210, profileId: 'ACoAAB' }) },
    ];
    const reading = readPage(pageInput('https://www.linkedin.com/in/ada-lovelace-sample/', emberProfileHtml(grace), responses));
    expect(reading.creator).toMatchObject({ handle: 'ada-lovelace-sample', name: 'Ada Lovelace', followers: { value: 48_210, source: 'network' } });
  });

  test('Ember company page, with its posts; a compact count keeps its range', () => {
    const html = emberProfileHtml({ kind: 'company', handle: 'acme-sample', name: 'Acme Sample', followersText: '250K followers', posts: [emberPosts[1]!, emberPosts[0]!] });
    const reading = readPage(pageInput('https://www.linkedin.com/company/acme-sample/posts/', html));
    expect(reading.creator?.followers).toMatchObject({ value: 250_000, min: 249_500, max: 250_999, exact: false });
    // Only the company's own posts: Ada's post on its page is not the company's.
    expect(reading.posts.map((post) => post.id)).toEqual(['7400000000000000002']);
  });

  test('Voyager company: followers from followingInfo, never staffCount', () => {
    const reading = readPage(pageInput('https://www.linkedin.com/company/acme-sample/', null, [{ url: voyagerUrl('c'), json: companyResponse('acme-sample', 'Acme Sample', 250_311, 5_120) }]));
    expect(reading.creator).toMatchObject({ name: 'Acme Sample', followers: { value: 250_311, exact: true, text: 'followerCount: 250311' } });
  });

  test('guest profile: JSON-LD followers; JSON-LD about someone else is stale', () => {
    const html = guestProfileHtml({ kind: 'in', handle: 'grace-hopper-sample', name: 'Grace Hopper', jsonLdFollowers: 845, sublineItems: ['Lyon', '500+ connections'] });
    expect(readPage(pageInput('https://www.linkedin.com/in/grace-hopper-sample', html)).creator).toMatchObject({ followers: { value: 845, exact: true, source: 'embedded' } });
    const stale = guestProfileHtml({ kind: 'in', handle: 'grace-hopper-sample', name: 'Grace Hopper', jsonLdFollowers: 845, jsonLdHandle: 'ada-lovelace-sample', sublineItems: ['Lyon'] });
    const reading = readPage(pageInput('https://www.linkedin.com/in/grace-hopper-sample', stale));
    expect(reading.creator?.followers).toBeUndefined();
    expect(problemsOf(reading)).toEqual(['creator.followers:stale', 'creator.followers:not-found']);
  });

  test('guest company page in French: followers from the top card and the meta description ("12 345 abonnés")', () => {
    const html = guestProfileHtml({ kind: 'company', handle: 'acme-sample', name: 'Acme', sublineItems: ['Logiciels', 'Lyon', '12\u202f345 abonnés'], metaDescription: 'Acme | 12\u202f345 abonnés sur LinkedIn. Des outils inventés.', lang: 'fr' });
    const reading = readPage(pageInput('https://www.linkedin.com/company/acme-sample', html));
    expect(reading.creator?.followers).toMatchObject({ value: 12_345, exact: true, source: 'meta' });
    const domOnly = readPage(pageInput('https://www.linkedin.com/company/acme-sample', html.replace(/<meta name="description"[^>]*>/, '')));
    expect(domOnly.creator?.followers).toMatchObject({ value: 12_345, source: 'text' });
  });

  test('markup changed (header classes renamed): not found, no number', () => {
    const html = emberProfileHtml(grace).replace(/pv-top-card/g, 'pv-x-card').replace(/data-member-id/g, 'data-x');
    const reading = readPage(pageInput('https://www.linkedin.com/in/grace-hopper-sample/', html));
    expect(reading.creator).toBeNull();
    expect(problemsOf(reading)).toEqual(['creator:not-found', 'creator.followers:not-found']);
  });
});
