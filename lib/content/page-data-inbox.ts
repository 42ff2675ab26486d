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
  /** The events that failed their schema since the visit began, as a problem of `reader`; null when none did. */
  problem(reader: string): ReaderProblem | null;
  /** A new visit: its count of invalid events starts at zero. */
  startVisit(): void;
  stop(): void;
}

export interface PageBridgeOptions {
  /** The clock (tests pin it). */
  now?: () => number;
  /** An event failed its schema. */
  onInvalid?: () => void;
}

export function listenToPageBridge(
  document: Document,
  onResponse: (response: CapturedResponse) => void,
  onNavigation: (url: string) => void,
  { now = Date.now, onInvalid }: PageBridgeOptions = {},
): PageDataInbox {
  const kept: CapturedResponse[] = [];
  let invalidEvents = 0;
  const listener = (event: Event) => {
    const message = decodePageBridgeMessage((event as CustomEvent<unknown>).detail);
    if (!message) {
      invalidEvents++;
      console.warn('[Castlist] ignored a page-bridge event that is not one of ours');
      onInvalid?.();
      return;
    }
    if (message.kind === 'navigation') {
      onNavigation(message.url);
      return;
    }
    for (const json of jsonDocuments(message.body)) {
      const response = { url: message.url, json, at: Math.min(message.at, now()) };
      kept.push(response);
      if (kept.length > KEEP_RESPONSES) kept.splice(0, kept.length - KEEP_RESPONSES);
      onResponse(response);
    }
  };
  document.addEventListener(PAGE_BRIDGE_EVENT, listener);
  document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_READY_EVENT));
  return {
    responses: () => kept,
    problem: (reader) =>
      invalidEvents === 0
        ? null
        : { reader: `${reader}.page-bridge`, field: 'page-data', code: 'invalid', detail: `page-bridge: ${invalidEvents} event(s) on this page failed their schema (forged by the page, or not ours)` },
    startVisit: () => {
      invalidEvents = 0;
    },
    stop: () => document.removeEventListener(PAGE_BRIDGE_EVENT, listener),
  };
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
