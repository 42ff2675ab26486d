/**
 * The context WXT hands a content script's main(), cut to what Castlist's scripts use: `onInvalidated`, called when
 * a newer instance of the same script starts in this page (the extension was reloaded or updated; an orphaned
 * script's sends fail, and the outbox stops on its own). wxt.config.ts puts this module in place of WXT's
 * (wxt/utils/content-script-context), which also carries timers, a location watcher and listener helpers that no
 * script of ours calls: several hundred bytes gzip of each script's 20 kB budget.
 * The announcement is WXT's (event name and detail), so an instance built with either one stops for the other.
 */
import { browser } from 'wxt/browser';

interface ScriptStarted {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext {
  /** Calls `listener` once, when a newer instance of this script starts. */
  declare readonly onInvalidated: (listener: () => void) => void;

  /** `name` is the entrypoint's (WXT passes import.meta.env.ENTRYPOINT). */
  constructor(name: string) {
    const id = Math.random().toString(36).slice(2);
    const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    const listeners: Array<() => void> = [];
    const onStarted = (event: Event) => {
      const started = (event as CustomEvent<ScriptStarted | null>).detail;
      if (started?.contentScriptName !== name || started.messageId === id) return; // another script, or this one
      document.removeEventListener(type, onStarted);
      for (const listener of listeners.splice(0)) listener();
    };
    document.dispatchEvent(new CustomEvent<ScriptStarted>(type, { detail: { contentScriptName: name, messageId: id } }));
    document.addEventListener(type, onStarted);
    this.onInvalidated = (listener) => void listeners.push(listener);
  }
}
