/**
 * What every site's content script does: run the site's adapter against this page, send readings to the
 * background, and stop when the extension is reloaded or removed.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundReply } from '../messages/background-messages';
import { runSite } from './run-site';
import type { SiteAdapter } from '../sites/site-adapter';

export function startContentScript(adapter: SiteAdapter, context: ContentScriptContext): void {
  const site = runSite(adapter, {
    window,
    sendMessage: (message) => browser.runtime.sendMessage(message) as Promise<BackgroundReply | undefined>,
  });
  context.onInvalidated(() => site.stop());
}
