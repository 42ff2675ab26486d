/**
 * How the panel's components ask the background to change something (only the background writes): the panel
 * context's sender (lib/panel/panel-context.tsx; the extension's is lib/panel/background-sender.ts, tests inject the
 * background's real handler), and the sentence a refusal shows.
 */
import type { BackgroundReply } from '../messages/background-messages';
import { type BackgroundSender, usePanel } from './panel-context';

export type SendToBackground = BackgroundSender;

export function useSendToBackground(): SendToBackground {
  return usePanel().send;
}

/** The reply's error as a sentence for the panel, without the message type the background puts first. */
export function replyError(reply: Extract<BackgroundReply, { ok: false }>): string {
  return reply.error.replace(/^[a-z.-]+ failed: /, '').replace(/^invalid message: /, 'not saved: ');
}
