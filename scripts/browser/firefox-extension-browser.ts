/**
 * Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv3) installed as a temporary add-on, driven
 * over WebDriver BiDi by puppeteer-core, for the Firefox end-to-end tests and `npm run demo -- --browser firefox`.
 * No browser is downloaded: the system Firefox is used (`apt-get install -y firefox-esr`).
 *
 * Firefox is started with -remote-allow-system-access, because two things a user does have no BiDi command:
 * opening one of the extension's own pages (BiDi navigates only to http(s), file and blob URLs otherwise) and
 * answering Firefox's own permission prompt. What about:debugging offers (the add-on's internal UUID, "Terminate
 * background script") is reached the same way, in Firefox's parent process, with the very calls about:debugging makes.
 *
 * Every page opened through newPage() is served Castlist's sample pages at their real URLs (request interception);
 * every other request is refused: nothing reaches the network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { SampleResponder } from '../../tests/fixtures/sample-responder';
import { type RouteLog, sampleResponseFor } from './sample-routes';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL(`../../${process.env.CASTLIST_OUT_DIR ?? '.output'}/firefox-mv3`, import.meta.url));
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const FIREFOX_ADDON_ID = 'castlist@castlist.dev';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Install Debian's Firefox ESR (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

/** Firefox's states of an event page (ext-backgroundPage.js). */
export type BackgroundState = 'starting' | 'running' | 'suspending' | 'stopped';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** moz-extension://<internal UUID>: Firefox gives each installation its own UUID. */
  extensionOrigin: string;
  routes: RouteLog;
  /** Answers before the sample pages (e.g. pages made up by one test); the newest first. */
  serveAlso(responder: SampleResponder): void;
  /** A new tab, served the sample pages. */
  newPage(): Promise<Page>;
  /** One of the extension's pages (e.g. `sidepanel.html?url=…`) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Shows Castlist's sidebar in the browser window, as View → Sidebar → Castlist does (Firefox opens it at install
   * already; this makes sure, whatever the version does).
   */
  openSidebar(): Promise<void>;
  /** The event page's state, as about:debugging sees it. */
  backgroundState(): Promise<BackgroundState>;
  /** about:debugging's "Terminate background script": the event page stops as when Firefox suspends it when idle. */
  terminateBackground(): Promise<void>;
  /**
   * Answers Firefox's prompt for optional permissions (which permissions.request shows) in the active tab, once it
   * is there: "Allow" or "Don't allow". Resolves with the prompt's own text.
   */
  answerPermissionPrompt(answer: 'allow' | 'deny'): Promise<string>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  /**
   * Whether Firefox grants the manifest's host permissions at install (extensions.originControls.grantByDefault, true
   * in Firefox since 127). False gives the install a user gets when they do not grant the sites: Castlist's content
   * scripts do not start until access is granted.
   */
  grantSitesAtInstall?: boolean;
}

/** puppeteer's BiDi connection: its typings know only the standard commands, not Firefox's chrome scope. */
interface RawBidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': options.grantSitesAtInstall ?? true,
      // No "what's new" or default-browser pages of Firefox's own between the tests' tabs.
      'browser.aboutwelcome.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  try {
    return await withExtension(browser);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function withExtension(browser: Browser): Promise<FirefoxExtensionBrowser> {
  // SAFETY: puppeteer's BiDi browser exposes its connection; only its typings lack Firefox's extensions of BiDi.
  const connection = (browser as unknown as { connection: RawBidiConnection }).connection;
  const contextIdOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

  /** Runs an expression in Firefox's parent process (the browser window's chrome), returning its JSON-able value. */
  const inFirefoxChrome = async <T>(expression: string): Promise<T> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
    const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`Firefox: no browser window among the chrome contexts ${contexts.map((context) => context.url).join(', ')}`);
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const evaluated = result as unknown as EvaluateResult;
    if (evaluated.type === 'exception') throw new Error(`Firefox chrome script failed: ${evaluated.exceptionDetails?.text ?? 'unknown error'}`);
    const json = evaluated.result?.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  };

  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (addonId !== FIREFOX_ADDON_ID) throw new Error(`Firefox installed the extension as ${addonId}, expected ${FIREFOX_ADDON_ID}`);
  const policy = `WebExtensionPolicy.getByID(${JSON.stringify(addonId)})`;
  const hostname = await inFirefoxChrome<string>(`${policy}.mozExtensionHostname`);
  const extensionOrigin = `moz-extension://${hostname}`;

  const routes: RouteLog = { served: [], refused: [] };
  const extraResponders: SampleResponder[] = [];
  const respond = async (request: HTTPRequest) => {
    const url = new URL(request.url());
    // request.postData() is CDP-only; BiDi fetches the body on demand.
    const postData = request.hasPostData() ? ((await request.fetchPostData()) ?? null) : null;
    const response = sampleResponseFor(url, request.method(), postData, extraResponders);
    if (!response) {
      routes.refused.push(url.href);
      await request.abort('blockedbyclient');
      return;
    }
    routes.served.push(url.href);
    await request.respond({ status: response.status ?? 200, contentType: response.contentType, body: response.body });
  };

  return {
    browser,
    extensionOrigin,
    routes,
    serveAlso: (responder) => void extraResponders.unshift(responder),
    newPage: async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // Only web requests are ours to answer (resourceType() is CDP-only in puppeteer; moz-extension:// is not intercepted).
        respond(request).catch((error: unknown) => {
          // A page closed while its request was answered: nothing is waiting for that answer any more.
          if (!page.isClosed()) console.error(`[firefox] could not answer ${request.url()}${request.isNavigationRequest() ? ' (navigation)' : ''}:`, error);
        });
      });
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // page.goto would wait for events puppeteer never sees for a moz-extension:// load; BiDi's own wait is exact.
      await connection.send('browsingContext.navigate', { context: contextIdOf(page), url: `${extensionOrigin}/${path}`, wait: 'complete' });
      return page;
    },
    openSidebar: async () => {
      // ext-sidebarAction.js names the sidebar after the add-on's widget id (makeWidgetId: lower case, [^a-z0-9_-] → _).
      const sidebarId = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
      await inFirefoxChrome(
        `(SidebarController.isOpen && SidebarController.currentID === ${JSON.stringify(sidebarId)}) || SidebarController.show(${JSON.stringify(sidebarId)}).then(() => true)`,
      );
    },
    backgroundState: () => inFirefoxChrome<BackgroundState>(`${policy}.extension.backgroundState`),
    terminateBackground: async () => {
      // What about:debugging's "Terminate background script" calls (devtools' addon actor).
      await inFirefoxChrome(
        `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(addonId)}).then(() => true)`,
      );
    },
    answerPermissionPrompt: async (answer) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const text = await inFirefoxChrome<string | null>(`(() => {
          const notification = PopupNotifications.getNotification('addon-webext-permissions', gBrowser.selectedBrowser);
          const element = notification && document.getElementById('addon-webext-permissions-notification');
          if (!element || PopupNotifications.panel.state !== 'open') return null;
          const text = element.textContent.replace(/\\s+/g, ' ').trim();
          (${JSON.stringify(answer)} === 'allow' ? element.button : element.secondaryButton).click();
          return text;
        })()`);
        if (text !== null) return text;
        if (Date.now() > deadline) throw new Error(`Firefox showed no permission prompt in the active tab within 15 s (to ${answer})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}
