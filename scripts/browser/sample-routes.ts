/**
 * Serves Castlist's own sample pages at their real URLs (request interception), and refuses every other request:
 * nothing in a test or the demo reaches the network.
 */
import type { BrowserContext, Route } from 'playwright-core';
import { SAMPLE_CHANNEL, channelBrowseResponse, nextResponse, playerResponse, sampleVideo } from '../../tests/fixtures/youtube/sample-channel';
import { channelPageHtml, watchPageHtml } from '../../tests/fixtures/youtube/sample-pages';

export interface RouteLog {
  served: string[];
  refused: string[];
}

export async function serveSamplePages(context: BrowserContext, extra: (route: Route, url: URL) => Promise<boolean> = async () => false): Promise<RouteLog> {
  const log: RouteLog = { served: [], refused: [] };
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (await extra(route, url)) {
      log.served.push(url.href);
      return;
    }
    const response = youtubeSample(url, route.request().postData());
    if (!response) {
      log.refused.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    log.served.push(url.href);
    await route.fulfill({ status: 200, contentType: response.contentType, body: response.body });
  });
  return log;
}

function youtubeSample(url: URL, postData: string | null): { contentType: string; body: string } | null {
  if (url.hostname !== 'www.youtube.com') return null;
  const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });
  const json = (body: unknown) => ({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) });
  if (url.pathname === '/watch') return html(watchPageHtml(sampleVideo(url.searchParams.get('v') ?? '')));
  if (url.pathname === `/@${SAMPLE_CHANNEL.handle}` || url.pathname === `/@${SAMPLE_CHANNEL.handle}/videos`) return html(channelPageHtml());
  const requested = postData ? (JSON.parse(postData) as { videoId?: string }).videoId : undefined;
  if (url.pathname === '/youtubei/v1/next' && requested) return json(nextResponse(sampleVideo(requested)));
  if (url.pathname === '/youtubei/v1/player' && requested) return json(playerResponse(sampleVideo(requested)));
  if (url.pathname === '/youtubei/v1/browse') return json(channelBrowseResponse());
  return null;
}
