/**
 * Runs in the page's own world (MAIN), at document_start, before the site's code keeps references to fetch and
 * XMLHttpRequest. It copies the responses the page itself receives from the watched endpoints, and the page's
 * navigation events, to Castlist's content script. It never changes a request or a response, never makes one of
 * its own, and restores everything it patched on teardown.
 *
 *   page fetch/XHR ──clone──▶ CustomEvent(JSON string) ──▶ content script (validates, parses, reads)
 */
import { PAGE_BRIDGE_EVENT, PAGE_BRIDGE_READY_EVENT, type PageBridgeMessage, encodePageBridgeMessage } from '../messages/page-bridge-event';
import { isWatchedRequest } from './watched-requests';

// Bodies larger than the content script accepts are not sent at all (see page-bridge-messages.ts).
const MAX_BODY_CHARS = 19_000_000;
const REPLAYED_MESSAGES = 12;

export function installPageBridge(window: Window & typeof globalThis): () => void {
  const { document, history } = window;
  // The site fetches its data as soon as it starts, often before the content script (document_idle) listens: the
  // last few messages are kept and replayed when it says it is ready.
  const recent: string[] = [];
  const dispatch = (detail: string) => document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail }));
  const post = (message: PageBridgeMessage) => {
    const detail = encodePageBridgeMessage(message);
    recent.push(detail);
    if (recent.length > REPLAYED_MESSAGES) recent.shift();
    dispatch(detail);
  };
  const replay = () => recent.forEach(dispatch);
  document.addEventListener(PAGE_BRIDGE_READY_EVENT, replay);
  const watched = (input: string | URL): URL | null => {
    try {
      const url = new URL(input, window.location.href);
      return isWatchedRequest(url) ? url : null;
    } catch {
      return null; // an unparseable request URL is not one of ours to read
    }
  };
  const forward = (url: URL, body: string) => {
    if (body.length <= MAX_BODY_CHARS) post({ kind: 'response', url: url.href, body, at: Date.now() });
  };

  const originalFetch = window.fetch;
  const patchedFetch: typeof window.fetch = function (this: unknown, input, init) {
    const result = originalFetch.call(this ?? window, input, init);
    const requestUrl = typeof input === 'string' || input instanceof URL ? input : input.url;
    const url = watched(requestUrl);
    if (url) {
      result
        .then((response) => (response.ok ? response.clone().text() : null))
        .then((body) => body !== null && forward(url, body))
        .catch((error: unknown) => console.debug('[Castlist] could not copy a page response', url.pathname, error));
    }
    return result;
  };
  window.fetch = patchedFetch;

  const xhrPrototype = window.XMLHttpRequest.prototype;
  const originalOpen = xhrPrototype.open;
  const requestUrls = new WeakMap<XMLHttpRequest, URL>();
  xhrPrototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    const url = watched(args[1]);
    if (url) {
      requestUrls.set(this, url);
      this.addEventListener('load', () => {
        if (this.status < 200 || this.status >= 300) return;
        if (this.responseType === '' || this.responseType === 'text') forward(url, this.responseText);
        else if (this.responseType === 'json' && this.response) forward(url, JSON.stringify(this.response));
      });
    }
    return originalOpen.apply(this, args as unknown as Parameters<typeof originalOpen>);
  } as typeof xhrPrototype.open;

  const navigated = () => post({ kind: 'navigation', url: window.location.href, body: '', at: Date.now() });
  const originalPushState = history.pushState;
  const originalReplaceState = history.replaceState;
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    const result = originalPushState.apply(this, args);
    navigated();
    return result;
  };
  history.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
    const before = window.location.href;
    const result = originalReplaceState.apply(this, args);
    if (window.location.href !== before) navigated();
    return result;
  };
  window.addEventListener('popstate', navigated);

  // YouTube hands the new page's data to its own app in this event; forward it as the responses it stands for.
  const onYouTubeNavigateFinish = (event: Event) => {
    const detail = (event as CustomEvent<{ response?: { response?: unknown; playerResponse?: unknown; url?: string } }>).detail;
    const response = detail?.response;
    const origin = window.location.origin;
    if (response?.response) forward(new URL('/youtubei/v1/navigate-finish/next-or-browse', origin), JSON.stringify(response.response));
    if (response?.playerResponse) forward(new URL('/youtubei/v1/navigate-finish/player', origin), JSON.stringify(response.playerResponse));
    navigated();
  };
  document.addEventListener('yt-navigate-finish', onYouTubeNavigateFinish);

  return () => {
    if (window.fetch === patchedFetch) window.fetch = originalFetch;
    xhrPrototype.open = originalOpen;
    history.pushState = originalPushState;
    history.replaceState = originalReplaceState;
    window.removeEventListener('popstate', navigated);
    document.removeEventListener('yt-navigate-finish', onYouTubeNavigateFinish);
    document.removeEventListener(PAGE_BRIDGE_READY_EVENT, replay);
  };
}
