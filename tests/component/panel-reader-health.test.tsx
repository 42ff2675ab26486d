import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { DAY, freshDb, HOUR, MINUTE, readerEvent, T0 } from './panel-rows';

const NOW = T0 + 10 * MINUTE;
const now = () => NOW;
const WATCH = 'https://www.youtube.com/watch?v=GJLlxj_dtq8';

let db: CastlistDatabase;
beforeEach(async () => {
  db = freshDb();
  // as lib/background writes them: the found row names the reader ("youtube.watch"), a missed row its source
  await db.readerEvents.bulkAdd([
    readerEvent({ outcome: 'found', field: '*', detail: 'post.views,post.likes,post.comments', at: T0 - 3 * HOUR }),
    readerEvent({ outcome: 'found', field: '*', detail: 'post.views,post.comments', at: T0 - 2 * HOUR }),
    readerEvent({ outcome: 'missed', reader: 'youtube.watch.data', field: 'post.likes', code: 'not-found', detail: 'no likeButtonViewModel in ytInitialData', at: T0 - 2 * HOUR }),
    readerEvent({ outcome: 'missed', reader: 'youtube.watch.dom', field: 'post.likes', code: 'not-found', detail: 'no like button', at: T0 - 2 * HOUR }),
    readerEvent({ outcome: 'found', field: '*', detail: 'post.views,post.comments', at: T0 }),
    readerEvent({ outcome: 'missed', reader: 'youtube.watch.dom', field: 'post.likes', code: 'not-found', detail: '<b>like</b> button gone', at: T0 }),
  ]);
});
afterEach(async () => {
  await db.delete();
});

function renderPanel(url = WATCH) {
  return render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} />);
}

describe('reader health banner', () => {
  it('says which reader is degraded since when, which numbers it misses, and why', async () => {
    const { container } = renderPanel();
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('YouTube watch reader degraded since 30 Nov, 12:02 — likes not found');
    const why = within(banner).getByText('why');
    fireEvent.click(why);
    expect(banner).toHaveTextContent('likes not found: <b>like</b> button gone');
    expect(banner).toHaveTextContent('2 misses since 30 Nov, 12:02');
    expect(banner).toHaveTextContent('last found 30 Nov, 11:02');
    expect(within(banner).getByText('youtube.watch.dom')).toBeInTheDocument();
    expect(container.querySelector('.banner b')).toBeNull();
  });

  it('shows on every page of the platform, also before anything was read', async () => {
    renderPanel('https://www.youtube.com/@somebody');
    expect(await screen.findByText('Not read yet — reload the page if this persists.')).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('YouTube watch reader degraded');
  });

  it("does not show on another platform's pages", async () => {
    renderPanel('https://x.com/NASA/status/123');
    expect(await screen.findByText('Not read yet — reload the page if this persists.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it("disappears after a later 'found' that covers the field", async () => {
    renderPanel();
    expect(await screen.findByRole('status')).toHaveTextContent('likes not found');
    await act(() => db.readerEvents.add(readerEvent({ outcome: 'found', field: '*', detail: 'post.views,post.likes', at: T0 + 5 * MINUTE })));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });

  it("stays after a later 'found' that does not cover the field", async () => {
    renderPanel();
    expect(await screen.findByRole('status')).toHaveTextContent('likes not found');
    await act(() => db.readerEvents.add(readerEvent({ outcome: 'found', field: '*', detail: 'post.views', at: T0 + 5 * MINUTE })));
    await act(() => db.readerEvents.add(readerEvent({ outcome: 'missed', reader: 'youtube.watch.data', field: 'post.comments', code: 'stale', detail: 'old count', at: T0 + 6 * MINUTE })));
    expect(await screen.findByText(/likes not found; comments stale/)).toBeInTheDocument();
  });

  it('ignores events older than the window', async () => {
    await db.readerEvents.clear();
    await db.readerEvents.add(readerEvent({ outcome: 'missed', field: 'post.likes', at: NOW - 30 * DAY }));
    renderPanel();
    expect(await screen.findByText('Not read yet — reload the page if this persists.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
