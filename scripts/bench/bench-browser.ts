/**
 * One Chromium for every comparison of the benchmark: the extension's profile (a persistent context, where the
 * extension runs) and, in the same browser process, an off-the-record context where it does not (extensions are
 * off in incognito unless allowed). Loads with and without the extension then share the machine's moment, the
 * browser's caches and its build, and can be interleaved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Route, chromium } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../browser/extension-browser';
import { serveSamplePages } from '../browser/sample-routes';

export interface BenchBrowser {
  extension: ExtensionBrowser;
  /** The extension's context. */
  withExtension: BrowserContext;
  /** The same browser, without the extension. */
  without: BrowserContext;
  close(): Promise<void>;
}

async function devToolsPort(userDataDir: string): Promise<number> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium wrote no DevToolsActivePort in ${userDataDir}: cannot open a second context in the same browser`);
}

export async function openBenchBrowser(serve: (route: Route, url: URL) => Promise<boolean>): Promise<BenchBrowser> {
  // Port 0: Chromium picks a free port (other benchmarks or tests may run beside this one) and writes it down.
  const extension = await launchWithExtension({ args: ['--remote-debugging-port=0'] });
  let cdp: Browser | null = null;
  try {
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(extension.userDataDir)}`);
    const without = await cdp.newContext({ viewport: { width: 1280, height: 900 } });
    await serveSamplePages(extension.context, serve);
    await serveSamplePages(without, serve);
    const connection = cdp;
    return {
      extension,
      withExtension: extension.context,
      without,
      close: async () => {
        await without.close();
        await connection.close();
        await extension.close();
      },
    };
  } catch (error) {
    await cdp?.close();
    await extension.close();
    throw error;
  }
}
