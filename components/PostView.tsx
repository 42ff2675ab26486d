/** A post page: what it is, every count with its evidence, its engagement rates, and its recent snapshots. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CreatorRow, PostRow } from '../lib/db/rows';
import { DAY_MS, HOUR_MS } from '../lib/panel/format';
import { nearestCount, viewsPerHour } from '../lib/panel/growth';
import { creatorMetricLabel, FORMAT_LABELS, POST_METRIC_LABELS, safeHref, shorten } from '../lib/panel/labels';
import type { PanelTarget } from '../lib/panel/page-target';
import { findCreator, findPost, recentSnapshots } from '../lib/panel/queries';
import { entityKeyOf } from '../lib/reading/keys';
import { PLATFORM_NAMES, POST_METRICS } from '../lib/reading/reading';
import { EmptyState, NOT_READ_YET_TEXT } from './EmptyState';
import { EngagementRates, type FollowersInput } from './EngagementRates';
import { MetricList, type MetricItem } from './MetricList';
import { usePanel } from './panel-context';
import { GrowthLine, SnapshotTable } from './SnapshotTable';
import { TimeText } from './TimeText';

type PostTarget = Extract<PanelTarget, { kind: 'post' }>;

/** How far from the post's reading a creator snapshot may be to count as "followers at capture time". */
const FOLLOWERS_NEAR_MS = 7 * DAY_MS;

export function PostView({ target }: { target: PostTarget }) {
  const { db } = usePanel();
  const post = useLiveQuery(() => findPost(db, target.postKey), [db, target.postKey]);
  if (post === undefined) return <p className="muted" aria-busy="true">Loading…</p>;
  if (post === null) {
    return (
      <EmptyState title={`${PLATFORM_NAMES[target.platform]} post`}>
        <p>{NOT_READ_YET_TEXT}</p>
      </EmptyState>
    );
  }
  return <PostDetails post={post} target={target} />;
}

function PostDetails({ post, target }: { post: PostRow; target: PostTarget }) {
  const { db, format } = usePanel();
  const creatorKey = post.creatorKey ?? target.creatorKey;
  const creator = useLiveQuery(() => findCreator(db, creatorKey), [db, creatorKey]);
  const snapshots = useLiveQuery(() => recentSnapshots(db, target.entityKey), [db, target.entityKey]);
  const creatorSnapshots = useLiveQuery(
    () => (creatorKey ? recentSnapshots(db, entityKeyOf('creator', creatorKey), 50) : Promise.resolve([])),
    [db, creatorKey],
  );

  const title = post.title?.trim() || (post.caption ? shorten(post.caption, 120) : `${PLATFORM_NAMES[post.platform]} post ${post.postId}`);
  const metricItems: MetricItem[] = POST_METRICS.flatMap((metric) => {
    const count = post.latest[metric];
    return count ? [{ key: metric, label: POST_METRIC_LABELS[metric], count }] : [];
  });
  const followers = followersInput(post, creator ?? null, creatorSnapshots ?? []);
  const handle = creator?.handle ?? null;

  return (
    <article className="entity" aria-labelledby="post-title">
      <header className="entity-header">
        <p className="kicker">{PLATFORM_NAMES[post.platform]} post</p>
        <h1 id="post-title">
          {safeHref(post.url) ? <a href={safeHref(post.url)} target="_blank" rel="noreferrer">{title}</a> : title}
        </h1>
        <dl className="facts">
          <div>
            <dt>Creator</dt>
            <dd>{creator ? <CreatorName creator={creator} /> : creatorKey ? <span className="muted">not read yet</span> : <span className="muted">unknown</span>}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>{post.publishedAt !== null ? <TimeText at={post.publishedAt} dateOnly /> : <span className="muted">not shown</span>}</dd>
          </div>
          <div>
            <dt>Format</dt>
            <dd>{post.format ? FORMAT_LABELS[post.format] : <span className="muted">not known</span>}</dd>
          </div>
          <div>
            <dt>Sponsored</dt>
            <dd>
              {post.sponsored === true
                ? 'Yes: marked as a paid partnership or ad'
                : post.sponsored === false
                  ? 'No paid-partnership marking found'
                  : <span className="muted">not known</span>}
            </dd>
          </div>
          {post.pinned && (
            <div>
              <dt>Pinned</dt>
              <dd>Yes</dd>
            </div>
          )}
        </dl>
        {post.caption && post.title && <p className="caption">{shorten(post.caption, 280)}</p>}
      </header>

      <section aria-labelledby="post-metrics">
        <h2 id="post-metrics">Counts</h2>
        <MetricList items={metricItems} />
      </section>

      <section aria-labelledby="post-er">
        <h2 id="post-er">Engagement rate</h2>
        <EngagementRates metrics={post.latest} followers={followers} creatorName={handle ? `@${handle}` : (creator?.name ?? null)} />
      </section>

      <section aria-labelledby="post-history">
        <h2 id="post-history">History</h2>
        {snapshots === undefined ? (
          <p className="muted" aria-busy="true">Loading…</p>
        ) : (
          <>
            <GrowthLine rate={viewsPerHour(snapshots)} unit="views/hour" empty="Views per hour: needs two snapshots with views. Visit the post again later." />
            <SnapshotTable
              snapshots={snapshots}
              caption={`Last ${format.number(snapshots.length)} ${snapshots.length === 1 ? 'snapshot' : 'snapshots'}, oldest first`}
              columns={POST_METRICS.map((metric) => ({ key: metric, label: POST_METRIC_LABELS[metric] }))}
              rate={{ metric: 'views', unitMs: HOUR_MS, label: 'Views/h' }}
            />
          </>
        )}
      </section>
    </article>
  );
}

export function CreatorName({ creator }: { creator: CreatorRow }) {
  const href = safeHref(creator.url);
  const text = (
    <>
      {creator.name ?? (creator.handle ? `@${creator.handle}` : creator.key)}
      {creator.name && creator.handle ? <span className="handle"> @{creator.handle}</span> : null}
    </>
  );
  return (
    <>
      {href ? <a href={href} target="_blank" rel="noreferrer">{text}</a> : text}
      {creator.verified ? <span className="badge" title="Verified on the platform"> ✓ verified</span> : null}
    </>
  );
}

/**
 * Followers "at capture time" (product.md): the creator snapshot nearest to when the post's counts were read, when
 * one lies within a week of it; the creator's newest followers otherwise.
 */
function followersInput(post: PostRow, creator: CreatorRow | null, creatorSnapshots: Parameters<typeof nearestCount>[0]): FollowersInput | null {
  if (!creator) return null;
  const label = creatorMetricLabel(creator.platform, 'followers').toLowerCase();
  const readAt = Math.max(0, ...Object.values(post.latest).map((count) => count?.readAt ?? 0));
  const near = nearestCount(creatorSnapshots, 'followers', readAt);
  if (near && Math.abs(near.readAt - readAt) <= FOLLOWERS_NEAR_MS) return { count: near.count, readAt: near.readAt, label };
  const latest = creator.latest.followers;
  return latest ? { count: latest, readAt: latest.readAt, label } : null;
}
