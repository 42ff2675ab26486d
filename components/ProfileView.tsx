/**
 * A profile page: who it is, the casting card, the creator's counts with evidence, their posts read so far, and their
 * snapshots.
 */
import type { CreatorRow, PostRow } from '../lib/db/rows';
import { engagementRateByFollowers, engagementRateByViews } from '../lib/kpi/engagement-rate';
import { formatPercent } from '../lib/kpi/format-percent';
import { DAY_MS } from '../lib/panel/format';
import { followersPerDay } from '../lib/panel/growth';
import { creatorMetricLabel, safeHref, shorten } from '../lib/panel/labels';
import type { PanelTarget } from '../lib/panel/page-target';
import { useCreatorPosts, useProfileCreator, useRecentSnapshots } from '../lib/panel/use-panel-data';
import { entityKeyOf } from '../lib/reading/keys';
import { CREATOR_METRICS, PLATFORM_NAMES } from '../lib/reading/reading';
import { EmptyState, NOT_READ_YET_TEXT } from './EmptyState';
import { MetricList, type MetricItem } from './MetricList';
import { usePanel } from '../lib/panel/panel-context';
import { CastingCardView } from './casting/CastingCard';
import { GrowthLine, SnapshotTable } from './SnapshotTable';
import { TimeText } from './TimeText';

type ProfileTarget = Extract<PanelTarget, { kind: 'profile' }>;

export function ProfileView({ target }: { target: ProfileTarget }) {
  const creator = useProfileCreator(target);
  if (creator === undefined) return <p className="muted" aria-busy="true">Loading…</p>;
  if (creator === null) {
    return (
      <EmptyState title={target.handle ? `@${target.handle} on ${PLATFORM_NAMES[target.platform]}` : `${PLATFORM_NAMES[target.platform]} profile`}>
        <p>{NOT_READ_YET_TEXT}</p>
      </EmptyState>
    );
  }
  return <ProfileDetails creator={creator} />;
}

function ProfileDetails({ creator }: { creator: CreatorRow }) {
  const { format } = usePanel();
  const snapshots = useRecentSnapshots(entityKeyOf('creator', creator.key));
  const posts = useCreatorPosts(creator.key);
  const href = safeHref(creator.url);
  const title = creator.name ?? (creator.handle ? `@${creator.handle}` : creator.key);
  const followersLabel = creatorMetricLabel(creator.platform, 'followers').toLowerCase();

  const metricItems: MetricItem[] = CREATOR_METRICS.flatMap((metric) => {
    const count = creator.latest[metric];
    return count ? [{ key: metric, label: creatorMetricLabel(creator.platform, metric), count }] : [];
  });

  return (
    <article className="entity" aria-labelledby="creator-title">
      <header className="entity-header">
        <p className="kicker">{PLATFORM_NAMES[creator.platform]} creator</p>
        <h1 id="creator-title">
          {href ? <a href={href} target="_blank" rel="noreferrer">{title}</a> : title}
        </h1>
        <dl className="facts">
          <div>
            <dt>Handle</dt>
            <dd>{creator.handle ? `@${creator.handle}` : <span className="muted">not shown</span>}</dd>
          </div>
          <div>
            <dt>Verified</dt>
            <dd>{creator.verified === true ? '✓ Verified' : creator.verified === false ? 'Not verified' : <span className="muted">not known</span>}</dd>
          </div>
          <div>
            <dt>Last read</dt>
            <dd>
              <TimeText at={creator.lastSeenAt} />
            </dd>
          </div>
        </dl>
      </header>

      <CastingCardView creatorKey={creator.key} />

      <section aria-labelledby="creator-metrics">
        <h2 id="creator-metrics">Counts</h2>
        <MetricList items={metricItems} />
      </section>

      <section aria-labelledby="creator-posts">
        <h2 id="creator-posts">Posts read so far</h2>
        {posts === undefined ? (
          <p className="muted" aria-busy="true">Loading…</p>
        ) : posts.total === 0 ? (
          <p className="muted">No posts of this creator read yet. Open a few of their posts to see per-post engagement.</p>
        ) : (
          <>
            <p className="muted">
              {posts.total > posts.posts.length
                ? `The newest ${format.number(posts.posts.length)} of ${format.number(posts.total)} posts read.`
                : `${format.number(posts.total)} ${posts.total === 1 ? 'post' : 'posts'} read.`}{' '}
              ER by views = (likes + comments + shares) / views; ER by {followersLabel} = (likes + comments [+ shares + saves]) / the
              creator's {followersLabel} now.
            </p>
            <ol className="post-list" aria-labelledby="creator-posts">
              {posts.posts.map((post) => (
                <PostListItem key={post.key} post={post} creator={creator} />
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="creator-history">
        <h2 id="creator-history">History</h2>
        {snapshots === undefined ? (
          <p className="muted" aria-busy="true">Loading…</p>
        ) : (
          <>
            <GrowthLine
              rate={followersPerDay(snapshots)}
              unit={`${followersLabel}/day`}
              empty={`${capitalize(followersLabel)} per day: needs two snapshots with ${followersLabel}. Visit the profile again later.`}
            />
            <SnapshotTable
              snapshots={snapshots}
              caption={`Last ${format.number(snapshots.length)} ${snapshots.length === 1 ? 'snapshot' : 'snapshots'}, oldest first`}
              columns={CREATOR_METRICS.map((metric) => ({ key: metric, label: creatorMetricLabel(creator.platform, metric) }))}
              rate={{ metric: 'followers', unitMs: DAY_MS, label: `${capitalize(followersLabel)}/day` }}
            />
          </>
        )}
      </section>
    </article>
  );
}

function PostListItem({ post, creator }: { post: PostRow; creator: CreatorRow }) {
  const { format } = usePanel();
  const href = safeHref(post.url);
  const title = post.title?.trim() || (post.caption ? shorten(post.caption, 90) : `Post ${post.postId}`);
  const byViews = engagementRateByViews(post.latest);
  const byFollowers = engagementRateByFollowers(post.latest, creator.latest.followers);
  const views = post.latest.views;
  return (
    <li className="post-item" data-post={post.key}>
      <p className="post-title">
        {href ? <a href={href} target="_blank" rel="noreferrer">{title}</a> : title}
        {post.sponsored ? <span className="badge"> sponsored</span> : null}
        {post.pinned ? <span className="badge"> pinned</span> : null}
      </p>
      <p className="post-meta muted">
        {post.publishedAt !== null ? format.date(post.publishedAt) : 'publish date not shown'}
        {views ? ` · ${format.countRange(views) ? '≈' : ''}${format.countValue(views)} views` : ''}
      </p>
      <p className="post-rates">
        <span>
          ER by views: <strong>{byViews ? formatPercent(byViews, format.locale) : '–'}</strong>
        </span>{' '}
        <span>
          ER by followers: <strong>{byFollowers ? formatPercent(byFollowers, format.locale) : '–'}</strong>
        </span>
      </p>
    </li>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
