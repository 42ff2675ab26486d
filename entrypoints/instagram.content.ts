import { browser } from 'wxt/browser';
import { runSite } from '../lib/content/run-site';
import type { BackgroundReply } from '../lib/messages/background-messages';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { instagramAdapter } from '../lib/sites/instagram/instagram-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.instagram],
  runAt: 'document_idle',
  main(ctx) {
    const site = runSite(instagramAdapter, {
      window,
      sendMessage: (message) => browser.runtime.sendMessage(message) as Promise<BackgroundReply | undefined>,
    });
    ctx.onInvalidated(() => site.stop());
  },
});
