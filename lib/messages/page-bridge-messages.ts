/**
 * What the page-world bridge (entrypoints/page-bridge.content.ts) hands to the content script: a response the
 * page itself received, or the page's own navigation. The page can forge these events, so the content script
 * validates each against this schema before use (wire format: page-bridge-event.ts).
 */
import * as z from 'zod/mini';
import type { PageBridgeMessage } from './page-bridge-event';

export { PAGE_BRIDGE_EVENT, PAGE_BRIDGE_READY_EVENT, type PageBridgeMessage, encodePageBridgeMessage } from './page-bridge-event';

/** Larger events are dropped before parsing (page-data-inbox.ts): a response body the readers never need. */
export const MAX_PAGE_BRIDGE_EVENT_CHARS = 20_000_000;

/** [kind, url, body, at] */
export const pageBridgeWire = z.tuple([z.string(), z.string(), z.string(), z.number()]);

/** The message in an event's detail, or null when it is not one (not JSON, wrong shape, unknown kind). */
export function decodePageBridgeMessage(detail: unknown): PageBridgeMessage | null {
  if (typeof detail !== 'string' || detail.length > MAX_PAGE_BRIDGE_EVENT_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(detail);
  } catch {
    return null; // not JSON: not one of ours
  }
  const parsed = pageBridgeWire.safeParse(raw);
  if (!parsed.success) return null;
  const [kind, url, body, at] = parsed.data;
  return kind === 'response' || kind === 'navigation' ? { kind, url, body, at } : null;
}
