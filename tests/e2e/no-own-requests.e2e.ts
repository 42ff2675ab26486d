/**
 * Castlist makes no request of its own. Every request the browser makes is recorded while the extension reads every
 * sample page and the side panel shows every view of each: the page's own requests (its document, its scripts' API
 * calls, which the page bridge only watches) are served by the test's routes, and none comes from the extension —
 * not from its service worker, not from its panel, not from a content script.
 *
 * Who made a request: the service worker's are reported as such; the panel's come from an extension page; a
 * content script's is one whose initiating call stack lies entirely in the extension's scripts (a page request the
 * page bridge wraps has the page's own code below ours in its stack). The recorder proves it can tell, first, by
 * catching one deliberate request from each of the three.
 */
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { PANEL_VIEW_IDS } from '../../lib/panel/navigation-store';
import { DEMO_PAGES } from '../../scripts/demo-pages';
import { contentScriptWorld } from './content-script-world';
import { useExtensionBrowser } from './support';

/** The X samples show avatars and media from X's image hosts: the page's own requests, answered with an empty image. */
const session = useExtensionBrowser((url) =>
  /^(pbs|abs-0)\.twimg\.com$/.test(url.hostname) ? { contentType: url.pathname.endsWith('.svg') ? 'image/svg+xml' : 'image/jpeg', body: '' } : null,
);

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}
interface RequestWillBeSent {
  documentURL: string;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: StackTrace };
}

interface RecordedRequest {
  url: string;
  by: 'service worker' | 'panel' | 'content script' | 'page';
  detail: string;
}

const CONTROL_MARKER = 'castlist-recorder-control';
const isNetwork = (url: string) => /^https?:\/\//.test(url);

/** Every frame of the stack and of the stacks it was scheduled from (fetch().then(...) chains). */
function framesOf(stack: StackTrace | undefined): CallFrame[] {
  const frames: CallFrame[] = [];
  for (let current = stack; current; current = current.parent) frames.push(...current.callFrames);
  return frames;
}

class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(private readonly extensionOrigin: string) {}

  /** A page request from the DevTools protocol, with what initiated it. */
  onPageRequest(event: RequestWillBeSent): void {
    if (!isNetwork(event.request.url)) return;
    const frames = framesOf(event.initiator.stack);
    const ours = (url: string) => url.startsWith(this.extensionOrigin);
    let by: RecordedRequest['by'] = 'page';
    if (ours(event.documentURL)) by = 'panel';
    else if (frames.length > 0 && frames.every((frame) => ours(frame.url))) by = 'content script';
    const where = frames.map((frame) => frame.url).filter((url, index, all) => url && all.indexOf(url) === index);
    this.requests.push({ url: event.request.url, by, detail: `${event.initiator.type} from ${event.documentURL}${where.length ? ` via ${where.join(' < ')}` : ''}` });
  }

  async watch(page: Page): Promise<void> {
    const cdp = await session.browser.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => this.onPageRequest(event));
    await cdp.send('Network.enable');
    this.sessions.push(cdp);
  }

  /** A page with its requests recorded from the start. */
  async newPage(): Promise<Page> {
    const page = await session.browser.context.newPage();
    await this.watch(page);
    return page;
  }

  ownRequests(): RecordedRequest[] {
    return this.requests.filter((request) => request.by !== 'page');
  }
}

let recorder: RequestRecorder;

beforeAll(() => {
  const { context, extensionId } = session.browser;
  recorder = new RequestRecorder(`chrome-extension://${extensionId}/`);
  // The service worker's requests (and any other worker's) are reported by the browser context itself.
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    if (worker && isNetwork(request.url())) recorder.requests.push({ url: request.url(), by: 'service worker', detail: worker.url() });
  });
});

describe('the extension makes no request of its own', () => {
  test('the recorder catches a request from the service worker, the panel and a content script (controls)', async () => {
    const { extensionId } = session.browser;
    const worker = await session.browser.serviceWorker();
    await worker.evaluate((url) => fetch(url).catch(() => undefined), `https://www.youtube.com/${CONTROL_MARKER}/worker`);

    const panel = await recorder.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.evaluate((url) => fetch(url).catch(() => undefined), `https://www.youtube.com/${CONTROL_MARKER}/panel`);

    const page = await recorder.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    await page.locator('castlist-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    const world = await contentScriptWorld(session.browser.context, page, extensionId);
    // Named as a script of the extension, as the content scripts' own code is (code evaluated over DevTools has no URL).
    await world.evaluate(
      `fetch('https://www.youtube.com/${CONTROL_MARKER}/content-script').catch(() => undefined)\n//# sourceURL=chrome-extension://${extensionId}/content-scripts/recorder-control.js`,
    );
    await world.detach();
    // The page's own request through the page bridge's wrapped fetch is the page's.
    await page.evaluate((url) => fetch(url).catch(() => undefined), `https://www.youtube.com/youtubei/v1/next?${CONTROL_MARKER}=page`);

    await expect
      .poll(() => recorder.requests.filter((request) => request.url.includes(CONTROL_MARKER)).map(({ url, by }) => `${by} ${new URL(url).pathname}${new URL(url).search}`).sort(), { timeout: 10_000 })
      .toEqual([
        `content script /${CONTROL_MARKER}/content-script`,
        `page /youtubei/v1/next?${CONTROL_MARKER}=page`,
        `panel /${CONTROL_MARKER}/panel`,
        `service worker /${CONTROL_MARKER}/worker`,
      ]);
    await panel.close();
    await page.close();
  });

  test('reading every sample page and showing every panel view makes no request but the pages\' own', async () => {
    const { extensionId } = session.browser;
    const before = new Set(recorder.requests);
    const servedBefore = session.routes.served.length;
    for (const demo of DEMO_PAGES) {
      const page = await recorder.newPage();
      await page.goto(demo.url);
      await page.locator('castlist-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
      const panel = await recorder.newPage();
      for (const view of PANEL_VIEW_IDS) {
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=${view}&url=${encodeURIComponent(demo.url)}`);
        await panel.locator('main, article, section').first().waitFor({ state: 'attached', timeout: 15_000 });
      }
      await panel.close();
      await page.close();
    }
    // Let readings still in the outbox reach the background (and anything it might do in answer happen).
    await session.browser.stopServiceWorker();

    const recorded = recorder.requests.filter((request) => !before.has(request));
    expect(recorded.filter((request) => request.by === 'page').length).toBeGreaterThanOrEqual(DEMO_PAGES.length);
    expect(recorded.filter((request) => request.by !== 'page')).toEqual([]);
    // Every request went through the test's routes, answered by a sample, none to the network.
    expect(session.routes.served.length).toBeGreaterThan(servedBefore);
    expect(session.routes.refused.filter((url) => !url.includes(CONTROL_MARKER))).toEqual([]);
  });
});
