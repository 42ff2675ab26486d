/**
 * The panel's way to change anything: a message to the background, the only writer of the database. The extension's
 * own runtime messaging, its reply checked (lib/messages/background-reply.ts); tests inject a sender of their own.
 */
import { browser } from 'wxt/browser';
import { parseBackgroundReply } from '../messages/background-reply';
import type { BackgroundSender } from './panel-context';

export const sendToBackground: BackgroundSender = async (message) => {
  try {
    return parseBackgroundReply(await browser.runtime.sendMessage(message), message.type);
  } catch (error) {
    // Not swallowed: the refusal carries the browser's reason to the control that sent the message.
    return { ok: false, error: `${message.type}: the message did not reach the background (${error instanceof Error ? error.message : String(error)})`, retry: true };
  }
};
