/** A post page: what it is, every count with its evidence, its engagement rates, and its recent snapshots. */
import type { CreatorRow, PostRow } from '../lib/db/rows';
import { HOUR_MS } from '../lib/panel/format';
import { viewsPerHour } from '../lib/panel/growth';
import { FORMAT_LABELS, POST_METRIC_LABELS, safeHref, shorten } from '../lib/panel/labels';
import type { PanelTarget } from '../lib/panel/page-target';
import { useCreator, usePost, usePostFollowers, useRecentSnapshots } from '../lib/panel/use-panel-data';
import { PLATFORM_NAMES, POST_METRICS } from '../lib/reading/reading';
import { CastingCardView } from './casting/CastingCard';
import { EmptyState, NOT_READ_YET_TEXT } from './EmptyState';
import { EngagementRates } from './EngagementRates';
import { MetricList, type MetricItem } from './MetricList';
import { usePanel } from '../lib/panel/panel-context';
import { GrowthLine, SnapshotTable } from './SnapshotTable';
import { TimeText } from './TimeText';

type PostTarget = Extract<PanelTarget, { kind: 'post' }>;

export function PostView({ target }: { target: PostTarget }) {
  const post = usePost(target.postKey);
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
  const { format } = usePanel();
  const creatorKey = post.creatorKey ?? target.creatorKey;
  const creator = useCreator(creatorKey);
  const snapshots = useRecentSnapshots(target.entityKey);
  const followers = usePostFollowers(post, creator);

  const title = post.title?.trim() || (post.caption ? shorten(post.caption, 120) : `${PLATFORM_NAMES[post.platform]} post ${post.postId}`);
  const metricItems: MetricItem[] = POST_METRICS.flatMap((metric) => {
    const count = post.latest[metric];
    return count ? [{ key: metric, label: POST_METRIC_LABELS[metric], count }] : [];
  });
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

      {creator ? <CastingCardView creatorKey={creator.key} title="About the creator" /> : null}
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
