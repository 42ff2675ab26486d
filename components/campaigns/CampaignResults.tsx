/**
 * The brand's files, imported: an orders file (Shopify, WooCommerce, plain CSV) and, if any, a sessions file (GA4 by
 * ad content, plain), read and joined to the creators by the background. Per creator: orders, revenue, CPA,
 * conversion rate, AOV and return on spend next to their engagement rate; every row that counts for no creator is
 * listed with why. A file that cannot be read changes nothing, and the reason is shown.
 */
import { useRef, useState } from 'react';
import { creatorEngagementRate, type CampaignData } from '../../lib/campaigns/campaign-progress';
import type { CampaignResultsRow } from '../../lib/db/rows';
import { base64FromBytes } from '../../lib/messages/base64';
import { MAX_RESULTS_FILE_BYTES } from '../../lib/messages/campaign-messages';
import { formatKpiRange, formatKpiValue } from '../../lib/panel/kpi-values';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { usePanel } from '../../lib/panel/panel-context';

async function fileForMessage(file: File): Promise<{ name: string; base64: string }> {
  if (file.size > MAX_RESULTS_FILE_BYTES) throw new Error(`the file "${file.name}" is larger than ${MAX_RESULTS_FILE_BYTES / 1_000_000} MB`);
  return { name: file.name, base64: base64FromBytes(new Uint8Array(await file.arrayBuffer())) };
}

export function CampaignResults({ data }: { data: CampaignData }) {
  const { format } = usePanel();
  const orders = useRef<HTMLInputElement>(null);
  const sessions = useRef<HTMLInputElement>(null);
  const { run, busy, error, setError } = useCampaignAction();
  const [imported, setImported] = useState<string | null>(null);
  const latest = data.imports.at(-1) ?? null;

  const importFiles = async () => {
    setImported(null);
    const ordersFile = orders.current?.files?.[0];
    if (!ordersFile) return setError('choose the orders file first');
    const sessionsFile = sessions.current?.files?.[0] ?? null;
    let message;
    try {
      message = {
        type: 'campaign.import-results' as const,
        campaignId: data.campaign.id,
        orders: await fileForMessage(ordersFile),
        sessions: sessionsFile ? await fileForMessage(sessionsFile) : null,
      };
    } catch (readError) {
      return setError(`nothing was imported: ${readError instanceof Error ? readError.message : String(readError)}`);
    }
    if (await run(message)) {
      setImported(`Imported ${ordersFile.name}${sessionsFile ? ` and ${sessionsFile.name}` : ''}.`);
      if (orders.current) orders.current.value = '';
      if (sessions.current) sessions.current.value = '';
    }
  };

  return (
    <section aria-labelledby="campaign-results">
      <h2 id="campaign-results">Results</h2>
      <form
        className="results-import"
        onSubmit={(event) => {
          event.preventDefault();
          void importFiles();
        }}
      >
        <label>
          Orders file (Shopify, WooCommerce or CSV) <input ref={orders} type="file" accept=".csv,.tsv,.txt,text/csv" aria-label="Orders file" />
        </label>
        <label>
          Sessions file, optional (GA4 by ad content, or CSV) <input ref={sessions} type="file" accept=".csv,.tsv,.txt,text/csv" aria-label="Sessions file" />
        </label>
        <button type="submit" disabled={busy}>
          Import results
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {imported && <p role="status">{imported}</p>}
      {latest ? <ResultsTable data={data} row={latest} /> : <p className="muted">No results imported yet.</p>}
      {data.imports.length > 0 && (
        <details>
          <summary>Imports ({format.number(data.imports.length)})</summary>
          <ul>
            {data.imports.map((row) => (
              <li key={row.id}>
                {format.dateTime(row.importedAt)}: {row.orders.name} ({row.orders.format}, {row.orders.encoding}, {format.number(row.orders.dataRows)} rows)
                {row.sessions ? ` + ${row.sessions.name}` : ''}{' '}
                <button type="button" className="link-button" onClick={() => void run({ type: 'campaign.delete-results', campaignId: data.campaign.id, resultsId: row.id })}>
                  delete
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ResultsTable({ data, row }: { data: CampaignData; row: CampaignResultsRow }) {
  const { format } = usePanel();
  const money = (value: number | null, currency: string | null) => (value === null ? '—' : currency ? formatKpiValue('revenue', value, format.locale, currency) : format.number(value));
  const ratio = (value: number | null) => (value === null ? '—' : formatKpiValue('conversion-rate', value, format.locale));
  const { results } = row;
  return (
    <>
      <div className="table-scroll">
        <table className="results-table">
          <caption>
            As of the import of {format.dateTime(row.importedAt)} ({row.orders.name})
          </caption>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Code</th>
              <th scope="col">Orders</th>
              <th scope="col">Revenue</th>
              <th scope="col">CPA</th>
              <th scope="col">Conv. rate</th>
              <th scope="col">AOV</th>
              <th scope="col">ROAS</th>
              <th scope="col">ER</th>
            </tr>
          </thead>
          <tbody>
            {results.creators.map((result) => {
              const creator = data.creators.find((candidate) => candidate.handle === result.handle && candidate.platform === result.platform);
              const er = creator ? creatorEngagementRate(data, creator.creatorKey) : null;
              const costCurrency = row.creators.find((candidate) => candidate.handle === result.handle && candidate.platform === result.platform)?.cost.currency ?? null;
              return (
                <tr key={`${result.platform}:${result.handle}`} data-creator={result.handle}>
                  <th scope="row">@{result.handle}</th>
                  <td>
                    <code>{result.code ?? '—'}</code>
                  </td>
                  <td className="results-orders">{format.number(result.orders)}</td>
                  <td>{money(result.revenue, result.currency)}</td>
                  <td>{money(result.cpa, costCurrency)}</td>
                  <td>{ratio(result.conversionRate)}</td>
                  <td>{money(result.aov, result.currency)}</td>
                  <td>{result.roas === null ? '—' : `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 }).format(result.roas)}×`}</td>
                  <td>{er ? formatKpiRange('engagement-rate', er.min, er.max, format.locale) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {results.unmatched.length + results.unmatchedSessions.length > 0 && (
        <details open className="unmatched">
          <summary>
            Rows that count for no creator ({format.number(results.unmatched.length + results.unmatchedSessions.length)})
          </summary>
          <ul>
            {results.unmatched.map((problem) => (
              <li key={`o${problem.row}`}>
                Orders row {problem.row}: {problem.reason}
              </li>
            ))}
            {results.unmatchedSessions.map((problem) => (
              <li key={`s${problem.row}`}>
                Sessions row {problem.row}: {problem.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
