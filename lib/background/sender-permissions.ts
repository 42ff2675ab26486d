/**
 * Who may send what. A content script runs inside a page the page's author controls: if that page ever finds a way
 * to drive our content script, the most it may do is hand the background a reading (validated like any other).
 * Everything else (shortlists, settings, backups, anything added later) changes or reveals what the user kept, and
 * is accepted only from the extension's own pages (the side panel, in its panel or in a tab).
 *
 * Default deny: a message type not listed here is panel-only, so a new panel message is protected without edits.
 */

/** The messages a content script sends. */
export const CONTENT_SCRIPT_MESSAGE_TYPES: ReadonlySet<string> = new Set(['reading.capture']);

export interface MessageSenderFacts {
  /** The URL of the document that sent it (a page's URL for a content script, ours for the panel). */
  url?: string;
}

/** The message's `type` when it has one, for deciding before the message is parsed. */
export function messageTypeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/** Whether the sender is one of the extension's own pages: its document is served from the extension's origin. */
export function isExtensionPage(sender: MessageSenderFacts, extensionBaseUrl: string): boolean {
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extensionBaseUrl).origin;
  } catch {
    return false; // not a URL at all: not ours
  }
}

/**
 * Why this sender may not send this message, or null when it may. `extensionBaseUrl` is runtime.getURL('/')
 * ("chrome-extension://<id>/", "moz-extension://<uuid>/").
 */
export function refusalOf(message: unknown, sender: MessageSenderFacts, extensionBaseUrl: string): string | null {
  const type = messageTypeOf(message);
  if (type !== null && CONTENT_SCRIPT_MESSAGE_TYPES.has(type)) return null;
  if (isExtensionPage(sender, extensionBaseUrl)) return null;
  return `${type ?? 'a message without a type'} refused: only the Castlist panel may send it, not a content script (sent from ${sender.url ?? 'an unknown document'})`;
}
