/**
 * TikTok tiles read one at a time (the content script's TileReader) and where the page badges go, on Castlist's
 * own sample pages (tests/fixtures/tiktok).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { PageInput } from '../../lib/sites/page-input';
import { tiktokBadgePlacements } from '../../lib/sites/tiktok/badge-placements';
import { readTikTok } from '../../lib/sites/tiktok/read-tiktok';
import { tiktokAdapter } from '../../lib/sites/tiktok/tiktok-adapter';
import { type SavedPage, loadSavedPage } from '../../scripts/saved-page';
import { COOK, samplePost } from '../fixtures/tiktok/sample-data';
import { feedPageHtml, profilePageHtml, videoPageHtml } from '../fixtures/tiktok/sample-pages';
import { badgesOf } from '../support/reading-badges';

const NOW = new Date('2026-11-30T12:00:00Z');
const opened: SavedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((saved) => saved.close()));
});

function page(html: string, url: string): { root: Document; input: PageInput } {
  const saved = loadSavedPage(html, url);
  opened.push(saved);
  const root = saved.document!;
  return { root, input: { url, root, responses: [], now: NOW, lang: 'en' } };
}

const tiles = tiktokAdapter.tiles!;
const A1 = samplePost('7301000000000000011');
const A3 = samplePost('7301000000000000033');
const B1 = samplePost('7302000000000000044');

describe('tiles', () => {
  test('profile grid: the post id from its link, the plays as shown, the pinned badge', () => {
    const { root, input } = page(profilePageHtml(COOK, { serverTiles: true, state: 'none', script: false }), 'https://www.tiktok.com/@castlistcook');
    const read = [...root.querySelectorAll(tiles.selector)].map((tile) => tiles.read(tile, input));
    expect(read.map((post) => post?.id)).toEqual(['7301000000000000011', '7301000000000000022', A3.id]);
    expect(read[0]).toMatchObject({ url: `https://www.tiktok.com/@castlistcook/video/${A1.id}`, format: 'video', author: { handle: 'castlistcook' } });
    expect(read[0]!.metrics.views).toMatchObject({ value: 2_300_000, min: 2_250_000, max: 2_399_999, exact: false, text: '2.3M' });
    expect(read[2]).toMatchObject({ pinned: true, url: `https://www.tiktok.com/@castlistcook/photo/${A3.id}` });
    expect(tiles.anchor(root.querySelector(tiles.selector)!)).toBe(root.querySelector(tiles.selector));
  });

  test('For You items: each item\'s own action bar', () => {
    const { root, input } = page(feedPageHtml([A1, B1], { script: false }), 'https://www.tiktok.com/foryou');
    const [first, second] = [...root.querySelectorAll(tiles.selector)].map((tile) => tiles.read(tile, input));
    expect(first).toMatchObject({ id: A1.id, author: { handle: 'castlistcook' }, caption: A1.caption });
    expect(first!.metrics.likes).toMatchObject({ value: 187_600, exact: false });
    expect(second).toMatchObject({ id: B1.id, author: { handle: 'castlisttravel' } });
    expect(second!.metrics).toMatchObject({ likes: { value: 3_210, exact: true }, comments: { value: 98 }, shares: { value: 45 }, saves: { value: 210 } });
  });

  test('a tile linking to two posts, or to none, is not a post', () => {
    const html = `<html lang="en"><body>
      <div data-e2e="explore-item"><a href="/@a/video/7301000000000000011">x</a><a href="/@a/video/7301000000000000022">y</a><strong data-e2e="video-views">5K</strong></div>
      <div data-e2e="explore-item"><a href="/@a">profile</a><strong data-e2e="video-views">5K</strong></div>
    </body></html>`;
    const { root, input } = page(html, 'https://www.tiktok.com/explore');
    expect([...root.querySelectorAll(tiles.selector)].map((tile) => tiles.read(tile, input))).toEqual([null, null]);
  });
});

describe('badge placements', () => {
  test('profile: after the handle, keyed by the handle', () => {
    const url = 'https://www.tiktok.com/@castlistcook';
    const { root } = page(profilePageHtml(COOK, { script: false }), url);
    const reading = readTikTok({ url, root, responses: [], now: NOW, lang: null });
    const [placement] = tiktokBadgePlacements(reading, root);
    expect(placement).toMatchObject({ key: 'creator:castlistcook', position: 'after' });
    expect(badgesOf(reading)[placement!.key]).toMatchObject({ kind: 'creator', text: '1,234,567 followers' });
    expect(placement!.anchor.getAttribute('data-e2e')).toBe('user-title');
  });

  test('video page: after the post\'s caption, with the engagement rate by views', () => {
    const url = `https://www.tiktok.com/@castlistcook/video/${A1.id}`;
    const { root } = page(videoPageHtml(A1, { script: false }), url);
    const reading = readTikTok({ url, root, responses: [], now: NOW, lang: null });
    const [placement] = tiktokBadgePlacements(reading, root);
    // (187,654 + 3,210 + 9,876) / 2,345,678 = 8.56 %
    expect(placement).toMatchObject({ key: `post:${A1.id}`, position: 'after' });
    expect(badgesOf(reading)[placement!.key]).toMatchObject({ kind: 'post', text: 'ER 8.6% by views' });
    expect(placement!.anchor.getAttribute('data-e2e')).toBe('browse-video-desc');
  });

  test('a post in the feed: inside its own item, not the first item\'s', () => {
    const url = `https://www.tiktok.com/@castlisttravel/video/${B1.id}`;
    const { root } = page(feedPageHtml([A1, B1], { script: false }), url);
    const reading = readTikTok({ url, root, responses: [], now: NOW, lang: null });
    // Likes, comments and shares but no views, and no creator: no rate, so no badge where the placement would go.
    const [placement] = tiktokBadgePlacements(reading, root);
    expect(badgesOf(reading)[placement!.key]).toBeUndefined();
    const withFollowers = { ...reading, creator: { handle: 'castlisttravel', name: null, followers: { value: 87_412, min: 87_412, max: 87_412, exact: true, text: '87412' } } };
    expect(badgesOf(withFollowers)[placement!.key]).toMatchObject({ kind: 'post' });
    expect(placement!.anchor.closest('[data-e2e="recommend-list-item-container"]')!.querySelector('[data-e2e="video-author-uniqueid"]')!.textContent).toBe('castlisttravel');
  });
});
