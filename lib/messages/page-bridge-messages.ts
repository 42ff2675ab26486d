/**
 * What the page-world bridge (entrypoints/page-bridge.content.ts) hands to the content script: a response the
 * page itself received, or the page's own navigation event with the new page's data. It crosses worlds as a JSON
 * string on a CustomEvent (an object `detail` does not survive Firefox's world boundary), and the page can forge
 * it, so the content script validates it before use.
 */
import * as z from 'zod/mini';

export { PAGE_BRIDGE_EVENT } from './page-bridge-event';

export const pageResponseMessage = z.object({
  kind: z.literal('response'),
  /** The absolute URL the page requested. */
  url: z.string().check(z.maxLength(4_000)),
  /** The response body as text; parsed by the content script. */
  body: z.string().check(z.maxLength(20_000_000)),
  at: z.number(),
});

export const pageNavigationMessage = z.object({
  kind: z.literal('navigation'),
  url: z.string().check(z.maxLength(4_000)),
  at: z.number(),
});

export const pageBridgeMessage = z.discriminatedUnion('kind', [pageResponseMessage, pageNavigationMessage]);
export type PageBridgeMessage = z.infer<typeof pageBridgeMessage>;
export type PageResponseMessage = z.infer<typeof pageResponseMessage>;
