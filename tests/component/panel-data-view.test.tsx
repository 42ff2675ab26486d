/**
 * The Data view's Storage section on a fake-indexeddb database: rows per table that follow the background's writes,
 * the browser's usage estimate (stubbed navigator.storage), a clear message when readings were refused for want of
 * room (and when the quota is nearly used up), and what retention keeps.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { usePanelNavigation } from '../../lib/panel/navigation-store';
import { creatorRow, DAY, exact, freshDb, HOUR, MINUTE, readerEvent, snapshotRow, T0 } from './panel-rows';

const NOW = T0 + 10 * MINUTE;
const now = () => NOW;
let db: CastlistDatabase;
const originalStorage = Object.getOwnPropertyDescriptor(navigator, 'storage');

function stubEstimate(estimate: (() => Promise<StorageEstimate>) | null) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: estimate ? { estimate } : undefined });
}

beforeEach(async () => {
  db = freshDb();
  await db.creators.bulkAdd([creatorRow({ key: 'youtube:one', platform: 'youtube' }), creatorRow({ key: 'linkedin:company:acme', platform: 'linkedin', kind: 'company' })]);
  await db.snapshots.bulkAdd([
    snapshotRow('creator:youtube:one', T0 - DAY, { followers: exact(1_000) }),
    snapshotRow('creator:youtube:one', T0, { followers: exact(1_010) }),
    snapshotRow('creator:linkedin:company:acme', T0, { followers: exact(5) }),
  ]);
  stubEstimate(async () => ({ usage: 12_345_678, quota: 300_000_000_000 }));
});

afterEach(async () => {
  usePanelNavigation.setState({ view: 'page' });
  if (originalStorage) Object.defineProperty(navigator, 'storage', originalStorage);
  else delete (navigator as { storage?: unknown }).storage;
  await db.delete();
});

function renderDataView() {
  const view = render(<CastlistPanel db={db} url={null} locale="en-GB" timeZone="UTC" now={now} />);
  fireEvent.click(screen.getByRole('button', { name: 'Data' }));
  return view;
}

async function rowsOf(table: string): Promise<string> {
  const cell = await screen.findByRole('row', { name: new RegExp(`^${table} `) });
  return within(cell).getAllByRole('cell')[0]!.textContent ?? '';
}

describe('the Data view', () => {
  it('is a tab of the panel', async () => {
    renderDataView();
    expect(await screen.findByRole('heading', { name: 'Storage' })).toBeInTheDocument();
    expect(usePanelNavigation.getState().view).toBe('data');
  });

  it('counts the rows of each table, and follows the background\'s writes', async () => {
    renderDataView();
    expect(await rowsOf('Creators')).toBe('2');
    expect(await rowsOf('Snapshots')).toBe('3');
    expect(await rowsOf('Shortlist entries')).toBe('0');
    await act(async () => {
      await db.snapshots.add(snapshotRow('creator:youtube:one', T0 + HOUR, { followers: exact(1_020) }));
    });
    await expect.poll(() => rowsOf('Snapshots')).toBe('4');
  });

  it('shows how much of the browser\'s storage Castlist uses', async () => {
    renderDataView();
    expect(await screen.findByTestId('storage-used')).toHaveTextContent('Castlist uses 12.3 MB of the 300 GB the browser allows it (0%).');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the browser does not tell', async () => {
    stubEstimate(null);
    renderDataView();
    expect(await screen.findByText(/^Storage used: not known — this browser does not report/)).toBeInTheDocument();
  });

  it('warns when the storage is almost full', async () => {
    stubEstimate(async () => ({ usage: 95_000_000, quota: 100_000_000 }));
    renderDataView();
    expect(await screen.findByRole('alert')).toHaveTextContent("Castlist's storage is almost full (95%).");
  });

  it('says clearly that readings were refused for want of room, until a reading is stored again', async () => {
    await db.readerEvents.bulkAdd([
      readerEvent({ outcome: 'found', field: '*', detail: 'post.views', at: T0 - 2 * HOUR }),
      readerEvent({ outcome: 'missed', field: 'storage', code: 'storage-full', detail: 'reading.capture failed: the browser\'s storage for Castlist is full', at: T0 - HOUR }),
      readerEvent({ outcome: 'missed', field: 'storage', code: 'storage-full', detail: 'full', at: T0 - 30 * MINUTE }),
    ]);
    renderDataView();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Castlist's storage is full. Since 30 Nov, 13:02 the browser refused to store 2 readings (last 40 minutes ago).");
    expect(alert).toHaveTextContent('the readings wait in their tabs');

    // Room again: a reading is stored, and the message goes.
    await act(async () => {
      await db.readerEvents.add(readerEvent({ outcome: 'found', field: '*', detail: 'post.views', at: T0 }));
    });
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
  });

  it('the same refusal shows in reader health on the page\'s view', async () => {
    await db.readerEvents.add(readerEvent({ outcome: 'missed', field: 'storage', code: 'storage-full', detail: 'full', at: T0 - HOUR }));
    render(<CastlistPanel db={db} url="https://www.youtube.com/watch?v=GJLlxj_dtq8" locale="en-GB" timeZone="UTC" now={now} />);
    expect(await screen.findByRole('status')).toHaveTextContent('YouTube watch reader degraded since 30 Nov, 13:02 — storage full');
  });

  it('says what retention keeps, with the user\'s settings, and what the last compaction removed', async () => {
    await db.settings.put({ key: 'retention', value: { fullDetailDays: 14, dailyDays: 120, readerEventDays: 30, commentDays: 365 }, updatedAt: T0 });
    await db.maintenance.put({ key: 'retention', dailyThrough: null, weeklyThrough: null, lastRunAt: T0 - 2 * HOUR, lastRemoved: { snapshots: 1_204, comments: 3, readerEvents: 40 } });
    renderDataView();
    expect(await screen.findByText(/^Other history: every snapshot for 14 days, then the last of each day until 120 days/)).toBeInTheDocument();
    expect(screen.getByText('Every snapshot of a shortlisted creator and of their posts, for ever.')).toBeInTheDocument();
    expect(screen.getByText(/^Last compacted 2 hours ago: 1,204 snapshots, 3 comments and 40 reader events removed\.$/)).toBeInTheDocument();
  });
});
