/**
 * The evidence trail: every post the engagement rate was computed from (or left out, and why), each count with the
 * page's own text, where it was read from and when, and the follower snapshot it was divided by. Page text is shown
 * only as text.
 */
import { useId, useMemo } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { CreatorEngagement } from '../../lib/kpi/creator-engagement';
import type { RateBasis } from '../../lib/kpi/interaction-sets';
import { type EvidenceCount, type EvidencePost, engagementEvidence } from '../../lib/panel/casting-evidence';
import type { CastingRows } from '../../lib/panel/casting-queries';
import { EVIDENCE_FILTERS, type EvidenceFilter, useCastingUi } from '../../lib/panel/casting-store';
import { basisLabel, rateText } from '../../lib/panel/casting-words';
import { shorten, sourceLabel } from '../../lib/panel/labels';
import { usePanel, useNow } from '../../lib/panel/panel-context';
import { Disclosure } from './Disclosure';
import { PostLink, engagementIn } from './EngagementSummary';

const FILTER_WORDS: Record<EvidenceFilter, string> = { used: 'posts counted', 'left-out': 'posts left out', all: 'all posts looked at' };

export function EvidenceTrail({ card, rows, basis }: { card: CastingCard; rows: CastingRows; basis: RateBasis }) {
  const { format } = usePanel();
  const engagement = engagementIn(card, basis);
  return (
    <Disclosure
      className="evidence-trail"
      summary={
        <>
          Where the engagement rate {basisLabel(basis, card.creator.platform)} comes from ({format.number(engagement.postsUsed.length)} posts counted,{' '}
          {format.number(engagement.postsLeftOut.length)} left out)
        </>
      }
    >
      {() => <EvidenceList engagement={engagement} rows={rows} />}
    </Disclosure>
  );
}

function EvidenceList({ engagement, rows }: { engagement: CreatorEngagement; rows: CastingRows }) {
  const filterId = useId();
  const filter = useCastingUi((state) => state.evidenceFilter);
  const setFilter = useCastingUi((state) => state.setEvidenceFilter);
  const evidence = useMemo(() => engagementEvidence(engagement, rows), [engagement, rows]);
  const shown = evidence.filter((post) => filter === 'all' || post.status === filter);
  return (
    <>
      <p>
        <label htmlFor={filterId}>Show</label>{' '}
        <select id={filterId} value={filter} onChange={(event) => setFilter(event.target.value as EvidenceFilter)}>
          {EVIDENCE_FILTERS.map((choice) => (
            <option key={choice} value={choice}>
              {FILTER_WORDS[choice]}
            </option>
          ))}
        </select>
      </p>
      {shown.length === 0 ? <p className="muted">None.</p> : null}
      <ol className="evidence-list">
        {shown.map((post) => (
          <EvidenceItem key={post.key} post={post} />
        ))}
      </ol>
    </>
  );
}

function EvidenceItem({ post }: { post: EvidencePost }) {
  const { format } = usePanel();
  return (
    <li className={`evidence-post evidence-${post.status}`} data-post={post.key}>
      <p className="post-title">
        <PostLink url={post.url} label={post.title} />
        {post.sponsored ? <span className="badge"> sponsored</span> : null}
      </p>
      <p className="muted">
        {post.publishedAt !== null ? `Published ${format.date(post.publishedAt)}` : 'Publish date not shown'}
        {post.rate ? (
          <>
            {' · '}rate <strong>{rateText(post.rate, format.locale)}</strong>
          </>
        ) : null}
      </p>
      {post.why ? <p className={post.status === 'left-out' ? 'reason' : 'caveat'}>{post.status === 'left-out' ? 'Left out: ' : 'Far from the usual: '}{post.why}</p> : null}
      {post.counts.length ? (
        <ul className="evidence-counts">
          {post.counts.map((count) => (
            <CountEvidenceItem key={count.name} count={count} />
          ))}
          {post.divisor ? <CountEvidenceItem count={post.divisor} divisor /> : null}
        </ul>
      ) : null}
    </li>
  );
}

function CountEvidenceItem({ count, divisor = false }: { count: EvidenceCount; divisor?: boolean }) {
  const { format } = usePanel();
  const now = useNow();
  const range = count.exact || count.min === count.max ? null : `${format.number(count.min)}–${format.number(count.max)}`;
  return (
    <li data-count={count.name}>
      {divisor ? 'divided by ' : ''}
      {count.name} <data value={count.value}>{format.number(count.value)}</data>
      {range ? ` (${range})` : ''}: <q className="page-text">{shorten(count.text, 80)}</q>, read {format.dateTime(count.readAt, now)} from{' '}
      {count.source ? sourceLabel(count.source) : 'an unrecorded source'}
      {count.pageUrl ? (
        <>
          {' '}on <span className="url">{count.pageUrl}</span>
        </>
      ) : null}
      {count.snapshotId ? <span className="muted"> (snapshot {count.snapshotId})</span> : null}
    </li>
  );
}
