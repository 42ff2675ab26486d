/**
 * X's rendered DOM, one list per thing, each alternative with the layout it serves. X hashes every class
 * ("css-175oi2r r-18u37iz"): only data-testid, role, aria-label and href are keyed on, never a class.
 * The layouts named here are the 2023–2024 web app (rvinowise/twitter_bot fragments in ../shared/fixtures/x) and
 * the 2025– app, which kept these testids.
 */

/** One post in a timeline, a conversation or a status page. */
export const tweetArticle = 'article[data-testid="tweet"]'; // 2020– web app

/** A quoted post inside a post: its own author, time and text are not the outer post's. */
export const quoteContainer = [
  'div[role="link"]', // 2021–2024: the quote card is a div with role=link (the outer post's permalink is an <a>)
  '[data-testid="quoteTweet"]', // 2025– quote card testid ⚠ seen in newer builds only
].join(',');

/** The permalink of a post: the link around its time ("/user/status/ID"), `time[datetime]` inside. */
export const permalinkTime = 'a[href*="/status/"] time[datetime]'; // 2019– timeline and focused posts alike

/** The action bar; its aria-label lists every count shown ("499 replies, 4027 reposts, 7120 likes, … views"). */
export const actionBar = '[role="group"]'; // 2020– action bar (also the focused post's bar)

/** The action bar's buttons by testid: stable across the Retweet → Repost rename and across locales. */
export const replyButton = '[data-testid="reply"]'; // 2019–
export const repostButton = '[data-testid="retweet"],[data-testid="unretweet"]'; // unretweet when the viewer reposted
export const likeButton = '[data-testid="like"],[data-testid="unlike"]'; // unlike when the viewer liked
export const bookmarkButton = '[data-testid="bookmark"],[data-testid="removeBookmark"]'; // 2023– bookmark button

/** Views: the analytics link ("9281975 views. View post analytics"); absent on the focused post. */
export const analyticsLink = 'a[href$="/analytics"]'; // 2022– (views launched Dec 2022)

/** The number shown on a button ("4K"), when its aria-label has none. */
export const buttonShownCount = '[data-testid="app-text-transition-container"]'; // 2020–

export const tweetText = '[data-testid="tweetText"]'; // 2020–
export const tweetAuthorName = '[data-testid="User-Name"]'; // 2021– author block (name, @handle, time)
export const verifiedIcon = '[data-testid="icon-verified"]'; // 2023– blue/gold/grey check

/** Media and cards, for the post's format. */
export const videoMedia = [
  '[data-testid="videoPlayer"]', // 2020– native video
  '[data-testid="videoComponent"]', // 2023– native video inside the player
  '[data-testid="previewInterstitial"]', // 2023 "Embedded video" play overlay of a video card
].join(',');
export const photoMedia = '[data-testid="tweetPhoto"]'; // 2020– one per photo
export const cardCarouselSlide = '[data-testid="LayoutCardCarousel-slide"]'; // 2023 media carousel card
export const pollCard = '[data-testid="cardPoll"]'; // 2019– poll card

/** "Reposted by …" / "Pinned" line above a post. A repost line links to the reposter; "Pinned" has no link. */
export const socialContext = '[data-testid="socialContext"]'; // 2020–

/** Wrapper X puts around promoted posts (ads): they are skipped. */
export const promotedWrapper = '[data-testid="placementTracking"]'; // 2022– ad and video placement tracking

/** Profile header. */
export const profileUserName = '[data-testid="UserName"]'; // 2021– name, badges, @handle
/** The app bar above a profile: name (h2) then "111 posts". */
export const appBarPostCount = '[data-testid="primaryColumn"] h2[role="heading"] + div'; // 2023– posts count under the name

/** Hover cards float in #layers; their counts belong to another user. */
export const hoverLayer = '#layers';

/** "Hmm...this page doesn't exist" / "This account doesn't exist" / suspended. */
export const missingPage = [
  '[data-testid="error-detail"]', // 2022– status page of a deleted post ⚠ testid from 2023 app bundles
  '[data-testid="emptyState"]', // 2022– profile that does not exist or is suspended ⚠
].join(',');
