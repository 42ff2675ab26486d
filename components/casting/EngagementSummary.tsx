/**
 * The creator's engagement rate in the chosen formula, said plainly: the rate, the range it may lie in and why, the
 * average beside the median, how many posts it stands on, and which posts were left out or stand out, with why.
 * The formula itself is one click away ("How is this worked out?").
 */
import { useId } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { CreatorEngagement } from '../../lib/kpi/creator-engagement';
import type { RateBasis } from '../../lib/kpi/interaction-sets';
import { basisLabel, factorText, formulaSentence, postsText, rateText, rateWords } from '../../lib/panel/casting-words';
import { safeHref } from '../../lib/panel/labels';
import { usePanel } from '../../lib/panel/panel-context';

export function engagementIn(card: CastingCard, basis: RateBasis): CreatorEngagement {
  return basis === 'views' ? card.engagement.byViews : card.engagement.byFollowers;
}

export function EngagementSummary({ card, basis }: { card: CastingCard; basis: RateBasis }) {
  const { format } = usePanel();
  const locale = format.locale;
  const headingId = useId();
  const platform = card.creator.platform;
  const engagement = engagementIn(card, basis);
  const other = engagementIn(card, basis === 'views' ? 'followers' : 'views');
  const used = engagement.postsUsed.length;
  const rate = engagement.median ? rateWords(engagement.median, locale) : null;

  return (
    <section className="er-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Engagement rate {basisLabel(basis, platform)}</h3>
      {rate && engagement.median ? (
        <>
          <p className="er-headline">
            <strong>
              <data value={engagement.median.value}>{rate.value}</data>
            </strong>
            {rate.range ? <span className="er-range"> {rate.range}</span> : null}
          </p>
          <p>
            The middle value (median) of the creator's last {postsText(used, locale)}
            {engagement.mean ? <>; their average is {rateText(engagement.mean, locale)}</> : null}.{' '}
            {rate.range
              ? 'The page rounded some counts (“1.2K” can be anything from 1,150 to 1,249), so the rate can only be pinned down to that range.'
              : 'Every count was exact.'}
          </p>
          {used < engagement.windowSize ? (
            <p className="muted">
              Only {postsText(used, locale)} of the {engagement.windowSize} asked for have a rate so far: open more of the creator's posts or their
              profile grid to fill the window.
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">
          No engagement rate {basisLabel(basis, platform)} yet: none of the posts read has the counts it needs
          {engagement.postsLeftOut.length ? ' (why each was left out is listed below)' : ''}.
          {basis === 'views' ? ' Photos and text posts have no views; try dividing by followers.' : ''}
        </p>
      )}
      {other.median ? (
        <p className="muted">
          {capitalize(basisLabel(other.basis, platform))} it is {rateText(other.median, locale)} over {postsText(other.postsUsed.length, locale)}.
        </p>
      ) : null}
      {engagement.viewsComparability && !engagement.viewsComparability.comparable ? (
        <p className="caveat" role="note">
          {engagement.viewsComparability.note}
        </p>
      ) : null}
      <details className="formula-details">
        <summary>How is this worked out?</summary>
        <p>
          For each post: {formulaSentence(basis, engagement.interactions, platform)}. The card takes the middle value of the last{' '}
          {engagement.windowSize} posts that have one, so a single viral or flopped post cannot swing it; the average is shown beside it
          because it does move with such posts.
        </p>
        <p>
          In symbols: <code>{engagement.formula}</code>, median over N = {engagement.windowSize} posts.
        </p>
        <p className="muted">
          Pinned posts and posts whose likes are hidden are left out (their counts are not those of a typical post); posts far from the
          creator's usual are kept but flagged. {engagement.postsOlderThanWindow ? `${postsText(engagement.postsOlderThanWindow, locale)} older than the window were not looked at.` : ''}
        </p>
      </details>
      <PostsSetApart engagement={engagement} />
    </section>
  );
}

function PostsSetApart({ engagement }: { engagement: CreatorEngagement }) {
  const { format } = usePanel();
  if (engagement.postsLeftOut.length === 0 && engagement.outliers.length === 0) return null;
  return (
    <div className="set-apart">
      {engagement.postsLeftOut.length ? (
        <>
          <h4>Not counted ({engagement.postsLeftOut.length})</h4>
          <ul>
            {engagement.postsLeftOut.map((post) => (
              <li key={post.key} data-post={post.key}>
                <PostLink url={post.url} label={post.publishedAt !== null ? `Post of ${format.date(post.publishedAt)}` : `Post ${post.postId}`} />:{' '}
                <span className="reason">{post.detail}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {engagement.outliers.length ? (
        <>
          <h4>Far from the usual, kept in ({engagement.outliers.length})</h4>
          <ul>
            {engagement.outliers.map((post) => (
              <li key={post.key} data-post={post.key}>
                <PostLink url={post.url} label={post.publishedAt !== null ? `Post of ${format.date(post.publishedAt)}` : `Post ${post.postId}`} />:{' '}
                {post.direction === 'high' ? 'far above' : 'far below'} the usual ({factorText(post.factor, format.locale)} the median);{' '}
                <span className="reason">{post.detail}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function PostLink({ url, label }: { url: string; label: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {label}
    </a>
  ) : (
    <>{label}</>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
