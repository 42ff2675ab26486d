/**
 * The content script's wiring (runSite + TileTracker + badge elements) with a fake site adapter in happy-dom, a
 * fake sendMessage and fake timers. The fake site reads what the test writes into the document:
 *
 *   <h1 id="title"></h1>                                           where the post badge goes
 *   <div id="post" data-id="…"><span id="likes">10</span></div>     the post and its likes
 *   <article class="tile" data-id="…" data-views="…" data-likes="…" data-author="…"><div class="meta"></div></article>
 *   <section id="own-grid">…</section>                              the page creator's own grid (ownGrid)
 *
 * The fake background answers each reading with the badges of its page and tiles, as the real one does.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type BadgeModel, tileBadge } from '../../lib/badges/badge-model';
import { badgeText } from '../../lib/content/badge-element';
import { runSite, type RunningSite } from '../../lib/content/run-site';
import type { SiteAdapter, TileReader } from '../../lib/sites/site-adapter';
import { exactCount } from '../../lib/count';
import type { AddFromPageMessage, BackgroundReply, CaptureReadingMessage } from '../../lib/messages/background-messages';
import { PAGE_BRIDGE_EVENT, encodePageBridgeMessage } from '../../lib/messages/page-bridge-event';
import type { PostReading, Reading, Surface } from '../../lib/reading/reading';
import type { PageInput } from '../../lib/sites/page-input';

const ORIGIN = 'https://www.youtube.com';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function surfaceOf(url: URL): Surface {
  if (url.pathname === '/watch') return 'post';
  if (url.pathname.startsWith('/feed')) return 'feed';
  if (url.pathname.startsWith('/@')) return 'profile';
  return 'unsupported';
}

/** A tile: a post with views and likes, by the author its data-author names (none without it), or null for an ad. */
function readTile(tile: Element): PostReading | null {
  if (tile.hasAttribute('data-ad')) return null;
  if (tile.hasAttribute('data-broken')) throw new Error('tile layout changed');
  const id = tile.getAttribute('data-id')!;
  const author = tile.getAttribute('data-author');
  return {
    id,
    url: `${ORIGIN}/watch?v=${id}`,
    ...(author ? { author: { handle: author } } : {}),
    metrics: { views: exactCount(Number(tile.getAttribute('data-views'))), likes: exactCount(Number(tile.getAttribute('data-likes'))) },
  };
}

/** The fake background's badges: the page's post says its likes; a tile gets the real tile badge (no audience known). */
function backgroundBadges(reading: Reading): Record<string, BadgeModel> {
  const badges: Record<string, BadgeModel> = {};
  reading.posts.forEach((post, index) => {
    if (reading.surface === 'post' && index === 0) {
      if (post.metrics.likes) badges[`post:${post.id}`] = { kind: 'post', text: `likes ${post.metrics.likes.value}`, title: `Castlist · likes of ${post.id}` };
      return;
    }
    const model = tileBadge(reading.platform, post, null);
    if (model) badges[`tile:${post.id}`] = model;
  });
  return badges;
}

function fakeAdapter(options: { tiles?: boolean } = {}) {
  const readCalls: PageInput[] = [];
  const tileReads: string[] = [];
  const tiles: TileReader = {
    selector: 'article.tile',
    read: (tile) => {
      tileReads.push(tile.getAttribute('data-id') ?? '?');
      return readTile(tile);
    },
    ownGrid: (root) => root.querySelector('#own-grid'),
    anchor: (tile) => tile.querySelector('.meta'),
  };
  const adapter: SiteAdapter = {
    platform: 'youtube',
    detect(url) {
      const surface = surfaceOf(url);
      return { platform: 'youtube', surface, page: surface === 'post' ? 'watch' : surface, postId: url.searchParams.get('v') ?? undefined };
    },
    read(input): Reading {
      readCalls.push(input);
      const root = input.root!;
      if (root.querySelector('#broken')) throw new Error('reader bug');
      const postElement = root.querySelector('#post');
      const likes = root.querySelector('#likes')?.textContent;
      const url = new URL(input.url);
      const followers = root.querySelector('#followers')?.textContent;
      const posts: PostReading[] = postElement
        ? [{ id: postElement.getAttribute('data-id')!, url: input.url, metrics: likes ? { likes: exactCount(Number(likes)) } : {} }]
        : [];
      return {
        platform: 'youtube',
        surface: surfaceOf(url),
        url: input.url,
        readAt: input.now.toISOString(),
        lang: input.lang,
        creator: followers ? { handle: 'channel', name: 'Channel', followers: exactCount(Number(followers)) } : null,
        posts,
        comments: [],
        problems: posts.some((post) => post.metrics.likes) ? [] : [{ reader: 'fake.watch', field: 'post.likes', code: 'not-found', detail: 'no #likes' }],
      };
    },
    badgePlacements(reading, root) {
      const anchor = root.querySelector('#title');
      const shown = root.querySelector('#post')?.getAttribute('data-id');
      return reading.posts
        .filter((post) => post.id === shown && anchor)
        .map((post) => ({ key: `post:${post.id}`, anchor: anchor!, position: 'after' as const }));
    },
    ...(options.tiles ? { tiles } : {}),
  };
  return { adapter, readCalls, tileReads };
}

let site: RunningSite | null = null;
let sent: CaptureReadingMessage[];

/** A reading sent through the outbox; these tests' pages send nothing else unless a test clicks a badge's button. */
function readingOf(message: CaptureReadingMessage | AddFromPageMessage): CaptureReadingMessage {
  if (message.type !== 'reading.capture') throw new Error(`the content script sent ${message.type} where a reading was expected`);
  return message;
}
/** 'badges': the fake background stores the reading and answers with its badges. */
let reply: BackgroundReply | undefined | 'badges';
let errors: ReturnType<typeof vi.spyOn>;

function start(options: { tiles?: boolean } = {}) {
  const fake = fakeAdapter(options);
  site = runSite(fake.adapter, {
    window,
    sendMessage: async (message) => {
      sent.push(readingOf(message));
      return reply === 'badges' ? { ok: true, badges: backgroundBadges(readingOf(message).reading) } : reply;
    },
  });
  return fake;
}

/** Lets the page settle: mutation records, the observer's frame, the settle delay and the once-a-second limit. */
const settle = (ms = 1_100) => vi.advanceTimersByTimeAsync(ms);
/** Advances the fake clock to `time` (epoch ms). */
const until = (time: number) => vi.advanceTimersByTimeAsync(Math.max(0, time - Date.now()));

function showPost(id: string, likes: number | null) {
  document.body.replaceChildren();
  const title = document.createElement('h1');
  title.id = 'title';
  title.textContent = `Video ${id}`;
  const post = document.createElement('div');
  post.id = 'post';
  post.dataset.id = id;
  if (likes !== null) {
    const count = document.createElement('span');
    count.id = 'likes';
    count.textContent = String(likes);
    post.append(count);
  }
  document.body.append(title, post);
}

function setLikes(likes: number) {
  document.querySelector('#likes')!.textContent = String(likes);
}

function addTile(id: string, views: number, likes: number, extra: Record<string, string> = {}, parent: Element = document.body) {
  const tile = document.createElement('article');
  tile.className = 'tile';
  tile.dataset.id = id;
  tile.dataset.views = String(views);
  tile.dataset.likes = String(likes);
  tile.dataset.author = 'someone';
  for (const [name, value] of Object.entries(extra)) tile.setAttribute(name, value);
  const meta = document.createElement('div');
  meta.className = 'meta';
  tile.append(meta);
  parent.append(tile);
  return tile;
}

const badges = () => [...document.querySelectorAll('castlist-badge')] as HTMLElement[];
const badgeKeys = () => badges().map((badge) => badge.dataset.castlistKey);

/** Loads the page at `path` (happy-dom's test API: a real navigation, not a history entry). */
function goTo(path: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${ORIGIN}${path}`);
}

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  reply = 'badges';
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  document.body.replaceChildren();
  goTo('/watch?v=aaa');
});

afterEach(() => {
  site?.stop();
  site = null;
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('runSite: readings', () => {
  test('the first read sends a reading.capture message and renders the badge', async () => {
    showPost('aaa', 10);
    document.documentElement.setAttribute('lang', 'en');
    try {
      start();
      expect(sent).toEqual([]); // nothing is read synchronously
      await settle();

    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message!.type).toBe('reading.capture');
    expect(message!.visitId).toMatch(UUID);
    expect(message!.reading).toMatchObject({
      url: `${ORIGIN}/watch?v=aaa`,
      lang: 'en',
      posts: [{ id: 'aaa', metrics: { likes: { value: 10 } } }],
    });

    const [badge] = badges();
    expect(badges()).toHaveLength(1);
    expect(badge!.dataset.castlistKey).toBe('post:aaa');
    expect(badge!.previousElementSibling).toBe(document.querySelector('#title')); // placed 'after' its anchor
    expect(badge!.shadowRoot).not.toBeNull();
    expect(badge!.shadowRoot!.mode).toBe('open');
    const label = badge!.shadowRoot!.querySelector('.badge')!;
    expect(label.textContent).toBe('likes 10');
    expect(label.getAttribute('title')).toBe('Castlist · likes of aaa');
    expect(label.getAttribute('data-kind')).toBe('post');
    expect(badge!.getAttribute('aria-label')).toBe('Castlist · likes of aaa');
    expect(badgeText(badge!)).toBe('likes 10');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  test('an unchanged re-read sends nothing', async () => {
    showPost('aaa', 10);
    const fake = start();
    await settle(2_000);
    expect(sent).toHaveLength(1);
    const readsBefore = fake.readCalls.length;
    document.body.append(document.createElement('footer'));
    await settle();
    expect(fake.readCalls.length).toBe(readsBefore + 1); // it did read again
    expect(site!.readNow()).not.toBeNull();
    expect(sent).toHaveLength(1);
    expect(badges()).toHaveLength(1);
  });

  test('a changed count sends again with the same visitId and updates the same badge', async () => {
    showPost('aaa', 10);
    start();
    await settle();
    const badge = badges()[0]!;
    setLikes(11);
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.visitId).toBe(sent[0]!.visitId);
    expect(sent[1]!.reading.posts[0]!.metrics.likes!.value).toBe(11);
    expect(badges()).toEqual([badge]);
    expect(badgeText(badge)).toBe('likes 11');
  });

  test('reads only after the page settles (150 ms), and at most once a second', async () => {
    showPost('aaa', 10);
    const fake = start();
    await settle(2_000); // the first read, and the one its badge's insertion causes
    const readsBefore = fake.readCalls.length;

    const changedAt = Date.now();
    setLikes(11);
    await until(changedAt + 150); // the observer's frame comes first, then 150 ms of settling
    expect(fake.readCalls).toHaveLength(readsBefore);
    await until(changedAt + 16 + 150);
    expect(fake.readCalls).toHaveLength(readsBefore + 1);

    const readAt = fake.readCalls.at(-1)!.now.getTime();
    setLikes(12);
    await settle(200);
    setLikes(13); // joins the read already scheduled
    await until(readAt + 999);
    expect(fake.readCalls).toHaveLength(readsBefore + 1);
    await until(readAt + 1_000);
    expect(fake.readCalls).toHaveLength(readsBefore + 2);
    expect(sent.map((message) => message.reading.posts[0]!.metrics.likes!.value)).toEqual([10, 11, 13]);
  });

  test('badge text from the page is shown as text, never parsed as HTML', async () => {
    showPost('aaa', 10);
    const fake = fakeAdapter();
    const hostile = '<img src=x onerror="alert(1)">';
    const adapter: SiteAdapter = {
      ...fake.adapter,
      badgePlacements: (_reading, root) => [{ key: 'x', anchor: root.querySelector('#title')!, position: 'append' }],
    };
    site = runSite(adapter, { window, sendMessage: async () => ({ ok: true, badges: { x: { kind: 'creator', text: hostile, title: hostile } } }) });
    await settle();
    const badge = badges()[0]!;
    expect(badge.parentElement).toBe(document.querySelector('#title')); // 'append' puts it inside its anchor
    expect(badge.shadowRoot!.querySelector('img')).toBeNull();
    expect(badgeText(badge)).toBe(hostile);
    expect(badge.shadowRoot!.querySelector('.badge')!.getAttribute('data-kind')).toBe('creator');
  });

  test('a rejected reading is logged; a rejected send is retried', async () => {
    showPost('aaa', 10);
    reply = { ok: false, error: 'reading.url: Invalid input' };
    start();
    await settle();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('reading.url: Invalid input'));
    reply = undefined; // no answer: the outbox retries
    setLikes(11);
    await settle(200); // the observer's frame and the settle delay: one read
    expect(sent).toHaveLength(2);
    await settle(250);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual(sent[1]);
  });
});

describe('runSite: the creator badge\'s "+ Shortlist" button', () => {
  /** A profile page: its creator ("Channel", @channel) and the place of the creator's badge. */
  function showProfile() {
    goTo('/@channel');
    const title = document.createElement('h1');
    title.id = 'title';
    const followers = document.createElement('span');
    followers.id = 'followers';
    followers.textContent = '12000';
    document.body.append(title, followers);
  }

  function startProfile(addReply: BackgroundReply, kind: BadgeModel['kind'] = 'creator') {
    const adds: AddFromPageMessage[] = [];
    const adapter: SiteAdapter = {
      ...fakeAdapter().adapter,
      badgePlacements: (_reading, root) => [{ key: 'creator:channel', anchor: root.querySelector('#title')!, position: 'append' }],
    };
    site = runSite(adapter, {
      window,
      sendMessage: async (message) => {
        if (message.type === 'shortlist.add-from-page') {
          adds.push(message);
          return addReply;
        }
        sent.push(message);
        return { ok: true, badges: { 'creator:channel': { kind, text: '12,000 subscribers', title: 'Castlist · subscribers 12,000' } } };
      },
    });
    return adds;
  }

  const shadow = () => badges()[0]!.shadowRoot!;

  test('adds the page\'s creator by its key through the script\'s own message, and says where it went', async () => {
    showProfile();
    const adds = startProfile({ ok: true, id: 'entry-1', shortlist: { id: 'list-1', name: 'Spring launch' } });
    await settle();
    const button = shadow().querySelector('button')!;
    expect(button.textContent).toBe('+ Shortlist');
    expect(button.getAttribute('aria-label')).toBe('Add Channel to shortlist');
    button.click();
    await settle(10);
    expect(adds).toEqual([{ type: 'shortlist.add-from-page', creatorKey: 'youtube:channel' }]);
    expect(shadow().querySelector('[role=status]')!.textContent).toBe('Added to Spring launch');
    expect(sent.every((message) => message.type === 'reading.capture')).toBe(true);
  });

  test('the button and what it said stay when the badge is updated by the next reading', async () => {
    showProfile();
    startProfile({ ok: true, id: 'entry-1', shortlist: { id: 'list-1', name: 'Spring launch' }, alreadyListed: true });
    await settle();
    shadow().querySelector('button')!.click();
    await settle(10);
    document.querySelector('#followers')!.textContent = '12001';
    await settle(2_000);
    expect(sent.length).toBeGreaterThan(1);
    expect(shadow().querySelectorAll('button')).toHaveLength(1);
    expect(shadow().querySelector('[role=status]')!.textContent).toBe('Already in Spring launch');
  });

  test('a post\'s badge has no button: only a creator\'s does', async () => {
    showProfile();
    startProfile({ ok: true }, 'post');
    await settle();
    expect(badges()).toHaveLength(1);
    expect(shadow().querySelector('button')).toBeNull();
  });
});

describe('runSite: navigation', () => {
  test.each([
    ['a DOM mutation', () => undefined, false],
    ['popstate', () => window.dispatchEvent(new PopStateEvent('popstate')), true],
    [
      'a page-bridge navigation event',
      () => document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail: encodePageBridgeMessage({ kind: 'navigation', url: location.href, body: '', at: 1 }) })),
      true,
    ],
  ])('a URL change noticed through %s starts a new visit', async (_name, notify, immediate) => {
    showPost('aaa', 10);
    start();
    await settle();
    const oldBadge = badges()[0]!;

    history.pushState({}, '', '/watch?v=bbb');
    showPost('bbb', 20); // the page swaps its content (a DOM mutation in every case)
    document.body.prepend(oldBadge); // even a badge the page kept around goes
    notify();
    // Noticed at once (no frame needed), or at the observer's next batch.
    expect(oldBadge.isConnected).toBe(!immediate);
    await settle();

    expect(oldBadge.isConnected).toBe(false);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.visitId).toMatch(UUID);
    expect(sent[1]!.visitId).not.toBe(sent[0]!.visitId);
    expect(sent[1]!.reading.url).toBe(`${ORIGIN}/watch?v=bbb`);
    expect(sent[1]!.reading.posts.map((post) => post.id)).toEqual(['bbb']);
    expect(badgeKeys()).toEqual(['post:bbb']);
  });

  test('a navigation removes badges an earlier instance of the script left behind', async () => {
    showPost('aaa', 10);
    const leftover = document.createElement('castlist-badge');
    leftover.dataset.castlistKey = 'post:from-before-the-reload';
    document.body.append(leftover);
    start();
    await settle();
    expect(leftover.isConnected).toBe(true); // not ours to touch until the page changes
    history.pushState({}, '', '/watch?v=bbb');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(leftover.isConnected).toBe(false);
  });

  test('badges inside a site component\'s shadow root go at navigation and at stop', async () => {
    showPost('aaa', 10);
    const fake = fakeAdapter();
    const host = document.createElement('div');
    document.body.append(host);
    const shadowAnchor = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    const adapter: SiteAdapter = {
      ...fake.adapter,
      badgePlacements: () => [{ key: 'creator', anchor: shadowAnchor, position: 'append' }],
    };
    site = runSite(adapter, { window, sendMessage: async () => ({ ok: true, badges: { creator: { kind: 'creator', text: 'x', title: 'x' } } }) });
    await settle();
    const badge = shadowAnchor.querySelector('castlist-badge')!;
    expect(badge.isConnected).toBe(true);
    history.pushState({}, '', '/watch?v=bbb');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(badge.isConnected).toBe(false);

    await settle();
    const second = shadowAnchor.querySelector('castlist-badge')!;
    expect(second.isConnected).toBe(true);
    site.stop();
    site = null;
    expect(second.isConnected).toBe(false);
  });

  test('a read that finds the page unsupported (the URL changed unnoticed) removes the badges', async () => {
    showPost('aaa', 10);
    start();
    await settle();
    expect(badges()).toHaveLength(1);
    history.pushState({}, '', '/account'); // no event, no mutation yet
    expect(site!.readNow()).toBeNull();
    expect(badges()).toEqual([]);
  });

  test('returning to a page is a new visit whose unchanged reading is sent again', async () => {
    showPost('aaa', 10);
    start();
    await settle();
    history.pushState({}, '', '/watch?v=bbb');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    history.pushState({}, '', '/watch?v=aaa');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(sent.map((message) => message.reading.url)).toEqual([`${ORIGIN}/watch?v=aaa`, `${ORIGIN}/watch?v=bbb`, `${ORIGIN}/watch?v=aaa`]);
    expect(new Set(sent.map((message) => message.visitId)).size).toBe(3);
  });

  test('a same-URL popstate or mutation is not a new visit', async () => {
    showPost('aaa', 10);
    start();
    await settle();
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.body.append(document.createElement('div'));
    await settle();
    setLikes(12);
    await settle();
    expect(sent.map((message) => message.visitId)).toEqual([sent[0]!.visitId, sent[0]!.visitId]);
  });

  test('an unsupported page gets no reading and loses its badges', async () => {
    showPost('aaa', 10);
    const fake = start();
    await settle(2_000);
    const readsBefore = fake.readCalls.length;
    history.pushState({}, '', '/account');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(badges()).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(fake.readCalls).toHaveLength(readsBefore); // detect() says unsupported: the reader is not asked
  });
});

describe('runSite: the grace period of an empty reading', () => {
  test('an empty reading is not sent before 5 s, and is sent, with its problems, after', async () => {
    showPost('aaa', null);
    const startedAt = Date.now();
    const fake = start();
    await settle();
    document.body.append(document.createElement('div')); // reads in between do not send it either
    await settle();
    expect(fake.readCalls.length).toBeGreaterThanOrEqual(2);
    await until(startedAt + 4_999);
    expect(sent).toEqual([]);

    await until(startedAt + 5_010);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reading.posts).toEqual([{ id: 'aaa', url: `${ORIGIN}/watch?v=aaa`, metrics: {} }]);
    expect(sent[0]!.reading.problems).toEqual([{ reader: 'fake.watch', field: 'post.likes', code: 'not-found', detail: 'no #likes' }]);
    expect(badges()).toEqual([]); // nothing to badge
    document.body.append(document.createElement('div'));
    await settle();
    expect(sent).toHaveLength(1); // the miss is sent once
  });

  test('counts that show up during the grace period are sent at once', async () => {
    showPost('aaa', null);
    start();
    await settle();
    await settle(2_000);
    showPost('aaa', 10);
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reading.problems).toEqual([]);
    await settle(5_000);
    expect(sent).toHaveLength(1);
  });

  test('a navigation restarts the grace period', async () => {
    showPost('aaa', null);
    const startedAt = Date.now();
    start();
    await until(startedAt + 4_000);
    history.pushState({}, '', '/watch?v=bbb');
    showPost('bbb', null);
    await until(startedAt + 8_000); // 4 s into the new visit
    expect(sent).toEqual([]);
    await until(startedAt + 9_100);
    expect(sent.map((message) => message.reading.url)).toEqual([`${ORIGIN}/watch?v=bbb`]);
  });

  test('an empty feed is never a miss', async () => {
    goTo('/feed/subscriptions');
    start();
    await settle();
    await settle(10_000);
    document.body.append(document.createElement('div'));
    await settle(10_000);
    expect(sent).toEqual([]);
  });
});

describe('runSite: tiles', () => {
  test('tiles on the page and tiles added later are read once each, badged, and ride along in the next message', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50);
    addTile('t2', 2_000, 20);
    const fake = start({ tiles: true });
    await settle();
    expect(fake.tileReads).toEqual(['t1', 't2']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reading.posts.map((post) => post.id)).toEqual(['t1', 't2']);
    expect(badgeKeys()).toEqual(['tile:t1', 'tile:t2']);
    const t1Badge = document.querySelector('[data-id="t1"] .meta castlist-badge')!;
    expect(badgeText(t1Badge)).toBe(tileBadge('youtube', readTile(document.querySelector('[data-id="t1"]')!)!, null)!.text);
    expect(badgeText(t1Badge)).toBe('ER 5% by views');

    addTile('t3', 400, 10);
    await settle();
    expect(fake.tileReads).toEqual(['t1', 't2', 't3']);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.visitId).toBe(sent[0]!.visitId);
    expect(sent[1]!.reading.posts.map((post) => post.id)).toEqual(['t3']);
    expect(badgeKeys()).toEqual(['tile:t1', 'tile:t2', 'tile:t3']);

    await settle(5_000); // the badges' own insertion does not re-read tiles or resend them
    expect(fake.tileReads).toEqual(['t1', 't2', 't3']);
    expect(sent).toHaveLength(2);
  });

  test('a tile inside an added container is read; a changed tile is re-read and resent; an ad tile gets nothing', async () => {
    goTo('/feed/subscriptions');
    const fake = start({ tiles: true });
    await settle();
    const container = document.createElement('section');
    const tile = addTile('t1', 1_000, 50);
    const ad = addTile('ad', 1, 1, { 'data-ad': '' });
    container.append(tile, ad);
    document.body.append(container);
    await settle();
    expect(fake.tileReads).toEqual(['t1', 'ad']);
    expect(sent.map((message) => message.reading.posts.map((post) => post.id))).toEqual([['t1']]);
    expect(badgeKeys()).toEqual(['tile:t1']);

    tile.dataset.likes = '100';
    tile.append(document.createElement('img')); // the site fills in the tile: its tile is read again
    await settle();
    expect(fake.tileReads).toEqual(['t1', 'ad', 't1']);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reading.posts.map((post) => post.metrics.likes!.value)).toEqual([100]);
    expect(badgeKeys()).toEqual(['tile:t1']); // the badge is updated, not doubled
    expect(badgeText(badges()[0]!)).toBe('ER 10% by views');
  });

  test('on a page with its own counts, a message with tile posts is not followed by a resend of the page alone', async () => {
    showPost('aaa', 10);
    const fake = start({ tiles: true });
    await settle(2_000);
    expect(sent).toHaveLength(1);
    addTile('t1', 1_000, 50);
    await settle(2_000);
    expect(sent.map((message) => message.reading.posts.map((post) => post.id))).toEqual([['aaa'], ['aaa', 't1']]);
    const readsBefore = fake.readCalls.length;
    document.body.append(document.createElement('div')); // more reads: nothing changed, nothing to send
    await settle(2_000);
    expect(fake.readCalls.length).toBeGreaterThan(readsBefore);
    expect(sent).toHaveLength(2);
    setLikes(11); // a change of the page's own counts still is one
    await settle();
    expect(sent.map((message) => message.reading.posts.map((post) => post.id))).toEqual([['aaa'], ['aaa', 't1'], ['aaa']]);
  });

  test('a tile read again with the same counts is not sent again', async () => {
    goTo('/feed/subscriptions');
    const tile = addTile('t1', 1_000, 50);
    const fake = start({ tiles: true });
    await settle(2_000);
    expect(sent).toHaveLength(1);
    tile.append(document.createElement('img'));
    await settle(2_000);
    expect(fake.tileReads).toEqual(['t1', 't1']);
    expect(sent).toHaveLength(1);
  });

  test('a throwing tile reader is logged and the other tiles are still read', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50, { 'data-broken': '' });
    addTile('t2', 2_000, 20);
    start({ tiles: true });
    await settle();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('tile reader failed'), expect.any(Error));
    expect(sent[0]!.reading.posts.map((post) => post.id)).toEqual(['t2']);
  });

  test('a navigation forgets the tiles: the next visit carries the tiles still shown', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50);
    start({ tiles: true });
    await settle();
    history.pushState({}, '', '/feed/trending');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.visitId).not.toBe(sent[0]!.visitId);
    expect(sent[1]!.reading.posts.map((post) => post.id)).toEqual(['t1']);
    expect(badgeKeys()).toEqual(['tile:t1']);
  });
});

describe('runSite: whose tiles (the one tile path of lib/sites/page-tiles.ts)', () => {
  const followers = (count: number) => {
    const element = document.createElement('span');
    element.id = 'followers';
    element.textContent = String(count);
    document.body.append(element);
  };

  test('a feed tile whose markup names no author is never sent and gets no badge; one naming its author is', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50, { 'data-author': '' });
    addTile('t2', 2_000, 100);
    start({ tiles: true });
    await settle(2_000);
    expect(sent.map((message) => message.reading.posts.map((post) => [post.id, post.author?.handle]))).toEqual([[['t2', 'someone']]]);
    expect(badgeKeys()).toEqual(['tile:t2']);
    document.body.append(document.createElement('div'));
    await settle(2_000);
    expect(sent).toHaveLength(1);
  });

  test('on a creator\'s page, a tile in their own grid goes out under them once the page shows who they are; a tile elsewhere never', async () => {
    goTo('/@channel');
    const grid = document.createElement('section');
    grid.id = 'own-grid';
    document.body.append(grid);
    addTile('own', 1_000, 50, { 'data-author': '' }, grid);
    addTile('shelf', 2_000, 100, { 'data-author': '' });
    addTile('other', 3_000, 30, { 'data-author': 'otherchannel' });
    start({ tiles: true });
    await settle(2_000);
    // No creator yet: only the tile naming its own author.
    expect(sent.map((message) => message.reading.posts.map((post) => post.id))).toEqual([['other']]);
    followers(10_000);
    await settle(2_000);
    expect(sent.map((message) => message.reading.posts.map((post) => [post.id, post.author?.handle]))).toEqual([[['other', 'otherchannel']], [['own', 'channel']]]);
    document.body.append(document.createElement('div'));
    await settle(2_000);
    expect(sent).toHaveLength(2);
    expect(sent.flatMap((message) => message.reading.posts.map((post) => post.id))).not.toContain('shelf');
  });

  test('a reply that arrives after stop() shows no badge', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50);
    let answer: (reply: BackgroundReply) => void = () => undefined;
    site = runSite(fakeAdapter({ tiles: true }).adapter, {
      window,
      sendMessage: (message) => {
        sent.push(readingOf(message));
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await settle();
    site.stop();
    site = null;
    answer({ ok: true, badges: backgroundBadges(sent[0]!.reading) });
    await settle(100);
    expect(badgeKeys()).toEqual([]);
  });

  test('a tile element the site reuses for another post loses the old post\'s badge', async () => {
    goTo('/feed/subscriptions');
    const tile = addTile('t1', 1_000, 50);
    start({ tiles: true });
    await settle();
    expect(badgeKeys()).toEqual(['tile:t1']);
    tile.dataset.id = 't9';
    tile.dataset.likes = '5';
    tile.append(document.createElement('img')); // the site re-renders the tile for another video
    await settle(2_000);
    expect(badgeKeys()).toEqual(['tile:t9']);
    expect(badgeText(badges()[0]!)).toBe('ER 0.5% by views');
  });

  test('badges the background gives for an earlier visit are not shown on the next page', async () => {
    goTo('/feed/subscriptions');
    addTile('t1', 1_000, 50);
    let answer: (reply: BackgroundReply) => void = () => undefined;
    site = runSite(fakeAdapter({ tiles: true }).adapter, {
      window,
      sendMessage: (message) => {
        sent.push(readingOf(message));
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await settle();
    expect(sent).toHaveLength(1);
    history.pushState({}, '', '/feed/trending');
    window.dispatchEvent(new PopStateEvent('popstate'));
    answer({ ok: true, badges: backgroundBadges(sent[0]!.reading) }); // the old visit's reply arrives late
    await settle(100);
    expect(badgeKeys()).toEqual([]);
  });
});

describe('runSite: failures and stop', () => {
  test('a reader that throws is logged, not fatal: the next read after the page changes works', async () => {
    showPost('aaa', 10);
    const broken = document.createElement('div');
    broken.id = 'broken';
    document.body.append(broken);
    start();
    await settle();
    expect(sent).toEqual([]);
    expect(badges()).toEqual([]);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('reader failed'), expect.any(Error));
    expect(site!.readNow()).toBeNull();

    broken.remove();
    document.body.append(document.createElement('div'));
    await settle();
    expect(sent).toHaveLength(1);
    expect(badgeKeys()).toEqual(['post:aaa']);
  });

  test('stop() removes the badges and stops reading and sending', async () => {
    goTo('/watch?v=aaa');
    showPost('aaa', 10);
    addTile('t1', 1_000, 50);
    const fake = start({ tiles: true });
    await settle();
    expect(badgeKeys()).toEqual(['post:aaa', 'tile:t1']);
    const readsBefore = fake.readCalls.length;

    site!.stop();
    expect(badges()).toEqual([]);
    setLikes(99);
    addTile('t2', 1_000, 50);
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail: encodePageBridgeMessage({ kind: 'response', url: `${ORIGIN}/youtubei/v1/next`, body: '{}', at: 1 }) }));
    await settle(10_000);
    expect(fake.readCalls).toHaveLength(readsBefore);
    expect(fake.tileReads).toEqual(['t1']);
    expect(sent).toHaveLength(1);
    expect(badges()).toEqual([]);
    site = null;
  });

  test('stop() while the locale tables are still being built: nothing is read, badged or sent afterwards', async () => {
    document.documentElement.setAttribute('lang', 'de'); // tables built over several tasks
    try {
      showPost('aaa', 10);
      addTile('t1', 1_000, 50);
      const fake = start({ tiles: true });
      site!.stop();
      await settle(10_000);
      expect(fake.readCalls).toEqual([]);
      expect(fake.tileReads).toEqual([]);
      expect(badges()).toEqual([]);
      expect(sent).toEqual([]);
      site = null;
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  test('a mutation during the locale warm-up does not lose the first read', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    try {
      showPost('aaa', 10);
      const fake = start();
      document.body.append(document.createElement('div')); // a mutation during the warm-up
      await settle(2_000);
      expect(fake.readCalls.length).toBeGreaterThanOrEqual(1);
      expect(fake.readCalls[0]!.lang).toBe('fr');
      expect(sent).toHaveLength(1);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  test('stop() during the grace period of an empty reading: no read when it ends', async () => {
    showPost('aaa', null);
    const fake = start();
    await settle();
    const readsBefore = fake.readCalls.length;
    site!.stop();
    site = null;
    await settle(10_000);
    expect(fake.readCalls).toHaveLength(readsBefore);
    expect(sent).toEqual([]);
  });

  test('stop() also ends retries of a reading the background never acknowledged', async () => {
    showPost('aaa', 10);
    reply = undefined;
    start();
    await settle();
    const sentBefore = sent.length;
    expect(sentBefore).toBeGreaterThan(1); // it was being retried
    site!.stop();
    await settle(60_000);
    expect(sent).toHaveLength(sentBefore);
    site = null;
  });

  test('forged page-bridge events that fail their schema are reported in the visit\'s reading as an "invalid" problem', async () => {
    showPost('aaa', 10);
    start();
    await settle(2_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reading.problems).toEqual([]);
    document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail: '["response", 7]' }));
    await settle();
    // The forged event alone triggers a read, and the reading says so: reader health counts it.
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reading.problems).toEqual([
      { reader: 'youtube.watch', field: 'page-bridge', code: 'invalid', detail: '1 event(s)' },
    ]);
    // A new visit starts clean.
    window.history.pushState({}, '', '/watch?v=bbb');
    showPost('bbb', 20);
    await settle(2_000);
    expect(sent.at(-1)!.reading.url).toBe(`${ORIGIN}/watch?v=bbb`);
    expect(sent.at(-1)!.reading.problems).toEqual([]);
  });

  test('a page-bridge response schedules a read that sees it', async () => {
    showPost('aaa', 10);
    const fake = start();
    await settle(2_000);
    const readsBefore = fake.readCalls.length;
    expect(fake.readCalls.at(-1)!.responses).toEqual([]);
    document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail: encodePageBridgeMessage({ kind: 'response', url: `${ORIGIN}/youtubei/v1/next`, body: '{"n":1}', at: 5 }) }));
    await settle();
    expect(fake.readCalls).toHaveLength(readsBefore + 1);
    expect(fake.readCalls.at(-1)!.responses).toEqual([{ url: `${ORIGIN}/youtubei/v1/next`, json: { n: 1 }, at: 5 }]);
  });
});
