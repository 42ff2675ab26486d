/**
 * The page bridge end to end in a happy-dom Window: the page-world side (installPageBridge) over a fake fetch and
 * happy-dom's XMLHttpRequest, the content-script side (listenToPageBridge) validating and parsing what arrives,
 * and the table of watched endpoints.
 */
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listenToPageBridge, pageBridgeProblem, type PageDataInbox } from '../../lib/content/page-data-inbox';
import { PAGE_BRIDGE_EVENT, encodePageBridgeMessage } from '../../lib/messages/page-bridge-event';
import { installPageBridge } from '../../lib/page-bridge/install-page-bridge';
import { isWatchedRequest } from '../../lib/page-bridge/watched-requests';
import type { CapturedResponse } from '../../lib/sites/page-input';

/** The page's window as the bridge sees it (happy-dom's own types differ from lib.dom's in details). */
type PageWindow = Window & typeof globalThis;

const NEXT_URL = 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false';
const LOG_URL = 'https://www.youtube.com/youtubei/v1/log_event?alt=json';
const NEXT_BODY = { contents: { videoId: 'dQw4w9WgXcQ' }, likes: 48_321 };

interface Page {
  happy: HappyWindow;
  window: PageWindow;
  /** What the fake network answers, by URL; the default is 200 with NEXT_BODY. */
  answers: Map<string, () => Response>;
  fetchCalls: Array<{ input: unknown; init: unknown; self: unknown }>;
  originalFetch: typeof fetch;
  responses: CapturedResponse[];
  navigations: string[];
  inbox: PageDataInbox;
  /** Events the inbox reported invalid. */
  invalid: number;
  teardown: () => void;
}

let page: Page;
let warn: ReturnType<typeof vi.spyOn>;

function openPage(url = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'): Page {
  const happy = new HappyWindow({ url });
  const window = happy as unknown as PageWindow;
  const answers = new Map<string, () => Response>();
  const fetchCalls: Page['fetchCalls'] = [];
  const originalFetch = async function (this: unknown, input: unknown, init: unknown) {
    fetchCalls.push({ input, init, self: this });
    const href = input instanceof URL ? input.href : typeof input === 'string' ? new URL(input, url).href : (input as Request).url;
    const answer = answers.get(href);
    return answer ? answer() : new Response(JSON.stringify(NEXT_BODY), { status: 200 });
  } as typeof fetch;
  window.fetch = originalFetch;
  const responses: CapturedResponse[] = [];
  const navigations: string[] = [];
  // The content script's side listens on the same document, as the isolated world does in the browser.
  const opened = { invalid: 0 };
  const inbox = listenToPageBridge(
    window.document,
    (response) => responses.push(response),
    (href) => navigations.push(href),
    () => opened.invalid++,
  );
  const teardown = installPageBridge(window);
  return Object.assign(opened, { happy, window, answers, fetchCalls, originalFetch, responses, navigations, inbox, teardown });
}

/** Gives the bridge time to copy a response (clone → text → event) that should not arrive, or not arrive twice. */
const copied = () => new Promise<void>((resolve) => setTimeout(resolve, 10));
/** Waits (up to vitest's waitFor timeout, not a fixed 10 ms) for what should arrive: a 19 MB body is slow on a loaded machine. */
const arrived = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true), { timeout: 10_000, interval: 5 });

function forge(detail: unknown) {
  page.window.document.dispatchEvent(new page.window.CustomEvent(PAGE_BRIDGE_EVENT, { detail }));
}

/** A well-formed response message as the bridge would send it. */
const responseMessage = (url: string, body: string, at = 1_000) => encodePageBridgeMessage({ kind: 'response', url, body, at });
/** The wire form [kind, url, body, at], for forging malformed events. */
const wire = (...parts: unknown[]) => JSON.stringify(parts);

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  page = openPage();
});

afterEach(async () => {
  page.teardown();
  page.inbox.stop();
  await page.happy.happyDOM.close();
  vi.restoreAllMocks();
});

describe('fetch', () => {
  test('a watched response is forwarded as a JSON-string event and arrives parsed (url, json, at)', async () => {
    const events: unknown[] = [];
    page.window.document.addEventListener(PAGE_BRIDGE_EVENT, (event) => events.push((event as CustomEvent).detail));
    const before = Date.now();
    await page.window.fetch(NEXT_URL, { method: 'POST' });
    await arrived(() => page.responses.length === 1);

    expect(events).toHaveLength(1);
    expect(typeof events[0]).toBe('string'); // an object detail does not cross Firefox's world boundary
    expect((JSON.parse(events[0] as string) as unknown[]).slice(0, 3)).toEqual(['response', NEXT_URL, JSON.stringify(NEXT_BODY)]);

    expect(page.responses).toHaveLength(1);
    const [response] = page.responses;
    expect(response!.url).toBe(NEXT_URL);
    expect(response!.json).toEqual(NEXT_BODY);
    expect(response!.at).toBeGreaterThanOrEqual(before);
    expect(response!.at).toBeLessThanOrEqual(Date.now());
    expect(page.inbox.responses()).toEqual([response]);
  });

  test.each([
    ['a relative URL string', '/youtubei/v1/browse?key=x', 'https://www.youtube.com/youtubei/v1/browse?key=x'],
    ['a URL object', new URL('https://www.youtube.com/youtubei/v1/player'), 'https://www.youtube.com/youtubei/v1/player'],
    ['a Request', new Request('https://www.youtube.com/youtubei/v1/search', { method: 'POST' }), 'https://www.youtube.com/youtubei/v1/search'],
  ])('the request may be %s', async (_name, input, expected) => {
    await page.window.fetch(input as RequestInfo);
    await arrived(() => page.responses.length === 1);
    expect(page.responses.map((response) => response.url)).toEqual([expected]);
  });

  test('the page gets its own response, unchanged and still readable, from the original fetch with its arguments', async () => {
    const original = new Response('{"page":"data"}', { status: 200, headers: { 'x-test': '1' } });
    page.answers.set(NEXT_URL, () => original);
    const init = { method: 'POST', body: '{}' };
    const received = await page.window.fetch(NEXT_URL, init);
    expect(received).toBe(original);
    expect(await received.text()).toBe('{"page":"data"}'); // the bridge read a clone, not the page's body
    expect(page.fetchCalls).toEqual([{ input: NEXT_URL, init, self: page.window }]);
    await arrived(() => page.responses.length === 1);
    expect(page.responses.map((response) => response.json)).toEqual([{ page: 'data' }]);
  });

  test('a failed page request still rejects for the page, and nothing is forwarded', async () => {
    page.answers.set(NEXT_URL, () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(page.window.fetch(NEXT_URL)).rejects.toThrow('Failed to fetch');
    await copied();
    expect(page.responses).toEqual([]);
  });

  test('an unwatched URL is not forwarded (and its response is left alone)', async () => {
    const original = new Response('{"a":1}', { status: 200 });
    page.answers.set(LOG_URL, () => original);
    const received = await page.window.fetch(LOG_URL);
    expect(received).toBe(original);
    expect(received.bodyUsed).toBe(false);
    await copied();
    expect(page.responses).toEqual([]);
  });

  test.each([404, 500, 302])('a response with status %i is not forwarded', async (status) => {
    page.answers.set(NEXT_URL, () => new Response(status === 302 ? null : '{"error":true}', { status }));
    const received = await page.window.fetch(NEXT_URL);
    expect(received.status).toBe(status);
    await copied();
    expect(page.responses).toEqual([]);
  });

  test('a body that is not JSON is forwarded but not kept by the inbox', async () => {
    const events: unknown[] = [];
    page.window.document.addEventListener(PAGE_BRIDGE_EVENT, (event) => events.push((event as CustomEvent).detail));
    page.answers.set(NEXT_URL, () => new Response('<html>rate limited</html>', { status: 200 }));
    await page.window.fetch(NEXT_URL);
    await arrived(() => events.length === 1);
    await copied();
    expect(events).toHaveLength(1);
    expect(page.responses).toEqual([]);
    expect(page.inbox.responses()).toEqual([]);
  });

  test.each([
    [19_000_000, 1],
    [19_000_001, 0],
  ])('a body of %i characters is sent %i times (larger ones not at all)', async (length, times) => {
    const events: unknown[] = [];
    page.window.document.addEventListener(PAGE_BRIDGE_EVENT, (event) => events.push((event as CustomEvent).detail));
    const body = `"${'x'.repeat(length - 2)}"`; // valid JSON of exactly `length` characters
    page.answers.set(NEXT_URL, () => new Response(body, { status: 200 }));
    await page.window.fetch(NEXT_URL);
    await arrived(() => page.responses.length === times);
    await copied();
    expect(events).toHaveLength(times);
    expect(page.responses).toHaveLength(times);
  });
});

describe('XMLHttpRequest', () => {
  /** An XHR the page opened through the patched open(), finished by hand with the given result. */
  function finishXhr(url: string, result: { status: number; responseType?: XMLHttpRequestResponseType; responseText?: string; response?: unknown }) {
    const xhr = new page.window.XMLHttpRequest();
    xhr.open('POST', url, true);
    expect(xhr.readyState).toBe(1); // the original open() ran
    Object.defineProperty(xhr, 'status', { value: result.status });
    Object.defineProperty(xhr, 'responseType', { value: result.responseType ?? '' });
    Object.defineProperty(xhr, 'responseText', { value: result.responseText ?? '' });
    Object.defineProperty(xhr, 'response', { value: result.response ?? result.responseText ?? '' });
    xhr.dispatchEvent(new page.window.Event('load'));
  }

  test.each([
    ['text', { status: 200, responseType: '' as const, responseText: '{"via":"xhr"}' }],
    ['explicit text', { status: 200, responseType: 'text' as const, responseText: '{"via":"xhr"}' }],
    ['json', { status: 200, responseType: 'json' as const, response: { via: 'xhr' } }],
  ])('a watched %s response is forwarded', async (_name, result) => {
    finishXhr('https://www.tiktok.com/api/post/item_list/?secUid=abc', result);
    await arrived(() => page.responses.length === 1);
    expect(page.responses.map(({ url, json }) => ({ url, json }))).toEqual([
      { url: 'https://www.tiktok.com/api/post/item_list/?secUid=abc', json: { via: 'xhr' } },
    ]);
  });

  test.each([
    ['an unwatched URL', 'https://www.tiktok.com/api/im/unread/', { status: 200, responseText: '{"a":1}' }],
    ['a 404', 'https://www.tiktok.com/api/post/item_list/', { status: 404, responseText: '{"a":1}' }],
    ['a 199', 'https://www.tiktok.com/api/post/item_list/', { status: 199, responseText: '{"a":1}' }],
    ['a 300', 'https://www.tiktok.com/api/post/item_list/', { status: 300, responseText: '{"a":1}' }],
    ['a blob', 'https://www.tiktok.com/api/post/item_list/', { status: 200, responseType: 'blob' as const, response: {} }],
    ['an empty json response', 'https://www.tiktok.com/api/post/item_list/', { status: 200, responseType: 'json' as const, response: null }],
  ])('%s is not forwarded', async (_name, url, result) => {
    finishXhr(url, result);
    await copied();
    expect(page.responses).toEqual([]);
  });
});

describe('navigation', () => {
  test('pushState and a URL-changing replaceState are navigations; a same-URL replaceState is not', () => {
    const { history } = page.window;
    history.pushState({}, '', '/watch?v=second');
    expect(page.window.location.href).toBe('https://www.youtube.com/watch?v=second'); // the original ran
    history.replaceState({ state: 1 }, '', '/watch?v=second');
    history.replaceState({}, '', '/watch?v=third');
    expect(page.navigations).toEqual(['https://www.youtube.com/watch?v=second', 'https://www.youtube.com/watch?v=third']);
    expect(history.state).toEqual({});
  });

  test('popstate is a navigation to the current URL', () => {
    page.window.history.pushState({}, '', '/@channel');
    page.navigations.length = 0;
    page.window.dispatchEvent(new page.window.PopStateEvent('popstate', { state: null }));
    expect(page.navigations).toEqual(['https://www.youtube.com/@channel']);
  });

  test('yt-navigate-finish forwards the page data as two responses, then the navigation', () => {
    const order: string[] = [];
    page.window.document.addEventListener(PAGE_BRIDGE_EVENT, (event) => order.push((JSON.parse((event as CustomEvent).detail as string) as string[])[0]!));
    const response = { contents: { twoColumnWatchNextResults: {} } };
    const playerResponse = { videoDetails: { videoId: 'abc', viewCount: '1234567' } };
    page.window.document.dispatchEvent(
      new page.window.CustomEvent('yt-navigate-finish', { detail: { response: { response, playerResponse, url: '/watch?v=abc' } } }),
    );
    expect(page.responses.map(({ url, json }) => ({ url, json }))).toEqual([
      { url: 'https://www.youtube.com/youtubei/v1/navigate-finish/next-or-browse', json: response },
      { url: 'https://www.youtube.com/youtubei/v1/navigate-finish/player', json: playerResponse },
    ]);
    expect(page.navigations).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
    expect(order).toEqual(['response', 'response', 'navigation']);
  });

  test.each([
    ['no detail', undefined],
    ['no response', {}],
    ['an empty response', { response: {} }],
  ])('yt-navigate-finish with %s is only a navigation', (_name, detail) => {
    page.window.document.dispatchEvent(new page.window.CustomEvent('yt-navigate-finish', { detail }));
    expect(page.responses).toEqual([]);
    expect(page.navigations).toHaveLength(1);
  });

  test('only playerResponse: one response', () => {
    page.window.document.dispatchEvent(new page.window.CustomEvent('yt-navigate-finish', { detail: { response: { playerResponse: { a: 1 } } } }));
    expect(page.responses.map((response) => response.url)).toEqual(['https://www.youtube.com/youtubei/v1/navigate-finish/player']);
  });
});

describe('the inbox ignores forged and malformed events', () => {
  test.each([
    ['an object detail', ['response', NEXT_URL, '{}', 1]],
    ['the object form', JSON.stringify({ kind: 'response', url: NEXT_URL, body: '{}', at: 1 })],
    ['no detail', null],
    ['a number', 42],
    ['invalid JSON', '["response",'],
    ['an unknown kind', wire('script', NEXT_URL, '{}', 1)],
    ['a missing url', wire('response', '{}', 1)],
    ['a numeric url', wire('response', 7, '{}', 1)],
    ['a string at', wire('response', NEXT_URL, '{}', 'now')],
    ['a navigation without url', wire('navigation', '', 1)],
    ['a nested array', JSON.stringify([['response', NEXT_URL, '{}', 1]])],
    ['extra parts', wire('response', NEXT_URL, '{}', 1, 'more')],
    ['a body that is not JSON', responseMessage(NEXT_URL, 'not json')],
    ['an object body', wire('response', NEXT_URL, { a: 1 }, 1)],
    ['a response without body', wire('response', NEXT_URL, 1)],
  ])('%s', (_name, detail) => {
    forge(detail);
    expect(page.responses).toEqual([]);
    expect(page.navigations).toEqual([]);
    expect(page.inbox.responses()).toEqual([]);
  });

  test('malformed events are counted as invalid; a well-formed one right after is taken', () => {
    forge('["response",');
    forge(wire('response', 1, '', 1));
    expect(page.invalid).toBe(2);
    forge(responseMessage(NEXT_URL, '{"ok":1}', 5));
    expect(page.responses).toEqual([{ url: NEXT_URL, json: { ok: 1 }, at: 5 }]);
  });

  test('an event over the size limit is dropped before parsing', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const body = `"${'x'.repeat(20_000_000)}"`;
    forge(responseMessage(NEXT_URL, body));
    expect(parse).not.toHaveBeenCalled();
    expect(page.responses).toEqual([]);
    parse.mockRestore();
    forge(responseMessage(NEXT_URL, `"${'x'.repeat(1_000)}"`));
    expect(page.responses).toHaveLength(1);
  });

  test('a forged navigation is passed on (the content script checks the URL itself)', () => {
    forge(encodePageBridgeMessage({ kind: 'navigation', url: 'https://www.youtube.com/@other', body: '', at: 1 }));
    expect(page.navigations).toEqual(['https://www.youtube.com/@other']);
    expect(page.responses).toEqual([]);
  });
});

describe('a forged event gets no more trust than the page', () => {
  test('a timestamp from the future is clamped to the moment the event arrives, so it cannot outrank later real ones', () => {
    const arrival = Date.now();
    forge(responseMessage(NEXT_URL, '{"forged":1}', arrival + 3_600_000));
    forge(responseMessage(NEXT_URL, '{"forged":2}', Number.MAX_SAFE_INTEGER));
    const [first, second] = page.inbox.responses();
    expect(first!.at).toBeGreaterThanOrEqual(arrival);
    expect(first!.at).toBeLessThanOrEqual(Date.now());
    expect(second!.at).toBeLessThanOrEqual(Date.now());
  });

  test('with a pinned clock: the future is cut to now, the past is kept as sent', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 50_000 });
    try {
      forge(responseMessage(NEXT_URL, '{"n":1}', 90_000));
      forge(responseMessage(NEXT_URL, '{"n":2}', 20_000));
      expect(page.inbox.responses().map((response) => response.at)).toEqual([50_000, 20_000]);
      expect(page.responses.map((response) => response.at)).toEqual([50_000, 20_000]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('every event that fails its schema is reported to onInvalid; a valid one is not', () => {
    forge('["response",');
    forge(wire('response', 7, '{}', 1));
    forge(responseMessage(NEXT_URL, '{"ok":1}'));
    expect(page.invalid).toBe(2);
  });

  test('the count of a visit\'s invalid events is an "invalid" problem of the page\'s reader', () => {
    expect(pageBridgeProblem('youtube.watch', 2)).toEqual({
      reader: 'youtube.watch',
      field: 'page-bridge',
      code: 'invalid',
      detail: '2 event(s)',
    });
  });
});

describe('the inbox', () => {
  test('keeps only the newest 12 responses, oldest first, and hands every one to onResponse', () => {
    for (let i = 1; i <= 15; i++) forge(responseMessage(`${NEXT_URL}&n=${i}`, JSON.stringify({ n: i }), i));
    expect(page.responses).toHaveLength(15);
    expect(page.inbox.responses().map((response) => response.json)).toEqual(Array.from({ length: 12 }, (_, i) => ({ n: i + 4 })));
  });

  test('keeps all of up to 12', () => {
    for (let i = 1; i <= 12; i++) forge(responseMessage(NEXT_URL, JSON.stringify({ n: i }), i));
    expect(page.inbox.responses().map((response) => (response.json as { n: number }).n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test('responses are kept across navigations', () => {
    forge(responseMessage(NEXT_URL, '{"n":1}'));
    page.window.history.pushState({}, '', '/watch?v=next');
    expect(page.inbox.responses()).toHaveLength(1);
  });

  test('stop() stops listening', () => {
    page.inbox.stop();
    forge(responseMessage(NEXT_URL, '{"n":1}'));
    forge(encodePageBridgeMessage({ kind: 'navigation', url: 'https://www.youtube.com/', body: '', at: 1 }));
    expect(page.responses).toEqual([]);
    expect(page.navigations).toEqual([]);
  });
});

describe('teardown', () => {
  test('restores fetch, XMLHttpRequest.prototype.open and the history methods, and stops listening', async () => {
    const { window } = page;
    const patchedFetch = window.fetch;
    const patchedPush = window.history.pushState;
    expect(patchedFetch).not.toBe(page.originalFetch);
    page.teardown();

    expect(window.fetch).toBe(page.originalFetch);
    expect(window.history.pushState).not.toBe(patchedPush);

    await window.fetch(NEXT_URL);
    const xhr = new window.XMLHttpRequest();
    xhr.open('GET', NEXT_URL);
    Object.defineProperty(xhr, 'status', { value: 200 });
    Object.defineProperty(xhr, 'responseText', { value: '{}' });
    xhr.dispatchEvent(new window.Event('load'));
    window.history.pushState({}, '', '/watch?v=after');
    window.history.replaceState({}, '', '/watch?v=after2');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    window.document.dispatchEvent(new window.CustomEvent('yt-navigate-finish', { detail: { response: { response: { a: 1 } } } }));
    await copied();
    expect(page.responses).toEqual([]);
    expect(page.navigations).toEqual([]);
    expect(window.location.href).toBe('https://www.youtube.com/watch?v=after2');
  });

  test('restores exactly the functions it replaced', () => {
    const happy = new HappyWindow({ url: 'https://www.youtube.com/' });
    const fresh = happy as unknown as PageWindow;
    const fetchBefore = (async () => new Response('{}')) as typeof fetch;
    fresh.fetch = fetchBefore;
    const openBefore = fresh.XMLHttpRequest.prototype.open;
    const pushBefore = fresh.history.pushState;
    const replaceBefore = fresh.history.replaceState;
    const teardown = installPageBridge(fresh);
    expect([fresh.fetch, fresh.XMLHttpRequest.prototype.open, fresh.history.pushState, fresh.history.replaceState]).not.toContain(fetchBefore);
    expect(fresh.XMLHttpRequest.prototype.open).not.toBe(openBefore);
    expect(fresh.history.pushState).not.toBe(pushBefore);
    expect(fresh.history.replaceState).not.toBe(replaceBefore);
    teardown();
    expect(fresh.fetch).toBe(fetchBefore);
    expect(fresh.XMLHttpRequest.prototype.open).toBe(openBefore);
    expect(fresh.history.pushState).toBe(pushBefore);
    expect(fresh.history.replaceState).toBe(replaceBefore);
    void happy.happyDOM.close();
  });

  test('a fetch the site patched after the bridge is left in place', () => {
    const sitePatch = (async () => new Response('{}')) as typeof fetch;
    page.window.fetch = sitePatch;
    page.teardown();
    expect(page.window.fetch).toBe(sitePatch);
  });
});

describe('isWatchedRequest', () => {
  test.each([
    // YouTube InnerTube
    'https://www.youtube.com/youtubei/v1/next?prettyPrint=false',
    'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
    'https://www.youtube.com/youtubei/v1/player?prettyPrint=false',
    'https://www.youtube.com/youtubei/v1/search?prettyPrint=false',
    'https://www.youtube.com/youtubei/v1/reel/reel_item_watch?prettyPrint=false',
    'https://m.youtube.com/youtubei/v1/next?key=x',
    'https://youtube.com/youtubei/v1/browse',
    // TikTok
    'https://www.tiktok.com/api/user/detail/?uniqueId=khaby.lame&aid=1988',
    'https://www.tiktok.com/api/post/item_list/?secUid=MS4w&count=35&cursor=0',
    'https://www.tiktok.com/api/item/detail/?itemId=7300000000000000000',
    'https://www.tiktok.com/api/comment/list/?aweme_id=7300000000000000000&count=20',
    'https://www.tiktok.com/api/recommend/item_list/?count=30',
    'https://www.tiktok.com/api/related/item_list/?itemID=1',
    'https://www.tiktok.com/api/search/general/full/?keyword=cats',
    'https://www.tiktok.com/api/search/item/full/?keyword=cats',
    'https://www.tiktok.com/api/repost/item_list/?secUid=MS4w',
    'https://www.tiktok.com/api/creator/item_list/?secUid=MS4w',
    'https://m.tiktok.com/api/item/detail/?itemId=1',
    // Instagram
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/api/graphql',
    'https://www.instagram.com/api/v1/users/web_profile_info/?username=natgeo',
    'https://www.instagram.com/api/v1/media/3141592653589793238/info/',
    'https://www.instagram.com/api/v1/media/3141592653589793238/comments/?can_support_threading=true',
    'https://www.instagram.com/api/v1/feed/user/787132/?count=12',
    'https://www.instagram.com/api/v1/feed/timeline/',
    'https://www.instagram.com/api/v1/clips/user/',
    'https://i.instagram.com/api/v1/users/web_profile_info/?username=natgeo',
    // X
    'https://x.com/i/api/graphql/G3KGOASz96M-Qu0nwmGXNg/UserByScreenName?variables=%7B%22screen_name%22%3A%22nasa%22%7D',
    'https://x.com/i/api/graphql/abc/UserByRestId?variables=%7B%7D',
    'https://x.com/i/api/graphql/nBS-WpgA6ZG0CyNHD517JQ/TweetDetail?variables=%7B%7D',
    'https://x.com/i/api/graphql/abc/TweetResultByRestId',
    'https://x.com/i/api/graphql/abc/UserTweets',
    'https://x.com/i/api/graphql/abc/UserTweetsAndReplies',
    'https://x.com/i/api/graphql/abc/UserMedia',
    'https://x.com/i/api/graphql/abc/HomeTimeline',
    'https://x.com/i/api/graphql/abc/HomeLatestTimeline',
    'https://x.com/i/api/graphql/abc/SearchTimeline?variables=%7B%7D',
    'https://x.com/i/api/graphql/abc/ListLatestTweetsTimeline',
    'https://x.com/i/api/graphql/abc/Likes',
    'https://twitter.com/i/api/graphql/abc/TweetDetail',
    'https://mobile.twitter.com/i/api/graphql/abc/UserByScreenName',
    // LinkedIn
    'https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=satyanadella',
    'https://www.linkedin.com/voyager/api/graphql?queryId=voyagerFeedDashProfileUpdates.abc&variables=(count:20)',
    'https://www.linkedin.com/voyager/api/feed/updatesV2?count=10',
  ])('watches %s', (url) => {
    expect(isWatchedRequest(new URL(url))).toBe(true);
  });

  test.each([
    // other requests of the same sites
    'https://www.youtube.com/youtubei/v1/log_event?alt=json',
    'https://www.youtube.com/youtubei/v1/att/get',
    'https://www.youtube.com/youtubei/v1/nextPage',
    'https://www.youtube.com/api/stats/watchtime?ns=yt',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/v1/youtubei/next',
    'https://www.tiktok.com/api/im/unread/',
    'https://www.tiktok.com/api/user/detail_v2/',
    'https://www.tiktok.com/api/search/user/full/?keyword=cats',
    'https://www.tiktok.com/@khaby.lame',
    'https://www.instagram.com/api/v1/media/abc/info/',
    'https://www.instagram.com/api/v1/users/787132/info/',
    'https://www.instagram.com/graphql/queryx',
    'https://www.instagram.com/ajax/bz',
    'https://x.com/i/api/graphql/abc/CreateTweet',
    'https://x.com/i/api/graphql/abc/UserByScreenNameV2',
    'https://x.com/i/api/graphql/abc/LikesTimeline',
    'https://x.com/i/api/graphql/UserByScreenName',
    'https://x.com/i/api/2/notifications/all.json',
    'https://api.x.com/graphql/abc/UserByScreenName',
    'https://www.linkedin.com/voyager/api',
    'https://www.linkedin.com/voyager/apix/feed',
    'https://www.linkedin.com/li/track',
    // the right path on the wrong host
    'https://www.youtube.com.evil.example/youtubei/v1/next',
    'https://notyoutube.com/youtubei/v1/next',
    'https://www.youtube-nocookie.com/youtubei/v1/player',
    'https://tiktok.com.example/api/item/detail/',
    'https://nottiktok.com/api/item/detail/',
    'https://box.com/i/api/graphql/abc/TweetDetail',
    'https://instagram.com.evil.example/graphql/query',
    'https://www.linkedin.com.cn.example/voyager/api/feed',
    'https://www.instagram.com/youtubei/v1/next',
    'https://www.youtube.com/voyager/api/feed',
  ])('ignores %s', (url) => {
    expect(isWatchedRequest(new URL(url))).toBe(false);
  });
});
