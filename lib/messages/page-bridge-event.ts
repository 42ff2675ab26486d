/**
 * The page bridge's wire format, kept apart from its schema so the page-world bridge carries no zod.
 * A message crosses worlds as the JSON string of a tuple, [kind, url, body, at]: a string detail survives Firefox's
 * world boundary (an object does not), and a tuple costs the content script ~0.9 kB less of zod than an object.
 */
export const PAGE_BRIDGE_EVENT = 'castlist:page-data';

/** The content script fires this once it listens: the bridge then replays what the page received before. */
export const PAGE_BRIDGE_READY_EVENT = 'castlist:ready';

export interface PageBridgeMessage {
  /** 'response': a response the page received; 'navigation': the page moved to another URL without loading. */
  kind: 'response' | 'navigation';
  /** The absolute URL the page requested, or navigated to. */
  url: string;
  /** The response body as text ('' for a navigation); parsed by the content script. */
  body: string;
  /** When (epoch ms). */
  at: number;
}

export function encodePageBridgeMessage(message: PageBridgeMessage): string {
  return JSON.stringify([message.kind, message.url, message.body, message.at]);
}
