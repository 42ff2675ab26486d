/**
 * The campaign's live posts: each with its points (one per visit of the user's; Castlist fetches nothing) charted
 * for the campaign's page KPIs, and the posts of its creators that Castlist has read, to track. A post is also
 * tracked from its own page, in "This page".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { PAGE_KPIS_PER_POST, postSeries, type CampaignData, type TrackedPostData } from '../../lib/campaigns/campaign-progress';
import { KPIS, type KpiId } from '../../lib/campaigns/kpi-catalog';
import { postsByCreators } from '../../lib/panel/campaign-queries';
import { formatKpiValue } from '../../lib/panel/kpi-values';
import { FORMAT_LABELS, safeHref, shorten } from '../../lib/panel/labels';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { usePanel } from '../../lib/panel/panel-context';
import { TimeText } from '../TimeText';
import { KpiChart } from './KpiChart';

export function TrackedPosts({ data }: { data: CampaignData }) {
  const { campaign } = data;
  const campaignKpis = [campaign.primaryKpi, ...campaign.supportingKpis].map((target) => target.kpi);
  const chartKpis = PAGE_KPIS_PER_POST.filter((kpi) => campaignKpis.includes(kpi));
  const kpis: readonly KpiId[] = chartKpis.length > 0 ? chartKpis : ['video-views', 'engagement-rate'];
  return (
    <section aria-labelledby="campaign-posts">
      <h2 id="campaign-posts">Tracked posts</h2>
      <p className="muted">Every visit to a tracked post adds a point, and all of them are kept. Castlist fetches nothing: the toolbar button reminds you of posts not visited for a while.</p>
      {data.trackedPosts.length === 0 ? (
        <p className="muted">No tracked post yet.</p>
      ) : (
        data.trackedPosts.map((post) => <TrackedPost key={post.tracked.id} data={data} post={post} kpis={kpis} />)
      )}
      <TrackAPost data={data} />
    </section>
  );
}

function TrackedPost({ data, post, kpis }: { data: CampaignData; post: TrackedPostData; kpis: readonly KpiId[] }) {
  const { format } = usePanel();
  const { run, busy, error } = useCampaignAction();
  const creator = data.creators.find((candidate) => candidate.creatorKey === post.tracked.creatorKey);
  const row = post.post;
  const title = row?.title?.trim() || (row?.caption ? shorten(row.caption, 80) : post.tracked.postKey);
  const href = safeHref(post.tracked.url);
  const series = useMemo(
    () => kpis.map((kpi) => ({ kpi, observations: postSeries(post, kpi, data.creatorSnapshots[post.tracked.creatorKey] ?? []) })).filter(({ observations }) => observations.length > 0),
    [kpis, post, data.creatorSnapshots],
  );
  const timeFrame = { start: data.campaign.startsAt, end: data.campaign.endsAt };
  return (
    <div className="tracked-post" data-post-key={post.tracked.postKey}>
      <h3>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h3>
      <p className="muted">
        {creator ? `@${creator.handle}` : post.tracked.creatorKey} · {row ? PLATFORM_NAMES[row.platform] : ''}
        {row?.format ? ` · ${FORMAT_LABELS[row.format]}` : ''} · <span className="snapshot-count">{post.snapshots.length} {post.snapshots.length === 1 ? 'visit' : 'visits'}</span>
        {row && (
          <>
            {' '}
            · last seen <TimeText at={row.lastSeenAt} />
          </>
        )}
      </p>
      {series.map(({ kpi, observations }) => (
        <PostChart key={kpi} kpi={kpi} observations={observations} timeFrame={timeFrame} locale={format.locale} />
      ))}
      <button type="button" className="link-button" disabled={busy} onClick={() => void run({ type: 'campaign.untrack-post', campaignId: data.campaign.id, postKey: post.tracked.postKey })}>
        stop tracking
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

function PostChart({ kpi, observations, timeFrame, locale }: { kpi: KpiId; observations: ReturnType<typeof postSeries>; timeFrame: { start: number; end: number }; locale: string }) {
  const formatValue = useCallback((value: number) => formatKpiValue(kpi, value, locale), [kpi, locale]);
  const frame = useMemo(() => ({ start: Math.min(timeFrame.start, observations[0]!.at), end: Math.max(timeFrame.end, observations.at(-1)!.at) }), [timeFrame.start, timeFrame.end, observations]);
  return <KpiChart title={KPIS[kpi].label} observations={observations} timeFrame={frame} formatValue={formatValue} height={120} />;
}

function TrackAPost({ data }: { data: CampaignData }) {
  const { db } = usePanel();
  const creatorKeys = useMemo(() => data.creators.map((creator) => creator.creatorKey), [data.creators]);
  const posts = useLiveQuery(() => postsByCreators(db, creatorKeys), [db, creatorKeys.join('\n')]);
  const [choice, setChoice] = useState('');
  const { run, busy, error } = useCampaignAction();
  const tracked = new Set(data.trackedPosts.map((post) => post.tracked.postKey));
  const options = (posts ?? []).filter((post) => !tracked.has(post.key));
  if (options.length === 0) return <p className="muted">Open a post of a campaign creator to track it from here or from "This page".</p>;
  return (
    <form
      className="form-row"
      onSubmit={(event) => {
        event.preventDefault();
        void run({ type: 'campaign.track-post', campaignId: data.campaign.id, postKey: choice || options[0]!.key });
      }}
    >
      <label>
        Track a post Castlist has read{' '}
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          {options.map((post) => (
            <option key={post.key} value={post.key}>
              {shorten(post.title?.trim() || post.caption || post.key, 60)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        Track post
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
