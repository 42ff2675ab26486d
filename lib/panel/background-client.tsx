/**
 * How the panel asks the background to change something (only the background writes): one function, `send`, that
 * hands a message to the background and resolves with its reply. The extension's is browser.runtime.sendMessage;
 * tests provide their own (usually the background's real handler on a fake-indexeddb database).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { BackgroundMessage, BackgroundReply } from '../messages/background-messages';

export type SendToBackground = (message: BackgroundMessage) => Promise<BackgroundReply>;

export const sendThroughRuntime: SendToBackground = async (message) => {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as BackgroundReply | undefined;
    // No reply at all: the background did not answer (it was stopping); nothing was changed.
    return reply ?? { ok: false, error: `${message.type}: the background did not answer; try again`, retry: true };
  } catch (error) {
    return { ok: false, error: `${message.type}: could not reach the background (${error instanceof Error ? error.message : String(error)})`, retry: true };
  }
};

const BackgroundContext = createContext<SendToBackground>(sendThroughRuntime);

export function BackgroundProvider({ send, children }: { send: SendToBackground; children: ReactNode }) {
  return <BackgroundContext.Provider value={send}>{children}</BackgroundContext.Provider>;
}

export function useSendToBackground(): SendToBackground {
  return useContext(BackgroundContext);
}

/** The reply's error as a sentence for the panel, without the message type the background puts first. */
export function replyError(reply: Extract<BackgroundReply, { ok: false }>): string {
  return reply.error.replace(/^[a-z.-]+ failed: /, '').replace(/^invalid message: /, 'not saved: ');
}
