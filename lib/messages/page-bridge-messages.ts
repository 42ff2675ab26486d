/**
 * What the page-world bridge (entrypoints/page-bridge.content.ts) hands to the content script: a response the
 * page itself received, or the page's own navigation event with the new page's data. It crosses worlds as a JSON
 * string on a CustomEvent (an object `detail` does not survive Firefox's world boundary), and the page can forge
 * it, so the content script validates it before use.
 */
import * as z from 'zod/mini';

export { PAGE_BRIDGE_EVENT } from './page-bridge-event';

/** Larger events are dropped before parsing (page-data-inbox.ts): a response body the readers never need. */
export const MAX_PAGE_BRIDGE_EVENT_CHARS = 20_000_000;

/**
 * One flat shape for both kinds (a union of two objects, or an enum, costs the content script ~0.8 kB more of zod,
 * against a 20 kB budget); the inbox acts only on the two kinds it knows and ignores any other:
 *   {kind: 'response', url, body, at}  a response the page received;
 *   {kind: 'navigation', url, at}      the page moved to another URL without loading.
 */
export const pageBridgeMessage = z.object({
  kind: z.string(),
  /** The absolute URL the page requested, or navigated to. */
  url: z.string(),
  /** The response body as text (responses only); parsed by the content script. */
  body: z.optional(z.string()),
  at: z.number(),
});

export type PageBridgeMessage = z.infer<typeof pageBridgeMessage>;
