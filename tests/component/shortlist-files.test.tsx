/**
 * CSV and backup files in the panel, on a fake-indexeddb database with the background's real message handler:
 * the CSV download (preset, byte-order mark, formula payloads escaped), the CSV upload (skipped rows shown with
 * their reasons before anything is written; the good rows imported by the background), and backup restore (a bad
 * file refused with the reason and nothing changed; a good one restored after confirming).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import { backupDatabase } from '../../lib/backup/backup-database';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundMessage } from '../../lib/messages/background-messages';
import { usePanelNavigation } from '../../lib/panel/navigation-store';
import { INITIAL_SHORTLISTS_UI, useShortlistsUi } from '../../lib/panel/shortlists-store';
import { at, creatorRow, exact, freshDb, HOUR, T0 } from './panel-rows';

const NOW = T0 + HOUR;
const LIST = '=HYPERLINK("https://evil.example","Spring")';
const NOTES = '@SUM(A1:A9) call Monday';

let db: CastlistDatabase;
let saved: Array<{ name: string; blob: Blob }>;

beforeEach(async () => {
  db = freshDb();
  saved = [];
  // jsdom has no Blob URLs and does not download: the anchor's click is where the file is caught.
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:castlist/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await db.creators.add(
    creatorRow({ key: 'tiktok:dancer', platform: 'tiktok', handle: 'dancer', name: '-Dee Dancer', url: 'https://www.tiktok.com/@dancer', latest: { followers: at(exact(12_300), T0) } }),
  );
  await db.shortlists.add({ id: 'list-1', name: LIST, createdAt: T0, updatedAt: T0 });
  await db.shortlistEntries.add({
    id: 'entry-1',
    shortlistId: 'list-1',
    creatorKey: 'tiktok:dancer',
    status: 'contacted',
    notes: NOTES,
    tags: ['dance'],
    fields: { rate: '-100', email: null, agency: null },
    kpisAtAdd: null,
    addedAt: T0,
    updatedAt: T0,
  });
});

afterEach(async () => {
  delete (URL as { createObjectURL?: unknown }).createObjectURL;
  delete (URL as { revokeObjectURL?: unknown }).revokeObjectURL;
  usePanelNavigation.setState({ view: 'page' });
  useShortlistsUi.setState(INITIAL_SHORTLISTS_UI);
  vi.restoreAllMocks();
  await db.delete();
});

function renderView(view: 'shortlists' | 'data') {
  usePanelNavigation.setState({ view });
  const send = (message: BackgroundMessage) => handleBackgroundMessage(message, db, NOW);
  return render(
    <CastlistPanel db={db} url={null} locale="en-GB" timeZone="UTC" now={() => NOW} send={send} />,
  );
}

function csvFile(text: string, name = 'list.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

describe('CSV download', () => {
  it("saves the list in Castlist's layout, formula payloads escaped and numbers left numbers", async () => {
    renderView('shortlists');
    const form = await screen.findByRole('form', { name: 'Download CSV' });
    fireEvent.click(within(form).getByRole('button', { name: 'Download CSV' }));
    await within(form).findByText(/^Saved 1 row as castlist-hyperlink-https-evil-example-spring-castlist-\d{4}-\d{2}-\d{2}\.csv\.$/);
    const text = await saved[0]!.blob.text();
    expect(text.startsWith('\ufeff')).toBe(false);
    const [row] = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ creator_key: 'tiktok:dancer', name: "'-Dee Dancer", shortlist: `'${LIST}`, notes: `'${NOTES}`, status: 'contacted', rate: "'-100" });
    expect(row!.followers).toBe('12300');
  });

  it('saves a CRM preset with a byte-order mark for Excel, and says what the CRM will miss', async () => {
    renderView('shortlists');
    const form = await screen.findByRole('form', { name: 'Download CSV' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Layout' }), { target: { value: 'upfluence' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'For Excel (byte-order mark)' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Download CSV' }));
    expect(await within(form).findByText(/1 of 1 rows have no email/)).toBeInTheDocument();
    expect(saved[0]!.name).toMatch(/-upfluence-/);
    const text = await saved[0]!.blob.text();
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(Papa.parse<string[]>(text.slice(1)).data[0]).toEqual(['profile_name', 'media_url', 'email']);
  });
});

describe('CSV upload', () => {
  it('lists the rows it will skip with their reasons before writing anything, then imports the good rows', async () => {
    renderView('shortlists');
    const input = await screen.findByLabelText(/Import a CSV/);
    const file = csvFile('profile_url,notes\nhttps://www.tiktok.com/@newface,=1+1 hello\nhttps://myspace.com/tom,old friend\nhttps://www.instagram.com/painter/,\n');
    fireEvent.change(input, { target: { files: [file] } });
    const plan = await screen.findByText(/^list\.csv: 3 rows, 2 to import into “.*”, 1 skipped\.$/);
    const group = plan.closest('[role="status"]') as HTMLElement;
    expect(within(group).getByText(/^Row 3: /)).toBeInTheDocument();
    expect(await db.shortlistEntries.count()).toBe(1);
    fireEvent.click(within(group).getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText(/^Imported list\.csv: 2 added, 0 updated, 0 unchanged/)).toBeInTheDocument();
    const keys = (await db.shortlistEntries.where('shortlistId').equals('list-1').toArray()).map((entry) => entry.creatorKey).sort();
    expect(keys).toEqual(['instagram:painter', 'tiktok:dancer', 'tiktok:newface']);
  });

  it('says why a file that is not CSV cannot be imported, and writes nothing', async () => {
    renderView('shortlists');
    const input = await screen.findByLabelText(/Import a CSV/);
    fireEvent.change(input, { target: { files: [csvFile('', 'empty.csv')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^empty\.csv cannot be imported: .+/);
    expect(await db.shortlistEntries.count()).toBe(1);
  });
});

describe('backup and restore', () => {
  async function pickBackup(text: string, name = 'backup.json') {
    const input = await screen.findByLabelText(/Restore a backup file/);
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  }

  it('downloads the whole database as a backup file', async () => {
    renderView('data');
    fireEvent.click(await screen.findByRole('button', { name: 'Download backup' }));
    expect(await screen.findByText(/^Saved castlist-backup-\d{4}-\d{2}-\d{2}\.json/)).toBeInTheDocument();
    expect(JSON.parse(await saved[0]!.blob.text())).toMatchObject({ format: 'castlist-backup', formatVersion: 1 });
  });

  it.each([
    ['a wrong format version', (backup: string) => JSON.stringify({ ...JSON.parse(backup), formatVersion: 99 }), /format version 99 is newer/],
    ['a truncated file', (backup: string) => backup.slice(0, 200), /cut short/],
    ['a foreign JSON', () => JSON.stringify([{ id: 1 }]), /not a Castlist backup/],
  ])('refuses %s with the reason, and nothing changes', async (_name, spoil, reason) => {
    const backup = await backupDatabase(db);
    renderView('data');
    await pickBackup(spoil(backup));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^backup\.json cannot be restored: .+\. Nothing was changed\.$/);
    expect(alert).toHaveTextContent(reason);
    expect(screen.queryByRole('button', { name: 'Replace everything with this backup' })).not.toBeInTheDocument();
    expect(await db.shortlistEntries.count()).toBe(1);
  });

  it('shows what a good backup holds, and restores it only when confirmed', async () => {
    const backup = await backupDatabase(db);
    await db.shortlistEntries.clear();
    renderView('data');
    await pickBackup(backup, 'good.json');
    expect(await screen.findByText('shortlistEntries: 1')).toBeInTheDocument();
    expect(await db.shortlistEntries.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Replace everything with this backup' }));
    expect(await screen.findByText(/^Restored good\.json: /)).toBeInTheDocument();
    await waitFor(async () => expect((await db.shortlistEntries.get('entry-1'))?.notes).toBe(NOTES));
  });
});
