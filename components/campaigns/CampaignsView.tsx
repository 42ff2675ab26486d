/**
 * The Campaigns view: the list of campaigns, the new-campaign form, or one campaign (its KPIs against their targets,
 * creators with links and codes, tracked posts, imported results and report). Which is open is UI state
 * (lib/panel/campaigns-store.ts); everything shown is read live from the database.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listCampaigns } from '../../lib/panel/campaign-queries';
import { useCampaignsScreen } from '../../lib/panel/campaigns-store';
import { usePanel } from '../../lib/panel/panel-context';
import { CampaignDetail } from './CampaignDetail';
import { NewCampaignForm } from './NewCampaignForm';
import { ReminderSetting } from './ReminderSetting';

export function CampaignsView() {
  const screen = useCampaignsScreen((state) => state.screen);
  return <main className="panel campaigns">{screen.kind === 'new' ? <NewCampaignForm /> : screen.kind === 'campaign' ? <CampaignDetail campaignId={screen.campaignId} /> : <CampaignList />}</main>;
}

function CampaignList() {
  const { db, format } = usePanel();
  const open = useCampaignsScreen((state) => state.open);
  const campaigns = useLiveQuery(() => listCampaigns(db), [db]);
  return (
    <section aria-labelledby="campaigns-title">
      <h1 id="campaigns-title">Campaigns</h1>
      <button type="button" onClick={() => open({ kind: 'new' })}>
        New campaign
      </button>
      {campaigns === undefined ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : campaigns.length === 0 ? (
        <p className="muted">No campaign yet. A campaign starts from its objective, its KPIs with targets, and creators from your shortlists.</p>
      ) : (
        <ul className="campaign-list">
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <button type="button" className="link-button" onClick={() => open({ kind: 'campaign', campaignId: campaign.id })}>
                {campaign.name}
              </button>{' '}
              <span className="muted">
                {campaign.objective} · {format.date(campaign.startsAt)}–{format.date(campaign.endsAt - 1)} · budget{' '}
                {format.number(campaign.budget.amount)} {campaign.budget.currency}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ReminderSetting />
    </section>
  );
}
