/**
 * What the page-world bridge (entrypoints/page-bridge.content.ts) hands to the content script: a response the
 * page itself received, or the page's own navigation. The page can forge these events, so the content script
 * validates each against this schema before use (wire format: page-bridge-event.ts).
 *
 * The schema is built from zod's core classes, the ones zod/mini's z.tuple(), z.string() and z.number() construct
 * and that parse alike: zod/mini's wrappers add methods (parse, refine, encode, …) that the content script never
 * calls, and they cost every content script ~0.75 kB gzip of its 20 kB budget.
 */
import * as core from 'zod/v4/core';
import type { PageBridgeMessage } from './page-bridge-event';

export { PAGE_BRIDGE_EVENT, PAGE_BRIDGE_READY_EVENT, type PageBridgeMessage, encodePageBridgeMessage } from './page-bridge-event';

/** Larger events are dropped before parsing (page-data-inbox.ts): a response body the readers never need. */
export const MAX_PAGE_BRIDGE_EVENT_CHARS = 20_000_000;

const string = () => new core.$ZodString({ type: 'string' });

/** [kind, url, body, at] (the constructor's type does not carry the items: named here) */
export const pageBridgeWire = new core.$ZodTuple({
  type: 'tuple',
  items: [string(), string(), string(), new core.$ZodNumber({ type: 'number' })],
  rest: null,
}) as core.$ZodTuple<[core.$ZodString, core.$ZodString, core.$ZodString, core.$ZodNumber], null>;

/** The message in an event's detail, or null when it is not one (not JSON, wrong shape, unknown kind). */
export function decodePageBridgeMessage(detail: unknown): PageBridgeMessage | null {
  if (typeof detail !== 'string' || detail.length > MAX_PAGE_BRIDGE_EVENT_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(detail);
  } catch {
    return null; // not JSON: not one of ours
  }
  const parsed = core.safeParse(pageBridgeWire, raw);
  if (!parsed.success) return null;
  const [kind, url, body, at] = parsed.data;
  return kind === 'response' || kind === 'navigation' ? { kind, url, body, at } : null;
}
