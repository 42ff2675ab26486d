/**
 * "Track in a campaign" on a post's page (the "This page" view): the campaigns its creator is in, each tracking it or
 * not. Tracking makes every later visit a point of the campaign's charts, all of them kept.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { campaignsForPost } from '../../lib/panel/campaign-queries';
import { useCampaignsScreen } from '../../lib/panel/campaigns-store';
import { usePanelNavigation } from '../../lib/panel/navigation-store';
import { findPost } from '../../lib/panel/queries';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { usePanel } from '../../lib/panel/panel-context';

export function TrackThisPost({ postKey }: { postKey: string }) {
  const { db } = usePanel();
  const memberships = useLiveQuery(async () => {
    const post = await findPost(db, postKey);
    return post ? campaignsForPost(db, postKey, post.creatorKey) : [];
  }, [db, postKey]);
  const { run, busy, error } = useCampaignAction();
  const showView = usePanelNavigation((state) => state.show);
  const openCampaign = useCampaignsScreen((state) => state.open);
  if (!memberships || memberships.length === 0) return null;
  return (
    <section aria-labelledby="track-post" className="track-post">
      <h2 id="track-post">Campaigns</h2>
      <ul>
        {memberships.map(({ campaign, tracked }) => (
          <li key={campaign.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                openCampaign({ kind: 'campaign', campaignId: campaign.id });
                showView('campaigns');
              }}
            >
              {campaign.name}
            </button>
            {': '}
            {tracked ? (
              <>
                tracked: every visit adds a point.{' '}
                <button type="button" disabled={busy} onClick={() => void run({ type: 'campaign.untrack-post', campaignId: campaign.id, postKey })}>
                  Stop tracking
                </button>
              </>
            ) : (
              <button type="button" disabled={busy} onClick={() => void run({ type: 'campaign.track-post', campaignId: campaign.id, postKey })}>
                Track in {campaign.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
