/** One campaign: its facts, its KPIs against their targets, creators, tracked posts, results and report. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { campaignProgress } from '../../lib/campaigns/campaign-progress';
import { loadCampaignData } from '../../lib/panel/campaign-queries';
import { useCampaignsScreen } from '../../lib/panel/campaigns-store';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { useLabelledCampaign } from '../../lib/panel/use-campaign-comment-labels';
import { usePanel, useNow } from '../../lib/panel/panel-context';
import { CampaignCreators } from './CampaignCreators';
import { CampaignKpis } from './CampaignKpis';
import { CampaignReport } from './CampaignReport';
import { CampaignResults } from './CampaignResults';
import { TrackedPosts } from './TrackedPosts';

export function CampaignDetail({ campaignId }: { campaignId: string }) {
  const { db, format } = usePanel();
  const now = useNow();
  const open = useCampaignsScreen((state) => state.open);
  const read = useLiveQuery(() => loadCampaignData(db, campaignId), [db, campaignId]);
  const { data, scoring, error: labelError } = useLabelledCampaign(read);
  const progress = useMemo(() => (data ? campaignProgress(data, now) : []), [data, now]);
  const { run, busy, error } = useCampaignAction();
  if (data === undefined) return <p className="muted" aria-busy="true">Loading…</p>;
  if (data === null) {
    return (
      <section>
        <p>This campaign is no longer in Castlist.</p>
        <button type="button" onClick={() => open({ kind: 'list' })}>
          All campaigns
        </button>
      </section>
    );
  }
  const { campaign, creators } = data;
  const committed = creators.filter((creator) => creator.agreedCost.currency === campaign.budget.currency).reduce((sum, creator) => sum + creator.agreedCost.amount, 0);
  return (
    <article className="campaign" aria-labelledby="campaign-title">
      <button type="button" className="link-button" onClick={() => open({ kind: 'list' })}>
        ← All campaigns
      </button>
      <header className="entity-header">
        <p className="kicker">{campaign.objective} campaign</p>
        <h1 id="campaign-title">{campaign.name}</h1>
        <dl className="facts">
          <div>
            <dt>Dates</dt>
            <dd>
              {format.date(campaign.startsAt)}–{format.date(campaign.endsAt - 1)}
            </dd>
          </div>
          <div>
            <dt>Budget</dt>
            <dd>
              {format.number(campaign.budget.amount)} {campaign.budget.currency}; agreed with creators: {format.number(committed)} {campaign.budget.currency}
            </dd>
          </div>
          <div>
            <dt>utm_campaign</dt>
            <dd>{campaign.links.utmCampaign}</dd>
          </div>
        </dl>
      </header>
      {scoring && (
        <p className="muted" aria-busy="true">
          Labelling the tracked posts' comments…
        </p>
      )}
      {labelError && <p role="alert">{labelError}</p>}
      <CampaignKpis data={data} progress={progress} />
      <CampaignCreators data={data} />
      <TrackedPosts data={data} />
      <CampaignResults data={data} />
      <CampaignReport data={data} now={now} />
      <section aria-labelledby="campaign-danger">
        <h2 id="campaign-danger">Delete</h2>
        <p className="muted">Deletes the campaign, its creators' codes, tracked posts, imports and entered values. The snapshots of the posts stay.</p>
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(`Delete the campaign "${campaign.name}"?`)) return;
            if (await run({ type: 'campaign.delete', campaignId })) open({ kind: 'list' });
          }}
        >
          Delete campaign
        </button>
        {error && <p role="alert">{error}</p>}
      </section>
    </article>
  );
}
