/**
 * The campaign's report: KPIs against targets, segmented by creator, platform and format, as a CSV download
 * (formula-escaped), and the charts as one PNG picture to download or copy into a deck.
 */
import { useState } from 'react';
import type { CampaignData } from '../../lib/campaigns/campaign-progress';
import { campaignReportCsv } from '../../lib/campaigns/campaign-report';
import { downloadBlob, downloadCsv } from '../../lib/panel/download';
import { chartsOnScreen, reportPicture } from './report-picture';

export function CampaignReport({ data, now }: { data: CampaignData; now: number }) {
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const { campaign } = data;
  const picture = () => reportPicture(`${campaign.name}: KPIs against targets`, chartsOnScreen(campaign.id));
  const fail = (what: string) => (error: unknown) => setStatus({ error: true, text: `${what}: ${error instanceof Error ? error.message : String(error)}` });
  return (
    <section aria-labelledby="campaign-report">
      <h2 id="campaign-report">Report</h2>
      <p className="muted">Each KPI against its target, then by creator, platform and format.</p>
      <div className="form-row">
        <button type="button" onClick={() => downloadCsv(campaignReportCsv(data, now), `${campaign.links.utmCampaign}-report.csv`)}>
          Download report (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            picture().then((blob) => {
              downloadBlob(blob, `${campaign.links.utmCampaign}-charts.png`);
              setStatus({ error: false, text: 'Picture of the charts downloaded.' });
            }, fail('The picture could not be made'))
          }
        >
          Download charts (PNG)
        </button>
        <button
          type="button"
          onClick={() =>
            picture()
              .then((blob) => navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]))
              .then(() => setStatus({ error: false, text: 'Picture of the charts copied: paste it into your deck.' }), fail('The picture could not be copied'))
          }
        >
          Copy charts
        </button>
      </div>
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </section>
  );
}
