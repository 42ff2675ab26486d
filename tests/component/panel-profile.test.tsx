import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { at, creatorRow, DAY, exact, freshDb, HOUR, postRow, rounded, snapshotRow, T0 } from './panel-rows';

const NOW = T0 + 2 * HOUR;
const now = () => NOW;
const CREATOR_KEY = 'x:nasa';

let db: CastlistDatabase;

beforeEach(async () => {
  db = freshDb();
  await db.creators.add(
    creatorRow({
      key: CREATOR_KEY,
      platform: 'x',
      handle: 'NASA',
      name: 'NASA',
      url: 'https://x.com/NASA',
      verified: true,
      lastSeenAt: T0,
      latest: {
        followers: at(exact(89_000_000, '89,000,000', 'network'), T0),
        following: at(exact(180, '180 Following', 'text'), T0),
        posts: at(rounded(72_000, 71_950, 72_049, '72K posts', 'text'), T0),
      },
    }),
  );
  await db.posts.bulkAdd([
    postRow({
      key: 'x:111',
      platform: 'x',
      postId: '111',
      creatorKey: CREATOR_KEY,
      url: 'https://x.com/NASA/status/111',
      caption: 'Liftoff! The rocket clears the tower.',
      publishedAt: T0 - 2 * DAY,
      latest: { views: at(exact(1_000_000), T0), likes: at(exact(40_000), T0), comments: at(exact(5_000), T0), shares: at(exact(5_000), T0) },
    }),
    postRow({
      key: 'x:222',
      platform: 'x',
      postId: '222',
      creatorKey: CREATOR_KEY,
      url: 'https://x.com/NASA/status/222',
      caption: 'Paid partnership with a telescope maker',
      sponsored: true,
      publishedAt: T0 - DAY,
      latest: { views: at(rounded(2_000_000, 1_950_000, 2_049_999, '2M'), T0), likes: at(exact(60_000), T0) },
    }),
    postRow({ key: 'x:999', platform: 'x', postId: '999', creatorKey: 'x:someoneelse', caption: 'Not NASA', publishedAt: T0 }),
  ]);
  await db.snapshots.bulkAdd([
    snapshotRow(`creator:${CREATOR_KEY}`, T0, { followers: exact(89_000_000), following: exact(180) }, { pageUrl: 'https://x.com/NASA' }),
    snapshotRow(`creator:${CREATOR_KEY}`, T0 - 2 * DAY, { followers: exact(88_000_000), following: exact(181) }, { pageUrl: 'https://x.com/NASA' }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

function renderPanel(url = 'https://x.com/NASA') {
  return render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} />);
}

describe('profile page', () => {
  it('shows who it is and each count with its evidence', async () => {
    renderPanel();
    const heading = await screen.findByRole('heading', { level: 1, name: 'NASA' });
    expect(within(heading).getByRole('link')).toHaveAttribute('href', 'https://x.com/NASA');
    expect(screen.getByText('@NASA')).toBeInTheDocument();
    expect(screen.getByText('✓ Verified')).toBeInTheDocument();

    const metrics = screen.getByRole('region', { name: 'Counts' });
    const followers = within(metrics).getByText('Followers').closest('div') as HTMLElement;
    expect(within(followers).getByText('89,000,000', { selector: 'data' })).toBeInTheDocument();
    expect(within(followers).getByText('exact')).toBeInTheDocument();
    expect(followers).toHaveTextContent('Read 2 hours ago · 30 Nov, 14:02 from network response');

    const posts = within(metrics).getByText('Posts').closest('div') as HTMLElement;
    expect(within(posts).getByText('72,000', { selector: 'data' })).toBeInTheDocument();
    expect(within(posts).getByText('range 71,950–72,049')).toBeInTheDocument();
    expect(within(posts).getByText('72K posts', { selector: 'q' })).toBeInTheDocument();

    expect(within(metrics).getByText('Following').closest('div')).toHaveTextContent('180 Following');
  });

  it("lists the creator's posts read so far, newest first, with per-post ER", async () => {
    renderPanel();
    const list = await screen.findByRole('list', { name: 'Posts read so far' });
    expect(screen.getByText(/^2 posts read\./)).toBeInTheDocument();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Paid partnership with a telescope maker');
    expect(items[0]).toHaveTextContent('sponsored');
    expect(items[1]).toHaveTextContent('Liftoff! The rocket clears the tower.');
    // (40,000 + 5,000 + 5,000) / 1,000,000
    expect(items[1]).toHaveTextContent('ER by views: 5%');
    // (40,000 + 5,000 + 5,000) / 89,000,000 = 0.056%
    expect(items[1]).toHaveTextContent('ER by followers: 0.056%');
    // 60,000 / 1,950,000–2,049,999: a range
    expect(items[0]).toHaveTextContent('ER by views: 2.9%–3.1%');
    expect(items[0]).toHaveTextContent('≈2,000,000 views');
    expect(screen.queryByText('Not NASA')).not.toBeInTheDocument();
  });

  it('shows the creator snapshots in time order and followers gained per day', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: /Last 2 snapshots, oldest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['28 Nov, 14:02', '30 Nov, 14:02']);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Read', 'Followers', 'Following', 'Followers/day']);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['89,000,000', '180', '+500,000']);
    expect(screen.getByText('+500,000 followers/day')).toBeInTheDocument();
    expect(screen.getByText(/between 28 Nov, 14:02 and 30 Nov, 14:02 \(2 d\)/)).toBeInTheDocument();
  });

  it("uses the platform's words: subscribers and videos on YouTube", async () => {
    await db.creators.add(
      creatorRow({
        key: 'youtube:id:UCX6OQ3DkcsbYNE6H8uQQuVA',
        platform: 'youtube',
        handle: null,
        name: 'Some Channel',
        latest: { followers: at(rounded(1_200_000, 1_150_000, 1_249_999, '1.2M subscribers'), T0), posts: at(exact(812, '812 videos'), T0) },
      }),
    );
    renderPanel('https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA');
    expect(await screen.findByRole('heading', { level: 1, name: 'Some Channel' })).toBeInTheDocument();
    const subscribers = screen.getByText('Subscribers', { selector: '.metrics dt' }).closest('div') as HTMLElement;
    expect(subscribers).toHaveTextContent('range 1,150,000–1,249,999');
    expect(subscribers).toHaveTextContent('1.2M subscribers');
    expect(screen.getByText('Videos', { selector: '.metrics dt' })).toBeInTheDocument();
    expect(await screen.findByText(/No posts of this creator read yet/)).toBeInTheDocument();
    expect(await screen.findByText(/needs two snapshots with subscribers/)).toBeInTheDocument();
  });

  it('finds the creator by handle in any case', async () => {
    renderPanel('https://x.com/nasa/media');
    expect(await screen.findByRole('heading', { level: 1, name: 'NASA' })).toBeInTheDocument();
  });
});
