/** The sample pages the demo opens, one or two per site, all served by scripts/browser/sample-routes.ts. */
import { SAMPLE_CHANNEL, SAMPLE_VIDEOS } from '../tests/fixtures/youtube/sample-channel';

export interface DemoPage {
  name: string;
  url: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { name: 'youtube-video', url: `https://www.youtube.com/watch?v=${SAMPLE_VIDEOS[0]!.id}` },
  { name: 'youtube-channel', url: `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos` },
];
