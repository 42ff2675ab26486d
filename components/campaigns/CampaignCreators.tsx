/**
 * The campaign's creators with the cost agreed, their promo code and utm_content (given when they joined, then
 * theirs), and the tagged link built from the campaign's landing page, with the rules the values follow; exportable
 * as CSV. Creators join from the shortlists.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { LINK_RULES } from '../../lib/campaigns/campaign-links';
import { creatorEngagementRate, type CampaignData } from '../../lib/campaigns/campaign-progress';
import { campaignLinksCsv } from '../../lib/campaigns/links-csv';
import { storedCreatorLinks } from '../../lib/campaigns/stored-links';
import { shortlistChoices } from '../../lib/panel/campaign-queries';
import { downloadCsv } from '../../lib/panel/download';
import { formatKpiRange } from '../../lib/panel/kpi-values';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { usePanel } from '../../lib/panel/panel-context';

export function CampaignCreators({ data }: { data: CampaignData }) {
  const { format } = usePanel();
  const { campaign, creators } = data;
  const links = storedCreatorLinks(campaign, creators);
  const { run, busy, error } = useCampaignAction();
  const [landingPage, setLandingPage] = useState(campaign.links.base ?? '');
  return (
    <section aria-labelledby="campaign-creators">
      <h2 id="campaign-creators">Creators, links and codes</h2>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run({ type: 'campaign.update', campaignId: campaign.id, links: { base: landingPage.trim() || null } });
        }}
      >
        <label>
          Landing page <input type="url" value={landingPage} onChange={(event) => setLandingPage(event.target.value)} placeholder="https://shop.example/winter" />
        </label>
        <button type="submit" disabled={busy}>
          Save
        </button>
      </form>
      {creators.length === 0 ? (
        <p className="muted">No creator in this campaign yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="campaign-creators">
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Agreed cost</th>
                <th scope="col">Promo code</th>
                <th scope="col">utm_content</th>
                <th scope="col">ER (tracked posts)</th>
                <th scope="col">Tagged link</th>
                <th scope="col" aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {creators.map((creator, index) => {
                const er = creatorEngagementRate(data, creator.creatorKey);
                return (
                  <tr key={creator.id}>
                    <th scope="row">
                      @{creator.handle} <span className="muted">{PLATFORM_NAMES[creator.platform]}</span>
                    </th>
                    <td>
                      {format.number(creator.agreedCost.amount)} {creator.agreedCost.currency}
                    </td>
                    <td>
                      <code>{creator.promoCode}</code>
                    </td>
                    <td>
                      <code>{creator.utmContent}</code>
                    </td>
                    <td>{er ? formatKpiRange('engagement-rate', er.min, er.max, format.locale) : <span className="muted">no tracked post</span>}</td>
                    <td className="tagged-link">{links[index]!.link || <span className="muted">set a landing page</span>}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => {
                          if (window.confirm(`Remove @${creator.handle} and their tracked posts from the campaign?`)) void run({ type: 'campaign.remove-creator', campaignId: campaign.id, creatorKey: creator.creatorKey });
                        }}
                      >
                        remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {creators.length > 0 && (
        <button type="button" onClick={() => downloadCsv(campaignLinksCsv(links), `${campaign.links.utmCampaign}-links.csv`)}>
          Export links and codes (CSV)
        </button>
      )}
      <details>
        <summary>How links and codes are made</summary>
        <ul>
          {LINK_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>
      <AddCreator data={data} />
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function AddCreator({ data }: { data: CampaignData }) {
  const { db } = usePanel();
  const choices = useLiveQuery(() => shortlistChoices(db), [db]);
  const [choice, setChoice] = useState('');
  const [cost, setCost] = useState('');
  const { run, busy, error, setError } = useCampaignAction();
  const inCampaign = new Set(data.creators.map((creator) => creator.creatorKey));
  const options = (choices ?? []).flatMap(({ shortlist, entries }) =>
    entries.filter(({ entry }) => !inCampaign.has(entry.creatorKey)).map(({ entry, creator }) => ({ entry, label: `${creator?.handle ? `@${creator.handle}` : entry.creatorKey} (${shortlist.name})` })),
  );
  if (options.length === 0) return null;
  return (
    <form
      className="form-row"
      onSubmit={async (event) => {
        event.preventDefault();
        const option = options.find(({ entry }) => entry.id === choice) ?? options[0]!;
        if (cost.trim() === '') return setError('give the cost agreed with the creator');
        const done = await run({
          type: 'campaign.add-creator',
          campaignId: data.campaign.id,
          creatorKey: option.entry.creatorKey,
          agreedCost: { amount: Number(cost), currency: data.campaign.budget.currency },
          shortlistEntryId: option.entry.id,
        });
        if (done) setCost('');
      }}
    >
      <label>
        Add from a shortlist{' '}
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          {options.map(({ entry, label }) => (
            <option key={entry.id} value={entry.id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Agreed cost ({data.campaign.budget.currency}) <input inputMode="decimal" value={cost} onChange={(event) => setCost(event.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Add creator
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
