/**
 * Every sample page of Castlist's own fixtures as a reader sees it in the browser: the page's HTML and the JSON
 * responses its script fetches, each answered by the same responders that serve the end-to-end tests (so the
 * request URLs are the real endpoints, and the corpus follows the fixtures when they change).
 */
import type { SampleResponder } from '../fixtures/sample-responder';
import { SAMPLE_POSTS as INSTAGRAM_POSTS, SAMPLE_CREATOR, OTHER_CREATOR } from '../fixtures/instagram/sample-data';
import { instagramSamples } from '../fixtures/instagram/sample-routes';
import { guestPostUrl } from '../fixtures/linkedin/guest-pages';
import { SAMPLE_GUEST_POST, SAMPLE_PEOPLE } from '../fixtures/linkedin/sample-pages';
import { linkedinSamples } from '../fixtures/linkedin/sample-routes';
import { CREATORS as TIKTOK_CREATORS, SAMPLE_POSTS as TIKTOK_POSTS } from '../fixtures/tiktok/sample-data';
import { tiktokSamples } from '../fixtures/tiktok/sample-routes';
import { ANA, BEN, POSTS as X_POSTS } from '../fixtures/x/sample-data';
import { graphqlUrl } from '../fixtures/x/sample-graphql';
import { xSamples } from '../fixtures/x/sample-routes';
import { SAMPLE_CHANNEL, SAMPLE_VIDEOS } from '../fixtures/youtube/sample-channel';
import { youtubeSamples } from '../fixtures/youtube/sample-routes';

const RESPONDERS: SampleResponder[] = [youtubeSamples, tiktokSamples, instagramSamples, xSamples, linkedinSamples];

export interface CorpusResponse {
  url: string;
  json: unknown;
}

export interface CorpusPage {
  name: string;
  url: string;
  html: string;
  responses: CorpusResponse[];
}

interface Request {
  url: string;
  method?: string;
  body?: string;
}

function answer(request: Request): { contentType: string; body: string } {
  const url = new URL(request.url);
  for (const respond of RESPONDERS) {
    const response = respond(url, request.method ?? 'GET', request.body ?? null);
    if (response) return response;
  }
  throw new Error(`no sample answers ${request.method ?? 'GET'} ${request.url}`);
}

function page(name: string, url: string, requests: Request[] = []): CorpusPage {
  return {
    name,
    url,
    html: answer({ url }).body,
    responses: requests.map((request) => ({ url: request.url, json: JSON.parse(answer(request).body) as unknown })),
  };
}

const youtube = (path: string) => `https://www.youtube.com${path}`;
const innertube = (endpoint: string, videoId?: string): Request => ({
  url: youtube(`/youtubei/v1/${endpoint}?prettyPrint=false`),
  method: 'POST',
  body: JSON.stringify({ context: { client: { hl: 'en' } }, ...(videoId ? { videoId } : {}) }),
});
const tiktok = (path: string) => `https://www.tiktok.com${path}`;
const instagram = (path: string) => `https://www.instagram.com${path}`;

export function sampleCorpus(): CorpusPage[] {
  const cook = TIKTOK_CREATORS[0]!;
  const tiktokVideo = TIKTOK_POSTS.find((post) => post.handle === cook.handle && !post.images)!;
  const reel = INSTAGRAM_POSTS[0]!;
  const ana = X_POSTS.find((post) => post.handle === ANA.handle)!;
  const ada = SAMPLE_PEOPLE.ada;
  return [
    ...SAMPLE_VIDEOS.map((video) =>
      page(`youtube watch ${video.id}`, youtube(`/watch?v=${video.id}`), [innertube('next', video.id), innertube('player', video.id)]),
    ),
    page('youtube channel videos', youtube(`/@${SAMPLE_CHANNEL.handle}/videos`), [innertube('browse')]),
    ...TIKTOK_CREATORS.map((creator) =>
      page(`tiktok profile ${creator.handle}`, tiktok(`/@${creator.handle}`), [
        { url: tiktok(`/api/user/detail/?uniqueId=${creator.handle}&secUid=`) },
        { url: tiktok(`/api/post/item_list/?count=30&cursor=0&secUid=${encodeURIComponent(creator.secUid)}`) },
      ]),
    ),
    page(`tiktok video ${tiktokVideo.id}`, tiktok(`/@${cook.handle}/video/${tiktokVideo.id}`), [
      { url: tiktok(`/api/item/detail/?itemId=${tiktokVideo.id}`) },
      { url: tiktok(`/api/comment/list/?aweme_id=${tiktokVideo.id}&count=20&cursor=0`) },
    ]),
    page('tiktok for you', tiktok('/foryou'), [{ url: tiktok('/api/recommend/item_list/?count=3') }]),
    ...[SAMPLE_CREATOR, OTHER_CREATOR].map((creator) =>
      page(`instagram profile ${creator.username}`, instagram(`/${creator.username}/`), [
        { url: instagram(`/api/v1/users/web_profile_info/?username=${creator.username}`) },
      ]),
    ),
    page(`instagram reel ${reel.code}`, instagram(`/reel/${reel.code}/`), [
      { url: instagram('/graphql/query'), method: 'POST', body: new URLSearchParams({ variables: JSON.stringify({ shortcode: reel.code }) }).toString() },
    ]),
    ...[ANA, BEN].map((creator) =>
      page(`x profile ${creator.handle}`, `https://x.com/${creator.handle}`, [
        { url: graphqlUrl('UserByScreenName', { screen_name: creator.handle }) },
        { url: graphqlUrl('UserTweets', { userId: creator.id, count: 20 }) },
      ]),
    ),
    page(`x status ${ana.id}`, `https://x.com/${ana.handle}/status/${ana.id}`, [{ url: graphqlUrl('TweetDetail', { focalTweetId: ana.id }) }]),
    page(`linkedin profile ${ada.handle}`, `https://www.linkedin.com/in/${ada.handle}/`, [
      { url: `https://www.linkedin.com/voyager/api/graphql?includeWebMetadata=true&variables=(vanityName:${ada.handle})&queryId=voyagerIdentityDashProfiles.castlist` },
    ]),
    page('linkedin guest post', guestPostUrl(SAMPLE_GUEST_POST)),
  ];
}
