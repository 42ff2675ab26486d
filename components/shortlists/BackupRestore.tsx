/**
 * The Data view's Backup and Restore sections. Backup: the whole database as one JSON file (lib/backup), read here
 * and saved through a Blob URL. Restore: the picked file is checked completely here first (lib/backup/backup-file.ts)
 * and what it holds is shown; a bad, truncated or foreign file gets the exact reason and nothing is written. Only
 * after the user confirms does the background (the only writer) check it again and replace everything with it.
 */
import { useState } from 'react';
import { backupDatabase, type RestoreResult } from '../../lib/backup/backup-database';
import { BackupRefusedError, readBackup, type ValidBackup } from '../../lib/backup/backup-file';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import { downloadText } from '../../lib/panel/download-file';
import { type FileTaskState, useDownloadTask } from '../../lib/panel/file-task';
import { usePanel } from '../../lib/panel/panel-context';
import { FileUpload } from './FileUpload';
import './shortlists.css';

/** "castlist-backup-2026-12-06.json" */
export function backupFileName(at: Date): string {
  return `castlist-backup-${at.toISOString().slice(0, 10)}.json`;
}

export function BackupSection() {
  const { db, format } = usePanel();
  const { state, run } = useDownloadTask<{ file: string; bytes: number }>('writing the backup');
  const download = () =>
    run(async () => {
      const text = await backupDatabase(db);
      const file = backupFileName(new Date());
      downloadText(text, file, 'application/json');
      return { file, bytes: new Blob([text]).size };
    });
  return (
    <section className="data-section" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p className="muted">Everything Castlist keeps in this browser, in one JSON file you can restore here or in another browser.</p>
      <button type="button" onClick={() => void download()} disabled={state.kind === 'busy'}>
        Download backup
      </button>
      {state.kind === 'done' && (
        <p role="status">
          Saved {state.file} ({format.number(Math.ceil(state.bytes / 1024))} kB).
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="banner banner-warning" role="alert">
          No backup saved: {state.error}
        </p>
      )}
    </section>
  );
}

type RestoreState = FileTaskState<{ fileName: string; result: RestoreResult }, { backup: ValidBackup }>;

/** Rows per table in a checked backup, largest first. */
function tableCounts(backup: ValidBackup): Array<[string, number]> {
  return backup.database.data.data.map((table): [string, number] => [table.tableName, table.rows.length]).sort((a, b) => b[1] - a[1]);
}

export function RestoreSection() {
  const { format } = usePanel();
  const send = useSendToBackground();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });

  const pick = async (file: File) => {
    const text = await file.text();
    try {
      setState({ kind: 'checked', fileName: file.name, text, backup: readBackup(text) });
    } catch (error) {
      if (!(error instanceof BackupRefusedError)) console.error('[castlist] checking the backup file failed:', error);
      setState({ kind: 'failed', error: `${file.name} cannot be restored: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
    }
  };

  const restore = async (fileName: string, text: string) => {
    setState({ kind: 'busy' });
    const reply = await send({ type: 'backup.restore', text });
    if (!reply.ok) return setState({ kind: 'failed', error: `${fileName} was not restored: ${replyError(reply)}` });
    if (!reply.restored) return setState({ kind: 'failed', error: `${fileName}: the background did not say what it restored` });
    setState({ kind: 'done', fileName, result: reply.restored });
  };

  return (
    <section className="data-section" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore</h2>
      <FileUpload
        label="Restore a backup file (it replaces everything Castlist keeps here)"
        accept=".json,application/json"
        state={state}
        onFile={(file) => void pick(file)}
        onCancel={() => setState({ kind: 'idle' })}
        describe={(checked) => (
          <>
            <p>
              {checked.fileName}: a Castlist backup of {format.dateTime(Date.parse(checked.backup.exportedAt))} (schema version{' '}
              {checked.backup.schemaVersion}
              {', written by '}
              {checked.backup.generator}).
            </p>
            <ul className="table-counts">
              {tableCounts(checked.backup).map(([table, rows]) => (
                <li key={table}>
                  {table}: {format.number(rows)}
                </li>
              ))}
            </ul>
          </>
        )}
        confirm={{ label: () => 'Replace everything with this backup', className: 'danger', run: (checked) => void restore(checked.fileName, checked.text) }}
        busyText="Restoring…"
        done={(done) => (
          <p role="status">
            Restored {done.fileName}
            {done.result.upgraded ? ` (upgraded from schema version ${done.result.fromSchemaVersion})` : ''}:{' '}
            {Object.entries(done.result.tables)
              .filter(([, rows]) => rows > 0)
              .map(([table, rows]) => `${table} ${format.number(rows)}`)
              .join(', ') || 'an empty database'}
            .
          </p>
        )}
      />
    </section>
  );
}
