import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { at, creatorRow, DAY, exact, freshDb, HOUR, MINUTE, postRow, rounded, snapshotRow, T0 } from './panel-rows';

const NOW = T0 + 5 * MINUTE;
const now = () => NOW;
const URL = 'https://www.youtube.com/watch?v=GJLlxj_dtq8';
const POST_KEY = 'youtube:GJLlxj_dtq8';
const CREATOR_KEY = 'youtube:techreviews';

let db: CastlistDatabase;

beforeEach(async () => {
  db = freshDb();
  await db.creators.add(
    creatorRow({
      key: CREATOR_KEY,
      platform: 'youtube',
      handle: 'TechReviews',
      name: 'Tech Reviews',
      url: 'https://www.youtube.com/@TechReviews',
      verified: true,
      latest: { followers: at(rounded(120_000, 119_950, 120_049, '120K subscribers'), T0 - HOUR) },
    }),
  );
  await db.posts.add(
    postRow({
      key: POST_KEY,
      platform: 'youtube',
      postId: 'GJLlxj_dtq8',
      creatorKey: CREATOR_KEY,
      url: URL,
      title: 'The phone nobody asked for',
      publishedAt: Date.UTC(2026, 10, 28, 9, 0),
      format: 'video',
      sponsored: true,
      latest: {
        views: at(exact(45_210, '45,210 views', 'embedded'), T0),
        likes: at(rounded(1_200, 1_150, 1_249, '1.2K', 'attribute'), T0),
        comments: at(exact(87, '87 Comments', 'network'), T0),
      },
    }),
  );
  // inserted out of time order on purpose
  await db.snapshots.bulkAdd([
    snapshotRow(`post:${POST_KEY}`, T0, { views: exact(45_210), likes: rounded(1_200, 1_150, 1_249, '1.2K'), comments: exact(87) }),
    snapshotRow(`post:${POST_KEY}`, T0 - 2 * HOUR, { views: exact(40_000), likes: rounded(1_000, 950, 1_049, '1K') }),
    snapshotRow(`post:${POST_KEY}`, T0 - HOUR, { views: exact(42_000), likes: rounded(1_100, 1_050, 1_149, '1.1K') }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

function renderPanel(url = URL) {
  return render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} />);
}

/** The <div> of one metric in a list of counts (dt + its dd's). */
function metric(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: '.metrics dt' });
  return term.closest('div') as HTMLElement;
}

function rate(name: 'by-views' | 'by-followers'): HTMLElement {
  return document.querySelector(`[data-rate="${name}"]`) as HTMLElement;
}

describe('post page', () => {
  it('shows what the post is: title, creator, publish date, format, sponsored', async () => {
    renderPanel();
    const heading = await screen.findByRole('heading', { level: 1, name: 'The phone nobody asked for' });
    expect(within(heading).getByRole('link')).toHaveAttribute('href', URL);
    expect(await screen.findByText('Tech Reviews')).toBeInTheDocument();
    expect(screen.getByText('@TechReviews', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/verified/)).toBeInTheDocument();
    expect(screen.getByText(/2 days ago · 28 Nov 2026/)).toBeInTheDocument();
    expect(screen.getByText('Video')).toBeInTheDocument();
    expect(screen.getByText('Yes: marked as a paid partnership or ad')).toBeInTheDocument();
  });

  it('shows every count with its precision, read time, source and page text', async () => {
    renderPanel();
    await screen.findByRole('heading', { level: 1, name: 'The phone nobody asked for' });

    const views = metric('Views');
    expect(within(views).getByText('45,210')).toBeInTheDocument();
    expect(within(views).getByText('exact')).toBeInTheDocument();
    // <q> adds its quotation marks by CSS, not as text
    expect(views).toHaveTextContent('Read 5 minutes ago · 30 Nov, 14:02 from embedded state: 45,210 views');
    expect(within(views).getByText('45,210 views', { selector: 'q' })).toBeInTheDocument();

    const likes = metric('Likes');
    expect(within(likes).getByText('1,200')).toBeInTheDocument();
    expect(within(likes).getByText('range 1,150–1,249')).toBeInTheDocument();
    expect(within(likes).queryByText('exact')).not.toBeInTheDocument();
    expect(likes).toHaveTextContent('from attribute');
    expect(within(likes).getByText('1.2K', { selector: 'q' })).toBeInTheDocument();

    const comments = metric('Comments');
    expect(within(comments).getByText('87')).toBeInTheDocument();
    expect(comments).toHaveTextContent('from network response');
    expect(within(comments).getByText('87 Comments', { selector: 'q' })).toBeInTheDocument();

    // counts the page did not show are not listed, never shown as 0
    expect(screen.queryByText('Shares', { selector: '.metrics dt' })).not.toBeInTheDocument();
  });

  it('shows ER by views and by followers as ranges, with formula and inputs', async () => {
    renderPanel();
    await screen.findByRole('heading', { level: 1, name: 'The phone nobody asked for' });

    const byViews = rate('by-views');
    // (1,150 + 87) / 45,210 = 2.74% … (1,249 + 87) / 45,210 = 2.96%
    expect(within(byViews).getByText('2.7%–3%')).toBeInTheDocument();
    expect(byViews).toHaveTextContent('range: an input was rounded on the page');
    expect(byViews).toHaveTextContent('(likes + comments) / views = (1,150–1,249 + 87) / 45,210');
    expect(byViews).toHaveTextContent('Not shown on the page, left out: shares.');

    // followers at capture time: the creator's newest subscribers (no creator snapshot)
    const byFollowers = await screen.findByText('1%–1.1%');
    expect(byFollowers.closest('[data-rate]')).toBe(rate('by-followers'));
    expect(rate('by-followers')).toHaveTextContent('(likes + comments) / subscribers = (1,150–1,249 + 87) / 119,950–120,049');
    expect(rate('by-followers')).toHaveTextContent('Subscribers read 1 hour ago · 30 Nov, 13:02');
  });

  it('shows an exact ER from exact counts', async () => {
    await db.posts.update(POST_KEY, { latest: { views: at(exact(10_000), T0), likes: at(exact(400), T0), comments: at(exact(100), T0) } });
    renderPanel();
    const byViews = await screen.findByText('5%');
    expect(byViews.closest('[data-rate]')).toBe(rate('by-views'));
    expect(rate('by-views')).toHaveTextContent('from exact counts');
  });

  it('uses the creator snapshot nearest to the reading for ER by followers', async () => {
    await db.snapshots.bulkAdd([
      snapshotRow(`creator:${CREATOR_KEY}`, T0 - 10 * MINUTE, { followers: exact(50_000) }),
      snapshotRow(`creator:${CREATOR_KEY}`, T0 - 3 * DAY, { followers: exact(10_000) }),
    ]);
    renderPanel();
    // (1,150 + 87) / 50,000 = 2.47% … (1,249 + 87) / 50,000 = 2.67%
    expect(await screen.findByText('2.5%–2.7%')).toBeInTheDocument();
    expect(rate('by-followers')).toHaveTextContent('/ 50,000');
  });

  it("asks for the creator's profile when their followers are not known", async () => {
    await db.creators.update(CREATOR_KEY, { latest: {} });
    renderPanel();
    expect(await screen.findByText("Needs the creator's followers: open @TechReviews's profile once.")).toBeInTheDocument();
  });

  it('lists the snapshots in time order, with views per hour', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: /Last 3 snapshots, oldest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['30 Nov, 12:02', '30 Nov, 13:02', '30 Nov, 14:02']);
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Read', 'Views', 'Likes', 'Comments', 'Views/h']);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['40,000', '≈1,000 (range 950–1,049)', '–', '–'],
      ['42,000', '≈1,100 (range 1,050–1,149)', '–', '+2,000'],
      ['45,210', '≈1,200 (range 1,150–1,249)', '87', '+3,210'],
    ]);
    expect(screen.getByText('+3,210 views/hour')).toBeInTheDocument();
    expect(screen.getByText(/between 30 Nov, 13:02 and 30 Nov, 14:02 \(1 h\)/)).toBeInTheDocument();
  });

  it('says how to get a growth figure with a single snapshot', async () => {
    await db.snapshots.clear();
    await db.snapshots.add(snapshotRow(`post:${POST_KEY}`, T0, { views: exact(45_210) }));
    renderPanel();
    expect(await screen.findByText(/needs two snapshots with views/)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Last 1 snapshot, oldest first/ })).toBeInTheDocument();
  });

  it('renders hostile page text as text', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>1.2K</b>';
    await db.posts.update(POST_KEY, {
      title: '<script>alert(1)</script>Title',
      latest: { likes: at(rounded(1_200, 1_150, 1_249, hostile, 'text'), T0) },
    });
    const { container } = renderPanel();
    expect(await screen.findByText(hostile, { selector: 'q' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<script>alert(1)</script>Title');
    expect(container.querySelector('img, b, script')).toBeNull();
  });

  it('follows the database: a new reading shows up without a reload', async () => {
    renderPanel();
    expect(await screen.findByText('45,210', { selector: 'data' })).toBeInTheDocument();
    await act(() => db.posts.update(POST_KEY, { 'latest.views': at(exact(50_000, '50,000 views'), T0 + MINUTE) }));
    expect(await screen.findByText('50,000', { selector: 'data' })).toBeInTheDocument();
  });
});
