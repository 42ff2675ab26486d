/**
 * The page's own requests whose responses carry the numbers the readers need, per site. Only these are copied to
 * the content script; everything else the page loads is left alone.
 */
export const WATCHED_REQUESTS: ReadonlyArray<{ host: RegExp; path: RegExp }> = [
  // YouTube InnerTube: watch page, channel, player, Shorts, search and feeds
  { host: /(^|\.)youtube\.com$/, path: /^\/youtubei\/v1\/(next|browse|player|search|reel\/reel_item_watch)\b/ },
  // TikTok web API: profile, post lists, one post, comments
  { host: /(^|\.)tiktok\.com$/, path: /^\/api\/(user\/detail|post\/item_list|item\/detail|comment\/list|recommend\/item_list|related\/item_list|search\/(general|item)\/full|repost\/item_list|creator\/item_list)\b/ },
  // Instagram GraphQL and REST
  { host: /(^|\.)instagram\.com$/, path: /^\/(graphql\/query|api\/graphql|api\/v1\/(users\/web_profile_info|media\/\d+(_\d+)?\/(info|comments)|feed\/user|feed\/timeline|clips|tags|fbsearch|discover))\b/ },
  // X GraphQL operations that carry users and tweets
  { host: /(^|\.)(x|twitter)\.com$/, path: /^\/i\/api\/graphql\/[^/]+\/(UserByScreenName|UserByRestId|TweetDetail|TweetResultByRestId|TweetResultsByRestIds|UserHighlightsTweets|UserTweets|UserTweetsAndReplies|UserMedia|HomeTimeline|HomeLatestTimeline|SearchTimeline|ListLatestTweetsTimeline|Likes)\b/ },
  // LinkedIn Voyager API
  { host: /(^|\.)linkedin\.com$/, path: /^\/voyager\/api\// },
];

export function isWatchedRequest(url: URL): boolean {
  return WATCHED_REQUESTS.some((watched) => watched.host.test(url.hostname) && watched.path.test(url.pathname));
}
