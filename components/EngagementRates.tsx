/**
 * The house engagement rates of one post (lib/kpi), each with its formula and the inputs that went into it, as a
 * range when an input was read from a rounded display.
 */
import type { Count } from '../lib/count';
import { engagementRateByFollowers, engagementRateByViews, type EngagementRate, type Metrics } from '../lib/kpi/engagement-rate';
import { formatPercent } from '../lib/kpi/format-percent';
import { POST_METRIC_LABELS } from '../lib/panel/labels';
import type { PostMetric } from '../lib/reading/reading';
import { usePanel } from '../lib/panel/panel-context';
import type { FollowersInput } from '../lib/panel/post-followers';
import { TimeText } from './TimeText';

export function EngagementRates({
  metrics,
  followers,
  creatorName,
}: {
  metrics: Metrics;
  followers: FollowersInput | null;
  /** "@handle", for "open @handle's profile" when followers are not known. */
  creatorName: string | null;
}) {
  const byViews = engagementRateByViews(metrics);
  const byFollowers = followers ? engagementRateByFollowers(metrics, followers.count) : null;
  return (
    <dl className="rates">
      <div className="rate" data-rate="by-views">
        <dt>ER by views</dt>
        {byViews ? (
          <RateDetails rate={byViews} metrics={metrics} denominator={metrics.views!} denominatorLabel="views" />
        ) : (
          <dd className="muted">{metrics.views ? 'Needs likes, and the page shows none.' : 'Needs views, and the page shows none.'}</dd>
        )}
      </div>
      <div className="rate" data-rate="by-followers">
        <dt>ER by followers</dt>
        {byFollowers && followers ? (
          <>
            <RateDetails rate={byFollowers} metrics={metrics} denominator={followers.count} denominatorLabel={followers.label} />
            <dd className="evidence">
              {capitalize(followers.label)} read <TimeText at={followers.readAt} />.
            </dd>
          </>
        ) : (
          <dd className="muted">
            {!followers
              ? `Needs the creator's followers: open ${creatorName ?? 'the creator'}'s profile once.`
              : 'Needs likes, and the page shows none.'}
          </dd>
        )}
      </div>
    </dl>
  );
}

function RateDetails({
  rate,
  metrics,
  denominator,
  denominatorLabel,
}: {
  rate: EngagementRate;
  metrics: Metrics;
  denominator: Count;
  denominatorLabel: string;
}) {
  const { format } = usePanel();
  const input = (count: Count) => format.countRange(count) ?? format.countValue(count);
  const names = rate.numerator.map((metric) => POST_METRIC_LABELS[metric].toLowerCase());
  const values = rate.numerator.map((metric) => input(metrics[metric]!));
  const wrap = (parts: string[]) => (parts.length > 1 ? `(${parts.join(' + ')})` : parts.join(''));
  return (
    <>
      <dd className="rate-value">
        <strong>{formatPercent(rate, format.locale)}</strong>{' '}
        {rate.exact ? (
          <span className="precision precision-exact">from exact counts</span>
        ) : (
          <span className="precision precision-range">range: an input was rounded on the page</span>
        )}
      </dd>
      <dd className="formula">
        <span className="formula-names">
          {wrap(names)} / {denominatorLabel}
        </span>{' '}
        = <span className="formula-inputs">{`${wrap(values)} / ${input(denominator)}`}</span>
      </dd>
      {rate.missing.length > 0 && (
        <dd className="muted">Not shown on the page, left out: {listOf(rate.missing)}.</dd>
      )}
    </>
  );
}

function listOf(metrics: PostMetric[]): string {
  return metrics.map((metric) => POST_METRIC_LABELS[metric].toLowerCase()).join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
