import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistPanel } from '../../components/CastlistPanel';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { at, creatorRow, exact, freshDb, postRow, T0 } from './panel-rows';

const now = () => T0;
const NOT_SUPPORTED = "Castlist reads YouTube, TikTok, Instagram, X and LinkedIn. Open a creator's profile or a post.";
const NOT_READ_YET = 'Not read yet — reload the page if this persists.';

let db: CastlistDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function renderPanel(url: string | null) {
  return render(<CastlistPanel db={db} url={url} locale="en-GB" timeZone="UTC" now={now} />);
}

describe('empty states', () => {
  it.each([null, 'https://example.com/some/page', 'chrome://newtab/', 'about:blank'])('%s: not a supported site', async (url) => {
    renderPanel(url);
    expect(await screen.findByText(NOT_SUPPORTED)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Nothing to read here' })).toBeInTheDocument();
  });

  it.each([
    ['https://www.youtube.com/', 'YouTube feed', /This YouTube feed lists many posts\. Open a creator's profile or a post/],
    ['https://www.youtube.com/results?search_query=phones', 'YouTube search page', /This YouTube search page lists many posts\. Open a creator's profile or a post/],
    ['https://x.com/home', 'X feed', /Open a creator's profile or a post/],
    ['https://www.instagram.com/explore/', 'Instagram search page', /Open a creator's profile or a post/],
    ['https://www.youtube.com/playlist?list=PL123', 'YouTube page', /Castlist doesn't read this YouTube page\. Open a creator's profile or a post/],
  ])('%s: a supported site, but not a profile or post', async (url, title, text) => {
    renderPanel(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByText(NOT_SUPPORTED)).not.toBeInTheDocument();
  });

  it('a post not read yet, then read: the panel fills in by itself', async () => {
    renderPanel('https://www.youtube.com/watch?v=GJLlxj_dtq8');
    expect(await screen.findByText(NOT_READ_YET)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'YouTube post' })).toBeInTheDocument();
    await act(() =>
      db.posts.add(postRow({ key: 'youtube:GJLlxj_dtq8', platform: 'youtube', postId: 'GJLlxj_dtq8', title: 'Now read', latest: { views: at(exact(10), T0) } })),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Now read' })).toBeInTheDocument();
    expect(screen.queryByText(NOT_READ_YET)).not.toBeInTheDocument();
    expect(await screen.findByText('No snapshots yet.')).toBeInTheDocument();
  });

  it('a profile not read yet', async () => {
    await db.creators.add(creatorRow({ key: 'tiktok:someoneelse', platform: 'tiktok', name: 'Someone else' }));
    renderPanel('https://www.tiktok.com/@khaby.lame');
    expect(await screen.findByText(NOT_READ_YET)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '@khaby.lame on TikTok' })).toBeInTheDocument();
  });

  it('a profile whose URL names no handle and no stored creator matches', async () => {
    renderPanel('https://www.youtube.com/c/LegacyName');
    expect(await screen.findByText(NOT_READ_YET)).toBeInTheDocument();
  });
});
