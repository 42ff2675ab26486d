/** The sample pages the demo opens, one or two per site, all served by scripts/browser/sample-routes.ts. */
import { SAMPLE_CREATOR, samplePost } from '../tests/fixtures/instagram/sample-data';
import { guestPostUrl } from '../tests/fixtures/linkedin/guest-pages';
import { SAMPLE_GUEST_POST, SAMPLE_PEOPLE } from '../tests/fixtures/linkedin/sample-pages';
import { COOK, postsOf } from '../tests/fixtures/tiktok/sample-data';
import { ANA, ANA_POSTS } from '../tests/fixtures/x/sample-data';
import { SAMPLE_CHANNEL, SAMPLE_VIDEOS } from '../tests/fixtures/youtube/sample-channel';

export interface DemoPage {
  name: string;
  url: string;
}

const linkedinPerson = Object.values(SAMPLE_PEOPLE)[0]!;

export const DEMO_PAGES: DemoPage[] = [
  { name: 'youtube-video', url: `https://www.youtube.com/watch?v=${SAMPLE_VIDEOS[0]!.id}` },
  { name: 'youtube-channel', url: `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos` },
  { name: 'tiktok-profile', url: `https://www.tiktok.com/@${COOK.handle}` },
  { name: 'tiktok-video', url: `https://www.tiktok.com/@${COOK.handle}/video/${postsOf(COOK)[0]!.id}` },
  { name: 'instagram-profile', url: `https://www.instagram.com/${SAMPLE_CREATOR.username}/` },
  { name: 'instagram-reel', url: `https://www.instagram.com/reel/${samplePost('DAn6p16mwAB')!.code}/` },
  { name: 'x-profile', url: `https://x.com/${ANA.handle}` },
  { name: 'x-post', url: `https://x.com/${ANA.handle}/status/${ANA_POSTS[0]!.id}` },
  { name: 'linkedin-profile', url: `https://www.linkedin.com/in/${linkedinPerson.handle}/` },
  { name: 'linkedin-post', url: guestPostUrl(SAMPLE_GUEST_POST) },
];
