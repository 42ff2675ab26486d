/**
 * Growth and rhythm: followers gained per day and per week between the first and last snapshots, views per hour of
 * the newest posts between their two latest snapshots, breakout posts, and how often the creator posts. Each figure
 * names the snapshots (their times and the page's text) it was computed from.
 */
import { useId } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { CastingRows } from '../../lib/panel/casting-queries';
import { postTitle } from '../../lib/panel/casting-evidence';
import { factorText } from '../../lib/panel/casting-words';
import { numberFormat } from '../../lib/panel/number-formats';
import { usePanel, useNow } from '../../lib/panel/panel-context';
import { Disclosure } from './Disclosure';
import { PostLink } from './EngagementSummary';

export function GrowthSection({ card, rows }: { card: CastingCard; rows: CastingRows }) {
  const { format } = usePanel();
  const now = useNow();
  const headingId = useId();
  const word = card.creator.platform === 'youtube' ? 'subscribers' : 'followers';
  const growth = card.growth.followers;
  // the posts with views per hour and the breakouts are among those the card lists, whose rows castingRowsOf read
  const postsByKey = rows.postRows;
  const digits = (value: number) => (Math.abs(value) < 10 ? 1 : 0);
  return (
    <section className="growth-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Growth and rhythm</h3>
      {growth ? (
        <p>
          <strong>
            {format.signedRange(growth.perDay, digits(growth.perDay.value))} {word} a day
          </strong>{' '}
          ({format.signedRange(growth.perWeek, digits(growth.perWeek.value))} a week), from “{growth.from.text}” on {format.dateTime(growth.from.readAt, now)} to “
          {growth.to.text}” on {format.dateTime(growth.to.readAt, now)}.
        </p>
      ) : (
        <p className="muted">Growth needs two readings of the {word} at least an hour apart: visit the profile again later.</p>
      )}
      {card.growth.viewsPerHour.length ? (
        <Disclosure summary={<>Views per hour of the newest posts ({card.growth.viewsPerHour.length})</>}>
          {() => (
          <ul>
            {card.growth.viewsPerHour.map((velocity) => {
              const post = postsByKey.get(velocity.postKey);
              return (
                <li key={velocity.postKey}>
                  {post ? <PostLink url={post.url} label={postTitle(post, 60)} /> : velocity.postKey}:{' '}
                  <strong>{format.signedRange(velocity.perHour, digits(velocity.perHour.value))} views an hour</strong>, from “{velocity.from.text}” (
                  {format.dateTime(velocity.from.readAt, now)}) to “{velocity.to.text}” ({format.dateTime(velocity.to.readAt, now)})
                  {velocity.notComparable ? <span className="caveat"> — not comparable: {velocity.notComparable}</span> : null}
                </li>
              );
            })}
          </ul>
          )}
        </Disclosure>
      ) : null}
      {card.breakouts.breakouts.length ? (
        <>
          <p>
            <strong>
              {card.breakouts.breakouts.length} breakout {card.breakouts.breakouts.length === 1 ? 'post' : 'posts'}
            </strong>{' '}
            with views far above the creator's usual:
          </p>
          <ul>
            {card.breakouts.breakouts.map((breakout) => {
              const post = postsByKey.get(breakout.key);
              return (
                <li key={breakout.key}>
                  {post ? <PostLink url={post.url} label={postTitle(post, 60)} /> : breakout.postId}: “{breakout.views.text}” views, at least{' '}
                  {factorText(breakout.factor, format.locale)} the median of {format.number(breakout.comparedWith)} posts ({format.number(breakout.medianViews)})
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="muted">
          No breakout post among the {format.number(card.breakouts.postsWithViews)} with views
          {card.breakouts.postsWithViews < 5 ? ' (needs at least 5 to tell)' : ''}.
        </p>
      )}
      <details className="formula-details">
        <summary>What counts as a breakout?</summary>
        <p>{card.breakouts.rule}.</p>
      </details>
      {card.cadence ? (
        <p>
          Posts about <strong>{timesAWeek(card.cadence.postsPerWeek, format.locale)}</strong> (a post every{' '}
          {numberFormat(format.locale, { maximumFractionDigits: 1 }).format(card.cadence.medianGapDays)} days, typically); the
          newest was published {format.relative(card.cadence.to, now)}. From the {format.number(card.cadence.posts)} dated posts read.
        </p>
      ) : (
        <p className="muted">Posting rhythm needs two dated posts.</p>
      )}
    </section>
  );
}

/** "once a week", "2.5 times a week". */
function timesAWeek(perWeek: number, locale: string): string {
  const text = numberFormat(locale, { maximumFractionDigits: 1 }).format(perWeek);
  return text === numberFormat(locale).format(1) ? 'once a week' : `${text} times a week`;
}
