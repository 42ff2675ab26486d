/**
 * Serves Castlist's own sample pages at their real URLs (request interception), and refuses every other request:
 * nothing in a test or the demo reaches the network. Each site's samples live in tests/fixtures/<site>/.
 */
import type { BrowserContext, Route } from 'playwright-core';
import { attributionSamples } from '../../tests/fixtures/attribution-routes';
import type { SampleResponder } from '../../tests/fixtures/sample-responder';
import { instagramSamples } from '../../tests/fixtures/instagram/sample-routes';
import { linkedinSamples } from '../../tests/fixtures/linkedin/sample-routes';
import { tiktokSamples } from '../../tests/fixtures/tiktok/sample-routes';
import { xSamples } from '../../tests/fixtures/x/sample-routes';
import { youtubeSamples } from '../../tests/fixtures/youtube/sample-routes';

// The attribution pages first: they share hosts (and /watch) with the samples.
const RESPONDERS: SampleResponder[] = [attributionSamples, youtubeSamples, tiktokSamples, instagramSamples, xSamples, linkedinSamples];

export interface RouteLog {
  served: string[];
  refused: string[];
}

/** The sample page or response served at this URL (GET), or null when none is: the same answer the browser gets. */
export function samplePageAt(url: URL): ReturnType<SampleResponder> {
  for (const respond of RESPONDERS) {
    const response = respond(url, 'GET', null);
    if (response) return response;
  }
  return null;
}

export async function serveSamplePages(context: BrowserContext, extra: (route: Route, url: URL) => Promise<boolean> = async () => false): Promise<RouteLog> {
  const log: RouteLog = { served: [], refused: [] };
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (await extra(route, url)) {
      log.served.push(url.href);
      return;
    }
    // The first responder that answers (a later one may not know the page: the YouTube samples' /watch throws on
    // a video id that is not theirs).
    let response: ReturnType<SampleResponder> = null;
    for (const respond of RESPONDERS) if ((response = respond(url, request.method(), request.postData()))) break;
    if (!response) {
      log.refused.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    log.served.push(url.href);
    await route.fulfill({ status: response.status ?? 200, contentType: response.contentType, body: response.body });
  });
  return log;
}

/**
 * The sample response for a request, or null when it is not one of Castlist's samples: the answer of the first
 * responder that knows the URL (the Firefox suite's request interception, scripts/browser/firefox-extension-browser.ts).
 */
export function sampleResponseFor(url: URL, method: string, postData: string | null, first: readonly SampleResponder[] = []): ReturnType<SampleResponder> {
  for (const respond of [...first, ...RESPONDERS]) {
    const response = respond(url, method, postData);
    if (response) return response;
  }
  return null;
}
