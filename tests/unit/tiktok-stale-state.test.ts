/**
 * TikTok keeps its first-load state after in-app navigation: a profile saved after navigating from one creator to
 * another carries the first creator's SIGI_STATE, listing that creator's videos beside the current one's (issue 8 §6).
 * Every entry is checked against the URL: nothing of the other creator is read as the current one's.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Reading } from '../../lib/reading/reading';
import { readTikTok } from '../../lib/sites/tiktok/read-tiktok';
import { type SavedPage, loadSavedPage } from '../../scripts/saved-page';
import { embed } from '../fixtures/html-text';
import { COOK, TRAVEL, postsOf, sigiProfileState } from '../fixtures/tiktok/sample-data';
import { profileOverLeftoverStateHtml, staleIds } from '../fixtures/tiktok/stale-state';

const NOW = new Date('2026-11-30T12:00:00Z');
const opened: SavedPage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});

function readSaved(html: string, url: string): Reading {
  const saved = loadSavedPage(html, url);
  opened.push(saved);
  return readTikTok({ url, root: saved.document, responses: [], now: NOW, lang: null });
}

/** Every number in a reading. */
function numbersIn(reading: Reading): number[] {
  const numbers: number[] = [];
  JSON.stringify(reading, (key, value: unknown) => {
    if (typeof value === 'number' && (key === 'value' || key === 'min' || key === 'max')) numbers.push(value);
    return value;
  });
  return numbers;
}

describe('a profile saved after in-app navigation, over the previous creator’s SIGI_STATE', () => {
  const url = `https://www.tiktok.com/@${TRAVEL.handle}`;

  test('the current creator’s header and videos; the other creator’s user and videos are left out', () => {
    const reading = readSaved(profileOverLeftoverStateHtml(COOK, TRAVEL), url);
    expect(reading.creator?.handle).toBe(TRAVEL.handle);
    // The header shows "87.4K"; the state's entries of this creator's videos carry its exact authorStats.
    expect(reading.creator?.followers).toMatchObject({ value: TRAVEL.followers, exact: true });
    expect(reading.posts.map((post) => post.id).sort()).toEqual(postsOf(TRAVEL).map((post) => post.id).sort());
    for (const post of reading.posts) expect(post.author?.handle).toBe(TRAVEL.handle);
    // Their exact counts come from the state's entries that name this creator.
    const [first] = postsOf(TRAVEL);
    expect(reading.posts.find((post) => post.id === first!.id)!.metrics.views).toMatchObject({ value: first!.views, exact: true });
    const leaked = [COOK.followers, COOK.likes, ...postsOf(COOK).map((post) => post.views)];
    expect(numbersIn(reading).filter((number) => leaked.includes(number))).toEqual([]);
    expect(reading.posts.some((post) => staleIds(COOK).includes(post.id))).toBe(false);
  });

  test('with nothing else on the page, the leftover state is reported stale and gives nothing', () => {
    const html = `<!DOCTYPE html><html lang="en"><body><script id="SIGI_STATE" type="application/json">${embed(sigiProfileState(COOK))}</script></body></html>`;
    const reading = readSaved(html, url);
    expect(reading.creator).toBeNull();
    expect(reading.posts).toEqual([]);
    expect(reading.problems).toContainEqual(expect.objectContaining({ reader: 'tiktok.profile', field: 'creator', code: 'stale', detail: expect.stringContaining(`@${COOK.handle}`) }));
  });

  test('the same state on the first creator’s own URL is current: that creator and only their videos', () => {
    const reading = readSaved(profileOverLeftoverStateHtml(COOK, TRAVEL), `https://www.tiktok.com/@${COOK.handle}`);
    expect(reading.creator).toMatchObject({ handle: COOK.handle, followers: expect.objectContaining({ value: COOK.followers, exact: true }) });
    expect(reading.posts.map((post) => post.id).sort()).toEqual(staleIds(COOK).sort());
  });
});
