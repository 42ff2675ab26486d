/**
 * The Campaigns view on a fake-indexeddb database, its messages carried out by the background's real handler: a
 * campaign made from a shortlisted creator (the campaign model's sentence shown when a rule is broken, nothing
 * stored), its creator's code and tagged link with the rules, a post tracked from "This page", and a results file
 * imported (an unreadable one refused, nothing stored).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { useCampaignsScreen } from '../../lib/panel/campaigns-store';
import { usePanelNavigation } from '../../lib/panel/navigation-store';
import { at, creatorRow, DAY, exact, freshDb, postRow, snapshotRow, T0 } from './panel-rows';

const now = () => T0;
let db: CastlistDatabase;

beforeEach(async () => {
  db = freshDb();
  await db.creators.add(creatorRow({ key: 'youtube:ada', platform: 'youtube', handle: 'ada', latest: { followers: at(exact(10_000), T0 - DAY) } }));
  await db.posts.add(postRow({ key: 'youtube:castlistV01', platform: 'youtube', postId: 'castlistV01', creatorKey: 'youtube:ada', title: 'Launch video', format: 'video', url: 'https://www.youtube.com/watch?v=castlistV01', latest: { likes: at(exact(300), T0) } }));
  await db.snapshots.bulkAdd([snapshotRow('post:youtube:castlistV01', T0 - 1_000, { likes: exact(300), comments: exact(12) }), snapshotRow('creator:youtube:ada', T0 - DAY, { followers: exact(10_000) })]);
  await db.shortlists.add({ id: 'list-1', name: 'Winter casting', createdAt: T0, updatedAt: T0 });
  await db.shortlistEntries.add({ id: 'entry-1', shortlistId: 'list-1', creatorKey: 'youtube:ada', status: 'approved', notes: '', tags: [], fields: {} as never, kpisAtAdd: null, addedAt: T0, updatedAt: T0 });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  usePanelNavigation.setState({ view: 'page' });
  useCampaignsScreen.setState({ screen: { kind: 'list' } });
  await db.delete();
});

function renderPanel(url: string | null = null) {
  const send = (message: unknown) => handleBackgroundMessage(message, db, T0);
  return render(
    <CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} send={send} />,
  );
}

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function createCampaign(supporting: readonly string[]) {
  fireEvent.click(screen.getByRole('button', { name: 'Campaigns' }));
  fireEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
  change(screen.getByLabelText(/^Name/), 'Winter launch');
  change(screen.getByLabelText(/^Budget/), '5000');
  change(screen.getByLabelText('Primary KPI'), 'likes');
  change(screen.getByLabelText('Target for Likes'), '1000');
  for (const label of supporting) {
    fireEvent.click(screen.getByRole('checkbox', { name: label }));
    change(screen.getByLabelText(`Target for ${label}`), '10');
  }
  fireEvent.click(await screen.findByRole('checkbox', { name: '@ada (YouTube)' }));
  change(screen.getByLabelText('Agreed cost for @ada (YouTube)'), '1200');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
  });
}

describe('the Campaigns view', () => {
  it('shows the campaign model’s sentence and stores nothing when a rule is broken', async () => {
    renderPanel();
    await createCampaign(['Comments', 'Shares and reposts']);
    expect(await screen.findByRole('alert')).toHaveTextContent('a campaign has 3 to 6 supporting KPIs besides its primary one; this one has 2');
    expect(await db.campaigns.count()).toBe(0);
  });

  it('makes a campaign from a shortlisted creator, with their code, link values and the rules', async () => {
    renderPanel();
    await createCampaign(['Comments', 'Shares and reposts', 'Saves']);
    expect(await screen.findByRole('heading', { name: 'Winter launch', level: 1 })).toBeInTheDocument();
    const [creator] = await db.campaignCreators.toArray();
    expect(creator).toMatchObject({ creatorKey: 'youtube:ada', agreedCost: { amount: 1200, currency: 'EUR' }, shortlistEntryId: 'entry-1' });
    const table = screen.getByRole('table');
    expect(within(table).getByText(creator!.promoCode)).toBeInTheDocument();
    expect(within(table).getByText('set a landing page')).toBeInTheDocument();
    expect(screen.getByText(/promo code: the code given, else the handle in capitals/)).toBeInTheDocument();
    // Four KPI charts, primary first, each with its pace.
    const kpis = document.querySelectorAll('.kpi-progress');
    expect([...kpis].map((item) => item.getAttribute('data-kpi'))).toEqual(['likes', 'comments', 'shares', 'saves']);
  });

  it('tracks a post from its page, and the campaign counts its visits', async () => {
    renderPanel('https://www.youtube.com/watch?v=castlistV01');
    await createCampaign(['Comments', 'Shares and reposts', 'Saves']);
    await screen.findByRole('heading', { name: 'Winter launch', level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'This page' }));
    expect(await screen.findByRole('heading', { name: 'Launch video' }, { timeout: 5_000 })).toBeInTheDocument();
    const track = await screen.findByRole('button', { name: 'Track in Winter launch' }, { timeout: 5_000 });
    await act(async () => {
      fireEvent.click(track);
    });
    expect(await screen.findByText(/tracked: every visit adds a point/)).toBeInTheDocument();
    expect(await db.trackedPosts.toArray()).toEqual([expect.objectContaining({ postKey: 'youtube:castlistV01', creatorKey: 'youtube:ada' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Winter launch' }));
    expect(await screen.findByText('1 visit')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.kpi-progress[data-kpi="likes"]')).toHaveTextContent(/latest 300/));
  });

  it('imports an orders file per creator, and refuses an unreadable one without storing anything', async () => {
    renderPanel();
    await createCampaign(['Comments', 'Shares and reposts', 'Saves']);
    await screen.findByRole('heading', { name: 'Winter launch', level: 1 });
    const [creator] = await db.campaignCreators.toArray();
    const input = screen.getByLabelText('Orders file');
    const choose = (name: string, text: string) => fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });

    choose('notes.csv', 'just words\nmore words\n');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import results' }));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/the orders file "notes.csv" cannot be used: .+Nothing was imported/);
    expect(await db.campaignResults.count()).toBe(0);

    choose('orders.csv', `Order ID,Discount Code,Total,Currency\n1,${creator!.promoCode},60.00,EUR\n2,NOBODY,10.00,EUR\n`);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import results' }));
    });
    await waitFor(() => expect(document.querySelector('.results-table tr[data-creator="ada"] .results-orders')).toHaveTextContent('1'));
    expect(document.querySelector('.results-table tr[data-creator="ada"]')).toHaveTextContent('€60.00');
    expect(screen.getByText(/Rows that count for no creator \(1\)/)).toBeInTheDocument();
  });
});
