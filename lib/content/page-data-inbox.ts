/**
 * The content script's side of the page bridge: takes the page's forwarded responses and navigations, validates
 * them (the page could forge them), parses the bodies, and keeps the newest few for the readers. Readers check
 * that a response is about the current page, so responses are not dropped at navigation: YouTube fetches the next
 * page's data before it changes the URL.
 */
import { PAGE_BRIDGE_EVENT, PAGE_BRIDGE_READY_EVENT } from '../messages/page-bridge-event';
import { decodePageBridgeMessage } from '../messages/page-bridge-messages';
import type { CapturedResponse } from '../sites/page-input';

const KEEP_RESPONSES = 12;

export interface PageDataInbox {
  responses(): readonly CapturedResponse[];
  stop(): void;
}

export function listenToPageBridge(
  document: Document,
  onResponse: (response: CapturedResponse) => void,
  onNavigation: (url: string) => void,
): PageDataInbox {
  const kept: CapturedResponse[] = [];
  const listener = (event: Event) => {
    const message = decodePageBridgeMessage((event as CustomEvent<unknown>).detail);
    if (!message) {
      console.warn('[Castlist] ignored a page-bridge event that is not one of ours');
      return;
    }
    if (message.kind === 'navigation') {
      onNavigation(message.url);
      return;
    }
    for (const json of jsonDocuments(message.body)) {
      const response = { url: message.url, json, at: message.at };
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
