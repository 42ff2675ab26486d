/**
 * LinkedIn's own API data: the Voyager responses the logged-in app fetches (/voyager/api/…, REST and
 * graphql?queryId=…), copied by the page bridge. Responses are "normalized": every entity sits once in
 * included[] (or nested in data), typed by "$type" and named by "entityUrn", and entities point at each other
 * with "*key": urn. All counts here are exact.
 *
 *   …SocialActivityCounts  {urn | entityUrn "urn:li:fsd_socialActivityCounts:<target>", numLikes (all reactions),
 *                           numComments, numShares, numViews, reactionTypeCounts[{reactionType, count}]}
 *                           target: urn:li:activity:ID (a post) or urn:li:comment:(urn:li:activity:ID,CID)
 *   …feed.Update           {metadata.backendUrn, actor{name, description, subDescription, navigationContext},
 *                           commentary.text.text, socialContent.shareUrl}
 * Comments and the post's format are read from the rendered page, which shows the same.
 *   …identity.profile.Profile {publicIdentifier, firstName, lastName, *followingState → FollowingState}
 *   …organization.Company  {universalName, name, followingInfo{followerCount} | *followingState}  (staffCount is
 *                           employees, never followers)
 *   …FollowingState / FollowingInfo {followerCount}
 * Sources: khanhtranngoccva/linkedin-private-api entity docs; platform-extraction.md §5.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { type Json, asString, at } from '../json-path';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { PROMOTED, type ProfileRef, accountKindOf, exactNumber, labelledCount, postIdOfUrn, postIdsIn, postUrlOfId, profileOfHref, profileUrl, publishedAtOfId, sameHandle } from './linkedin-counts';

type Entity = Record<string, Json>;

export interface VoyagerData {
  entities: Entity[];
  byUrn: Map<string, Entity>;
}

const MAX_NODES = 300_000;

/** Every typed entity of a response, or null when it has none (not Voyager data). */
export function voyagerData(json: Json): VoyagerData | null {
  const entities: Entity[] = [];
  const stack: Json[] = [json];
  for (let visited = 0; stack.length && visited < MAX_NODES; visited++) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (typeof (node as Entity).$type === 'string') entities.push(node as Entity);
    // Children pushed last-first, so entities come out in the response's order (the feed's order).
    const values = Object.values(node);
    for (let index = values.length; index--; ) if (values[index] !== null && typeof values[index] === 'object') stack.push(values[index]);
  }
  if (!entities.length) return null;
  const byUrn = new Map<string, Entity>();
  for (const entity of entities) {
    const urn = asString(entity.entityUrn);
    if (urn && !byUrn.has(urn)) byUrn.set(urn, entity);
  }
  return { entities, byUrn };
}

const isType = (entity: Entity, suffix: RegExp) => suffix.test(asString(entity.$type) ?? '');

/** An exact count from an entity's field, with the field named in its evidence text. */
function field(entity: Json, key: string): SourcedCount | null {
  const value = at(entity, key);
  return exactNumber(value, 'network', `${key}: ${String(value)}`);
}

/** SocialActivityCounts entities by what they count: their `urn`, or the target inside their entityUrn. */
function countsByTarget(data: VoyagerData): Map<string, Entity> {
  const counts = new Map<string, Entity>();
  for (const entity of data.entities) {
    if (!isType(entity, /\.SocialActivityCounts$/)) continue;
    const target = asString(entity.urn) ?? /^urn:li:fsd?_socialActivityCounts:(.+)$/.exec(asString(entity.entityUrn) ?? '')?.[1];
    if (target && !counts.has(target)) counts.set(target, entity);
  }
  return counts;
}

function metricsOfCounts(entity: Entity): PostReading['metrics'] {
  const metrics: PostReading['metrics'] = {};
  // numLikes counts every reaction type (the sum of reactionTypeCounts).
  const likes = field(entity, 'numLikes');
  if (likes) metrics.likes = likes;
  const comments = field(entity, 'numComments');
  if (comments) metrics.comments = comments;
  const reposts = field(entity, 'numShares');
  if (reposts) metrics.reposts = reposts;
  // numViews is set on videos; 0 elsewhere means "not counted", not "no views". Impressions are not views.
  const views = field(entity, 'numViews');
  if (views?.value) metrics.views = views;
  return metrics;
}

const isUpdate = (entity: Entity) => isType(entity, /\.feed\.(?:Update|render\.UpdateV2)$/);

/** A post's ids as an Update names them: the activity first, then its share or ugcPost. */
function idsOfUpdate(entity: Entity): string[] {
  const urns = [at(entity, 'metadata', 'backendUrn'), at(entity, 'updateMetadata', 'urn'), at(entity, 'metadata', 'shareUrn'), entity.entityUrn];
  return [...new Set(urns.flatMap((urn) => postIdsIn(asString(urn))))];
}

export interface UpdatePost {
  post: PostReading;
  /** Every id the post is known by: its activity (post.id), its share or ugcPost. */
  ids: string[];
  /** An ad ("Promoted"): never a creator's post. */
  promoted: boolean;
  author: ProfileRef | null;
  /** A company author's followers, from its description line ("12,345 followers"). */
  authorFollowers: SourcedCount | null;
}

/** Every post the data describes (feeds, profile activity, search), with its counts. */
export function updatesOf(data: VoyagerData, lang: string | null): UpdatePost[] {
  const counts = new Map<string, PostReading['metrics']>();
  for (const [target, entity] of countsByTarget(data)) {
    const id = postIdOfUrn(target);
    if (id) counts.set(id, metricsOfCounts(entity));
  }
  const posts: UpdatePost[] = [];
  const described = new Set<string>();
  for (const entity of data.entities) {
    const ids = isUpdate(entity) ? idsOfUpdate(entity) : [];
    const id = ids[0];
    if (!id || described.has(id)) continue;
    for (const alias of ids) described.add(alias);
    const actor = at(entity, 'actor');
    const caption = asString(at(entity, 'commentary', 'text', 'text'))?.slice(0, 10_000) ?? null;
    const author = profileOfHref(asString(at(actor, 'navigationContext', 'actionTarget')));
    const post: PostReading = {
      id,
      url: asString(at(entity, 'socialContent', 'shareUrl')) ?? postUrlOfId(id),
      caption,
      publishedAt: publishedAtOfId(id),
      sponsored: hasSponsorshipDisclosure(caption),
      metrics: ids.map((alias) => counts.get(alias)).find(Boolean) ?? {},
    };
    if (author) post.author = { handle: author.handle, name: asString(at(actor, 'name', 'text')), ...accountKindOf(author) };
    posts.push({
      post,
      ids,
      promoted: PROMOTED.test(asString(at(actor, 'subDescription', 'text')) ?? ''),
      author,
      authorFollowers: author?.kind === 'company' ? labelledCount(asString(at(actor, 'description', 'text')), 'followers', lang, 'network') : null,
    });
  }
  // Counts with no Update beside them (a bare counts response) are posts too.
  for (const [id, metrics] of counts) {
    if (!described.has(id)) posts.push({ post: { id, url: postUrlOfId(id), publishedAt: publishedAtOfId(id), metrics }, ids: [id], promoted: false, author: null, authorFollowers: null });
  }
  return posts;
}

/** The person (/in/handle) or company (/company/handle) the data describes, or null. */
export function creatorOf(data: VoyagerData, profile: ProfileRef): CreatorReading | null {
  const key = profile.kind === 'in' ? 'publicIdentifier' : 'universalName';
  const matches = data.entities.filter((candidate) => sameHandle(asString(candidate[key]), profile.handle));
  // The full entity before a mini one (feeds carry mini profiles of everyone in them).
  const entity = matches.find((candidate) => !isType(candidate, /Mini(?:Profile|Company)$/)) ?? matches[0];
  if (!entity) return null;
  const followers = followersOf(entity, data);
  const name = profile.kind === 'in' ? [asString(entity.firstName), asString(entity.lastName)].filter(Boolean).join(' ') : asString(entity.name);
  const creator: CreatorReading = { handle: profile.handle, name: name || null, url: profileUrl(profile), ...accountKindOf(profile) };
  const urn = asString(entity.entityUrn);
  if (urn) creator.id = urn;
  if (followers) creator.followers = followers;
  return creator;
}

/** Followers on the entity, inline, or on the FollowingState / FollowingInfo it points at. Never staffCount. */
function followersOf(entity: Entity, data: VoyagerData): SourcedCount | null {
  const direct = field(entity, 'followerCount') ?? field(entity, 'followersCount') ?? field(entity.followingInfo, 'followerCount') ?? field(entity.followingState, 'followerCount');
  if (direct) return direct;
  const urn = asString(entity.entityUrn);
  const pointed = Object.entries(entity).filter(([key]) => key.startsWith('*') && /following/i.test(key)).map(([, value]) => asString(value));
  for (const target of [...pointed, ...(urn ? [`urn:li:fsd_followingState:${urn}`, `urn:li:fs_followingInfo:${urn}`] : [])]) {
    const count = target ? field(data.byUrn.get(target), 'followerCount') : null;
    if (count) return count;
  }
  return null;
}

