/**
 * The Shortlists view on a fake-indexeddb database, with the background's real message handler behind the panel's
 * messages: making, renaming and deleting lists; adding the creator of the tab; an entry's status, notes, tags and
 * fields (saved without losing what was typed, refusals shown beside the field); the KPIs when added beside now.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundMessage } from '../../lib/messages/background-messages';
import { usePanelNavigation } from '../../lib/panel/navigation-store';
import { INITIAL_SHORTLISTS_UI, useShortlistsUi } from '../../lib/panel/shortlists-store';
import { DRAFT_SAVE_DELAY_MS } from '../../lib/panel/use-draft';
import { at, creatorRow, DAY, exact, freshDb, HOUR, postRow, rounded, snapshotRow, T0 } from './panel-rows';

const NOW = T0 + 2 * HOUR;
const now = () => NOW;
const KEY = 'tiktok:dancer';
const PROFILE_URL = 'https://www.tiktok.com/@dancer';

let db: CastlistDatabase;
let sent: BackgroundMessage[];

beforeEach(async () => {
  db = freshDb();
  sent = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await db.creators.add(
    creatorRow({
      key: KEY,
      platform: 'tiktok',
      handle: 'dancer',
      name: 'Dee Dancer',
      url: PROFILE_URL,
      latest: { followers: at(rounded(12_300, 12_250, 12_349, '12.3K'), T0) },
      followersValue: 12_300,
    }),
  );
  await db.posts.bulkAdd(
    [1, 2, 3].map((index) =>
      postRow({
        key: `tiktok:70${index}`,
        platform: 'tiktok',
        postId: `70${index}`,
        creatorKey: KEY,
        publishedAt: T0 - index * DAY,
        latest: { views: at(exact(10_000), T0), likes: at(exact(500), T0), comments: at(exact(50), T0), shares: at(exact(50), T0) },
      }),
    ),
  );
  await db.snapshots.add(snapshotRow(`creator:${KEY}`, T0, { followers: rounded(12_300, 12_250, 12_349, '12.3K') }, { pageUrl: PROFILE_URL }));
});

afterEach(async () => {
  usePanelNavigation.setState({ view: 'page' });
  useShortlistsUi.setState(INITIAL_SHORTLISTS_UI);
  vi.restoreAllMocks();
  await db.delete();
});

function renderShortlists(url: string | null = PROFILE_URL) {
  const send = async (message: BackgroundMessage) => {
    sent.push(message);
    return handleBackgroundMessage(message, db, NOW);
  };
  const view = render(
    <CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} send={send} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Shortlists' }));
  return view;
}

async function makeList(name: string) {
  const input = await screen.findByLabelText(/Name your first list|New list name/);
  fireEvent.change(input, { target: { value: name } });
  fireEvent.submit(input.closest('form')!);
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'List' })).toHaveDisplayValue(new RegExp(`^${name} \\(`)));
}

describe('lists', () => {
  it('asks for a first list, makes it with Enter, and makes it the last-used list', async () => {
    renderShortlists(null);
    await makeList('Spring launch');
    expect((await db.shortlists.toArray()).map((list) => list.name)).toEqual(['Spring launch']);
    const [list] = await db.shortlists.toArray();
    await waitFor(async () => expect((await db.settings.get('shortlists.lastUsed'))?.value).toEqual({ shortlistId: list!.id }));
  });

  it('renames a list; Escape leaves the name as it was', async () => {
    renderShortlists(null);
    await makeList('Sprng');
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New name');
    fireEvent.change(input, { target: { value: 'Spring' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByLabelText('New name')).not.toBeInTheDocument();
    expect((await db.shortlists.toArray())[0]!.name).toBe('Sprng');
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('New name'), { target: { value: 'Spring' } });
    fireEvent.submit(screen.getByLabelText('New name').closest('form')!);
    await waitFor(async () => expect((await db.shortlists.toArray())[0]!.name).toBe('Spring'));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'List' })).toHaveDisplayValue('Spring (0)'));
  });

  it('deletes a list only when asked twice, naming its entries, with "Keep it" focused', async () => {
    renderShortlists();
    await makeList('Doomed');
    fireEvent.click(await screen.findByRole('button', { name: 'Add to “Doomed”' }));
    await screen.findByText('✓ On “Doomed”');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete “Doomed” and its 1 entry?');
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await db.shortlists.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete list' }));
    await waitFor(async () => expect(await db.shortlists.count()).toBe(0));
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it('shows a refusal from the background and keeps the form', async () => {
    renderShortlists(null);
    const input = await screen.findByLabelText('Name your first list');
    fireEvent.change(input, { target: { value: 'x'.repeat(121) } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByRole('alert')).toHaveTextContent(/name/);
    expect(screen.getByLabelText('Name your first list')).toBeInTheDocument();
  });
});

describe('the creator of the tab', () => {
  it('is added from the panel with the KPIs of the moment frozen, then shown as on the list', async () => {
    renderShortlists();
    await makeList('Dance');
    expect(await screen.findByText('Dee Dancer', { selector: 'strong' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add to “Dance”' }));
    expect(await screen.findByText('✓ On “Dance”')).toBeInTheDocument();
    const [entry] = await db.shortlistEntries.toArray();
    expect(entry).toMatchObject({ creatorKey: KEY, status: 'candidate' });
    expect(entry!.kpisAtAdd).toMatchObject({ followers: { value: 12_300, min: 12_250, max: 12_349 }, tier: 'micro', postsRead: 3 });
    expect(sent.filter((message) => message.type === 'shortlist.add')).toEqual([{ type: 'shortlist.add', shortlistId: expect.any(String), creatorKey: KEY }]);
  });

  it('is offered on the This page view too, making a first list when there is none', async () => {
    render(
      <CastlistPanel db={db} url={PROFILE_URL} locale="en-GB" timeZone="UTC" now={now} send={(message) => handleBackgroundMessage(message, db, NOW)} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Add to a new list “Shortlist”' }));
    expect(await screen.findByText('✓ On “Shortlist”')).toBeInTheDocument();
    expect(await db.shortlistEntries.count()).toBe(1);
  });
});

describe('an entry', () => {
  async function openEntry() {
    renderShortlists();
    await makeList('Dance');
    fireEvent.click(await screen.findByRole('button', { name: 'Add to “Dance”' }));
    const entry = await screen.findByRole('listitem', { name: 'Dee Dancer' });
    fireEvent.click(within(entry).getByRole('button', { name: 'Details' }));
    return entry;
  }

  it('changes status in place', async () => {
    const entry = await openEntry();
    fireEvent.change(within(entry).getByRole('combobox', { name: 'Status of Dee Dancer' }), { target: { value: 'negotiating' } });
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.status).toBe('negotiating'));
  });

  it('saves notes when typing stops, and at once when the field is left', async () => {
    const entry = await openEntry();
    const notes = within(entry).getByLabelText('Notes');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(notes, { target: { value: 'Great fit for the =launch' } });
      expect(within(entry).getByText('Unsaved')).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
      });
    } finally {
      vi.useRealTimers();
    }
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.notes).toBe('Great fit for the =launch'));
    fireEvent.change(notes, { target: { value: 'Great fit; call Monday' } });
    fireEvent.blur(notes);
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.notes).toBe('Great fit; call Monday'));
    expect(notes).toHaveValue('Great fit; call Monday');
  });

  it('keeps a refused email in the field and says why', async () => {
    const entry = await openEntry();
    const email = within(entry).getByLabelText('Email');
    fireEvent.change(email, { target: { value: 'not-an-address' } });
    fireEvent.blur(email);
    expect(await within(entry).findByText(/^Not saved: .*not an email address/)).toBeInTheDocument();
    expect(email).toHaveValue('not-an-address');
    fireEvent.change(email, { target: { value: 'dee@example.com' } });
    fireEvent.blur(email);
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.fields).toEqual({ rate: null, email: 'dee@example.com', agency: null }));
  });

  it('adds tags with Enter and a comma, and removes them by button and Backspace', async () => {
    const entry = await openEntry();
    const input = within(entry).getByLabelText('Tags');
    fireEvent.change(input, { target: { value: 'dance' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.tags).toEqual(['dance']));
    fireEvent.change(input, { target: { value: 'gen z,' } });
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.tags).toEqual(['dance', 'gen z']));
    fireEvent.click(within(entry).getByRole('button', { name: 'Remove tag dance' }));
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.tags).toEqual(['gen z']));
    fireEvent.keyDown(input, { key: 'Backspace' });
    await waitFor(async () => expect((await db.shortlistEntries.toArray())[0]!.tags).toEqual([]));
  });

  it('shows the KPIs when added beside the KPIs now', async () => {
    const entry = await openEntry();
    // Read again later: the follower count has grown.
    await db.creators.update(KEY, { latest: { followers: at(exact(15_000), T0 + HOUR) }, lastSeenAt: T0 + HOUR });
    await db.snapshots.add(snapshotRow(`creator:${KEY}`, T0 + HOUR, { followers: exact(15_000) }, { pageUrl: PROFILE_URL }));
    const table = within(entry).getByRole('table', { name: 'KPIs when added and now' });
    const followers = await within(table).findByRole('row', { name: /^Followers/ });
    await waitFor(() => expect(within(followers).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['12,300 (12,250–12,349)', '15,000']));
    const tier = within(table).getByRole('row', { name: /^Tier/ });
    expect(within(tier).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['micro', 'micro']);
    // (500 + 50 + 50) / 10,000 views = 6% on each of the 3 posts
    const byViews = within(table).getByRole('row', { name: /^ER by views/ });
    expect(within(byViews).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['6% (3 posts)', '6% (3 posts)']);
  });

  it('is removed only when asked twice', async () => {
    const entry = await openEntry();
    fireEvent.click(within(entry).getByRole('button', { name: 'Remove from list' }));
    expect(within(entry).getByRole('button', { name: 'Keep' })).toHaveFocus();
    fireEvent.click(within(entry).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await db.shortlistEntries.count()).toBe(0));
    expect(await screen.findByText(/has no creators yet/)).toBeInTheDocument();
  });
});
