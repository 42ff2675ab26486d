/**
 * The world our content script runs in on a page (Chrome's isolated world for the extension), reached through the
 * DevTools protocol: a test can see whether the content script was injected at all, and run code as the content
 * script would, to prove what a content script may and may not do.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface ContentScriptWorld {
  /** Runs `expression` in the content script's world and returns its (awaited) value. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

async function extensionWorlds(context: BrowserContext, page: Page, extensionId: string): Promise<{ session: CDPSession; worlds: ExecutionContext[] }> {
  const session = await context.newCDPSession(page);
  const worlds: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context: created }: { context: ExecutionContext }) => {
    if (created.auxData?.type === 'isolated' && created.origin === `chrome-extension://${extensionId}`) worlds.push(created);
  });
  // Enabling the domain reports every context that already exists before it returns.
  await session.send('Runtime.enable');
  return { session, worlds };
}

/** Whether the extension has a world (a content script) in the page's main frame. */
export async function hasContentScript(context: BrowserContext, page: Page, extensionId: string): Promise<boolean> {
  const { session, worlds } = await extensionWorlds(context, page, extensionId);
  await session.detach();
  return worlds.length > 0;
}

/** The content script's world on the page; throws when the page has none. */
export async function contentScriptWorld(context: BrowserContext, page: Page, extensionId: string): Promise<ContentScriptWorld> {
  const { session, worlds } = await extensionWorlds(context, page, extensionId);
  const world = worlds[0];
  if (!world) {
    await session.detach();
    throw new Error(`no content script of ${extensionId} on ${page.url()}`);
  }
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(`in the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
    detach: () => session.detach(),
  };
}
