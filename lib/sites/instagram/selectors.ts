/**
 * Instagram's rendered DOM, one list per thing, each alternative with the layout it serves. Instagram's classes are
 * atomic and hashed (x1lliihq, _ac2a): never keyed on. What is stable is links (they carry the username or the
 * post's shortcode, so a match is also an identity check), `title`/`datetime` attributes and element roles.
 * Usernames are [A-Za-z0-9._] and shortcodes [A-Za-z0-9_-]: both are safe inside a quoted attribute selector.
 */

/** Server-rendered JSON blobs (embedded-state.ts). */
export const dataSjsScripts = [
  'script[type="application/json"][data-sjs]', // 2022– Relay data of the first load
  'script[type="application/json"][data-content-len]', // same blobs, should the data-sjs marker go
] as const;

/**
 * –2022 server HTML (still in saved pages): `window._sharedData = {…entry_data.PostPage[0].graphql.shortcode_media…};`
 * and, 2020–2022, `window.__additionalDataLoaded('/p/CODE/', {graphql: {shortcode_media…}});`. Matched on the
 * head of an inline script.
 */
export const legacyStateScript = 'script:not([src]):not([type="application/json"])';
export const legacyStateStart = /^\s*window\.(?:_sharedData\s*=|__additionalDataLoaded\()/;

/**
 * The header's followers link; its span[title] holds the exact count ("2,520,817"), its text the short one.
 * Instagram writes usernames in links in lower case; the `i` flag also takes a link as typed in another case.
 */
export const followersLink = (handle: string) => [
  `a[href="/${handle.toLowerCase()}/followers/" i]`, // 2019– profile header, logged in (not …/followers/mutualOnly: "Followed by …")
  `a[href="https://www.instagram.com/${handle.toLowerCase()}/followers/" i]`, // absolute link variant
];

export const followingLink = (handle: string) => [
  `a[href="/${handle.toLowerCase()}/following/" i]`, // 2019– profile header, logged in
  `a[href="https://www.instagram.com/${handle.toLowerCase()}/following/" i]`, // absolute link variant
];

/** Inside the followers link: the exact count in a title attribute (localized grouping). */
export const exactCountTitle = [
  'span[title]', // 2019– header: <span title="2,520,817"><span>2.5M</span></span>
] as const;

/**
 * The post's "N likes" link. When the owner hid the count the line reads "Liked by x and others" and "others" is
 * this link: a link without a number means hidden (post-dom.ts).
 */
export const likedByLink = (code: string) => [
  `a[href$="/p/${code}/liked_by/"]`, // 2019– post page and feed article, /p/ and /user/p/
  `a[href$="/reel/${code}/liked_by/"]`, // reel page
];

/** The post's own timestamp link: <a href="/p/CODE/"><time datetime="2025-09-24T…">. */
export const postTime = (code: string) => [
  `a[href$="/p/${code}/"] time[datetime]`, // post page, feed article, /user/p/CODE/
  `a[href$="/reel/${code}/"] time[datetime]`, // reel page
];

/** Post tiles: grid cells (a link per post) and feed articles (one post each). */
export const postTile = [
  'a[href*="/p/"]', // profile, explore and tag grids (/p/CODE/, 2024– /user/p/CODE/)
  'a[href*="/reel/"]', // reels tab and reels in grids
  'article', // home feed post (2016–); also the –2023 profile grid's container, told apart by its links
].join(',');

/** Post links inside a tile or an article (shortcodes are read by shortcode.ts `postLinkOf`). */
export const postLinks = [
  'a[href*="/p/"]', // posts, carousels; /user/p/CODE/ on 2024– grids
  'a[href*="/reel/"]', // reels
].join(',');

/** A grid tile's hover overlay: likes then comments, one item each (hidden likes leave only comments). */
export const tileOverlayItems = 'li'; // 2016– <ul><li><span>1,234</span></li><li><span>56</span></li></ul>

/** A feed article's author link: <header> … <a href="/user/">. */
export const articleAuthorLinks = [
  'header a[href]', // 2016– feed article header (its other links, to places and audio, are not /user/)
] as const;

/** Where a profile badge goes: after the username heading, in the header that holds the profile's links… */
export const headerHeading = [
  'h2', // 2020– header, username in an h2
  'h1', // 2019 header and some logged-out layouts
] as const;

/** …or, on a page without those links (logged out), the page's profile header. */
export const profileHeading = headerHeading.map((heading) => `main header ${heading}`);

