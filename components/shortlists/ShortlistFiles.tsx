/**
 * A list to and from CSV files. Download: the list shown (or every list and creator) in a chosen layout (Castlist's
 * own, or a CRM's import template: lib/csv/presets.ts), with a byte-order mark for Excel if asked; the file is
 * built here from plain reads (lib/csv) and saved through a Blob URL. Upload: the file is planned here first (which
 * rows will come in, which are skipped and why), then imported by the background, the only writer.
 */
import { useState } from 'react';
import { collectExportRows } from '../../lib/csv/collect-export-rows';
import { CsvFormatError } from '../../lib/csv/csv-text';
import { decodeCsvBytes } from '../../lib/csv/decode-csv-bytes';
import { exportCsv, exportFileName } from '../../lib/csv/export-csv';
import type { CsvImportResult } from '../../lib/csv/import/apply-csv-import';
import type { CsvImportPlan, SkippedRow } from '../../lib/csv/import/import-plan';
import { planCsvImport } from '../../lib/csv/import/plan-csv-import';
import { CSV_PRESETS, type CsvPreset } from '../../lib/csv/presets';
import type { ShortlistRow } from '../../lib/db/rows';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import { downloadText, fileBytes } from '../../lib/panel/download-file';
import { type FileTaskState, useDownloadTask } from '../../lib/panel/file-task';
import { FIRST_LIST_NAME } from '../../lib/shortlists/shortcut-names';
import { usePanel } from '../../lib/panel/panel-context';
import { FileUpload } from './FileUpload';

export const PRESET_NAMES: Record<CsvPreset, string> = {
  castlist: 'Castlist (every column; imports back)',
  upfluence: 'Upfluence',
  aspire: 'Aspire',
  grin: 'GRIN (headers to map)',
};

/** Skipped rows listed before "and N more": the rest are in the count. */
const SKIPPED_SHOWN = 50;

export function ShortlistFiles({ list }: { list: ShortlistRow | null }) {
  return (
    <section className="shortlist-files" aria-labelledby="shortlist-files-title">
      <h2 id="shortlist-files-title">CSV files</h2>
      <CsvDownload list={list} />
      <CsvUpload list={list} />
    </section>
  );
}

function CsvDownload({ list }: { list: ShortlistRow | null }) {
  const { db, format } = usePanel();
  const [preset, setPreset] = useState<CsvPreset>('castlist');
  const [bom, setBom] = useState(false);
  const [scope, setScope] = useState<'list' | 'all'>('list');
  // A failure is shown, not swallowed: the list may be gone, or two lists share its name.
  const { state, run } = useDownloadTask<{ rows: number; file: string; warnings: string[] }>('the CSV download');
  const onlyList = scope === 'list' && list !== null;

  const download = () =>
    run(async () => {
      const rows = await collectExportRows(db, onlyList ? { shortlistName: list.name } : {});
      const csv = exportCsv(rows, { preset, bom });
      const file = exportFileName(onlyList ? list.name : null, preset, new Date());
      downloadText(csv.text, file, 'text/csv;charset=utf-8');
      return { rows: csv.rows, file, warnings: csv.warnings };
    });

  return (
    <form
      className="file-form"
      aria-label="Download CSV"
      onSubmit={(event) => {
        event.preventDefault();
        void download();
      }}
    >
      <label>
        <span>Layout</span>
        <select value={preset} onChange={(event) => setPreset(event.target.value as CsvPreset)}>
          {CSV_PRESETS.map((value) => (
            <option key={value} value={value}>
              {PRESET_NAMES[value]}
            </option>
          ))}
        </select>
      </label>
      {list && (
        <label>
          <span>Creators</span>
          <select value={scope} onChange={(event) => setScope(event.target.value as 'list' | 'all')}>
            <option value="list">“{list.name}”</option>
            <option value="all">Every list, and every creator read</option>
          </select>
        </label>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
        <span>For Excel (byte-order mark)</span>
      </label>
      <button type="submit" disabled={state.kind === 'busy'}>
        Download CSV
      </button>
      {state.kind === 'done' && (
        <div role="status">
          <p>
            Saved {format.number(state.rows)} row{state.rows === 1 ? '' : 's'} as {state.file}.
          </p>
          {state.warnings.length > 0 && (
            <ul className="warnings">
              {state.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.kind === 'failed' && (
        <p className="banner banner-warning" role="alert">
          No file saved: {state.error}
        </p>
      )}
    </form>
  );
}

type UploadState = FileTaskState<{ fileName: string; result: CsvImportResult }, { plan: CsvImportPlan }>;

function CsvUpload({ list }: { list: ShortlistRow | null }) {
  const { format, now } = usePanel();
  const send = useSendToBackground();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const target = list?.name ?? FIRST_LIST_NAME;

  const pick = async (file: File) => {
    try {
      const text = decodeCsvBytes(await fileBytes(file));
      setState({ kind: 'checked', fileName: file.name, text, plan: planCsvImport(text, { shortlistName: target, now: now() }) });
    } catch (error) {
      if (!(error instanceof CsvFormatError)) console.error('[castlist] reading the CSV file failed:', error);
      setState({ kind: 'failed', error: `${file.name} cannot be imported: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const importPlanned = async (fileName: string, text: string) => {
    setState({ kind: 'busy' });
    const reply = await send({ type: 'csv.import', text, shortlistName: target });
    if (!reply.ok) return setState({ kind: 'failed', error: `${fileName} was not imported: ${replyError(reply)}` });
    if (!reply.imported) return setState({ kind: 'failed', error: `${fileName}: the background did not say what it imported` });
    setState({ kind: 'done', fileName, result: reply.imported });
  };

  return (
    <div className="file-form" role="group" aria-label="Upload CSV">
      <FileUpload
        label="Import a CSV (Castlist's own, or a spreadsheet of handles or profile links)"
        accept=".csv,.tsv,.txt,text/csv"
        state={state}
        onFile={(file) => void pick(file)}
        onCancel={() => setState({ kind: 'idle' })}
        describe={({ fileName, plan }) => (
          <>
            <p>
              {fileName}: {format.number(plan.total)} row{plan.total === 1 ? '' : 's'}, {format.number(plan.rows.length)} to import
              {plan.format === 'foreign' ? ` into “${target}”` : ' into the lists the file names'}
              {plan.skipped.length > 0 ? `, ${format.number(plan.skipped.length)} skipped` : ''}.
            </p>
            <SkippedRows title="Skipped rows" rows={plan.skipped} />
            <SkippedRows title="Cells left out" rows={plan.warnings} />
          </>
        )}
        confirm={{
          label: ({ plan }) => `Import ${format.number(plan.rows.length)} row${plan.rows.length === 1 ? '' : 's'}`,
          className: 'primary',
          disabled: ({ plan }) => plan.rows.length === 0,
          run: (checked) => void importPlanned(checked.fileName, checked.text),
        }}
        busyText="Importing…"
        done={({ fileName, result }) => (
          <div role="status">
            <p>
              Imported {fileName}: {format.number(result.entries.added)} added, {format.number(result.entries.updated)} updated,{' '}
              {format.number(result.entries.unchanged)} unchanged; {format.number(result.creators.created)} new creator
              {result.creators.created === 1 ? '' : 's'}, {format.number(result.creators.matched + result.creators.updated)} matched to
              creators already read.
            </p>
            <SkippedRows title="Skipped rows" rows={result.skipped} />
          </div>
        )}
      />
    </div>
  );
}

function SkippedRows({ title, rows }: { title: string; rows: readonly SkippedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <details open className="skipped-rows">
      <summary>
        {title} ({rows.length})
      </summary>
      <ul>
        {rows.slice(0, SKIPPED_SHOWN).map((skipped, index) => (
          <li key={`${skipped.row}-${index}`}>
            Row {skipped.row}: {skipped.reason}
          </li>
        ))}
        {rows.length > SKIPPED_SHOWN && <li>and {rows.length - SKIPPED_SHOWN} more</li>}
      </ul>
    </details>
  );
}
