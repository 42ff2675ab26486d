/**
 * Debian's Chromium with the built extension loaded, for the end-to-end tests, the demo and the benchmark.
 * No browser is downloaded: the system Chromium is used (`apt-get install -y chromium`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL(`../../${process.env.CASTLIST_OUT_DIR ?? '.output'}/chrome-mv3`, import.meta.url));

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install Debian's Chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder (removed on close): the benchmark reads DevToolsActivePort from it. */
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Stops the extension's service worker as Chrome does when it is idle, and waits until it has stopped. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean; args?: string[] } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'castlist-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  // The newest: after a worker is stopped and woken again, the old handle no longer answers.
  const serviceWorker = async () => context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    stopServiceWorker: async () => {
      // Only a session on an extension page reaches the extension's worker.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      const session = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((version) => version.scriptURL.endsWith('/background.js') && version.runningStatus === 'stopped')) resolve();
        });
      });
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await session.detach();
      await page.close();
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
