/**
 * The content script's side of the page bridge: takes the page's forwarded responses and navigations, validates
 * them (the page could forge them), parses the bodies, and keeps the newest few for the readers. Readers check
 * that a response is about the current page, so responses are not dropped at navigation: YouTube fetches the next
 * page's data before it changes the URL.
 *
 * A forged event is the page talking, so it gets no more trust than the page: its time is clamped to the moment it
 * arrives (readers prefer the newest response, and a claim of "newer than now" would outrank every real one), and
 * events that fail their schema are counted per visit and reported in the reading as a reader problem ('invalid'),
 * so reader health shows a page that sends them.
 */
import { PAGE_BRIDGE_EVENT, PAGE_BRIDGE_READY_EVENT } from '../messages/page-bridge-event';
import { decodePageBridgeMessage } from '../messages/page-bridge-messages';
import type { ReaderProblem } from '../reading/reading';
import type { CapturedResponse } from '../sites/page-input';

const KEEP_RESPONSES = 12;

export interface PageDataInbox {
  responses(): readonly CapturedResponse[];
  stop(): void;
}

/** `onInvalid` hears of every event that fails its schema (run-site counts them per visit: pageBridgeProblem). */
export function listenToPageBridge(
  document: Document,
  onResponse: (response: CapturedResponse) => void,
  onNavigation: (url: string) => void,
  onInvalid: () => void,
): PageDataInbox {
  const kept: CapturedResponse[] = [];
  const listener = (event: Event) => {
    const message = decodePageBridgeMessage((event as CustomEvent<unknown>).detail);
    if (!message) {
      // Not logged: a page can send these by the thousand. Counted instead, and shown in reader health.
      onInvalid();
      return;
    }
    if (message.kind === 'navigation') {
      onNavigation(message.url);
      return;
    }
    for (const json of jsonDocuments(message.body)) {
      const response = { url: message.url, json, at: Math.min(message.at, Date.now()) };
      kept.push(response);
      if (kept.length > KEEP_RESPONSES) kept.splice(0, kept.length - KEEP_RESPONSES);
      onResponse(response);
    }
  };
  document.addEventListener(PAGE_BRIDGE_EVENT, listener);
  document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_READY_EVENT));
  return {
    responses: () => kept,
    stop: () => document.removeEventListener(PAGE_BRIDGE_EVENT, listener),
  };
}

/**
 * `count` page-bridge events of one visit that failed their schema, as a problem of the page's reader ("youtube.watch"):
 * reader health shows "YouTube watch reader degraded — page-bridge invalid: 3 event(s)".
 */
export function pageBridgeProblem(reader: string, count: number): ReaderProblem {
  return { reader, field: 'page-bridge', code: 'invalid', detail: `${count} event(s)` };
}

/**
 * The JSON documents of a body: one, or one per line when the site streams results (Instagram's GraphQL sends
 * incremental payloads so), after the anti-hijacking prefix "for (;;);". Anything else (an HTML error page) is none.
 */
function jsonDocuments(body: string): unknown[] {
  const text = body.replace(/^for \(;;\);/, '');
  const parse = (part: string) => {
    try {
      return [JSON.parse(part)];
    } catch {
      return []; // not JSON: nothing for the readers
    }
  };
  const whole = parse(text);
  return whole.length ? whole : text.split('\n').flatMap((line) => (line.trim() ? parse(line) : []));
}
