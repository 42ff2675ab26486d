/**
 * The benchmark band on page badges (lib/background/badge-bands.ts through badgesOfReading): worked out in the
 * background from the creator's stored posts and the benchmarks (with the user's edits), the word always in the
 * text, the colour only repeating it; the page creator's badge and the tiles of known creators get one, a creator
 * nobody has read gets none.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TONE_COLOURS, creatorBands } from '../../lib/background/badge-bands';
import { badgesOfReading } from '../../lib/background/badges-of-reading';
import { BENCHMARK_EDITS_KEY, type BenchmarkEdits } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import type { BadgeModel } from '../../lib/badges/badge-model';
import { badgeBandText, badgeText, createBadge, updateBadge } from '../../lib/content/badge-element';
import { exactCount } from '../../lib/count';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { PostReading, Reading } from '../../lib/reading/reading';
import { CREATOR_KEY, seedCastingCreator } from '../component/casting-rows';
import { T0, freshDb } from '../component/panel-rows';

let db: CastlistDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const tile = (id: string, handle: string): PostReading => ({ id, url: `https://www.instagram.com/p/${id}/`, author: { handle }, metrics: { likes: exactCount(900), comments: exactCount(100) } });

function profile(posts: PostReading[]): Reading {
  return {
    platform: 'instagram',
    surface: 'profile',
    url: 'https://www.instagram.com/chefanna/',
    readAt: new Date(T0).toISOString(),
    lang: 'en',
    creator: { handle: 'chefanna', name: 'Chef Anna', followers: exactCount(45_200) },
    posts,
    comments: [],
    problems: [],
  };
}

// casting-rows.ts' creator: the mean of (likes + comments) / followers over 5 posts is 3.3% (3.43%, 2.72%, 4.12%,
// 2.26%, 3.98%). The card's first benchmark by followers for an Instagram creator is HypeAuditor and Later × Fohr's
// 2021 mean of (likes + comments) / followers, one band "average" 1.9%–2.2%: 3.3% is above it, above average.
describe('badgesOfReading: the band of each badge\'s creator', () => {
  test('the page creator\'s badge keeps its text and gets the band beside it: rate, word, source and year', async () => {
    await seedCastingCreator(db);
    const badges = await badgesOfReading(db, profile([]), T0);
    const creator = badges['creator:chefanna']!;
    expect(creator.text).toBe('45,200 followers');
    expect(creator.band).toEqual({
      text: 'ER 3.3% · above average',
      title: expect.stringMatching(/^Castlist · engagement rate 3\.3% over 5 posts is above average for HypeAuditor .+, 2021: mean of \(likes\+comments\) \/ followers, all posts; all influencers tier$/),
      tone: 'high',
      colour: TONE_COLOURS.high,
    });
  });

  test('a tile whose creator is known says whose band it is; a tile of a creator never read has none', async () => {
    await seedCastingCreator(db);
    const badges = await badgesOfReading(db, { ...profile([tile('post2', 'chefanna'), tile('elsewhere1', 'peer_low')]), surface: 'feed', creator: null, url: 'https://www.instagram.com/' }, T0);
    expect(badges['tile:post2']?.text).toBe('ER 2.2% by followers');
    expect(badges['tile:post2']?.band?.text).toBe('creator: above average');
    // peer_low: 300 likes / 30,000 followers on its one post, 1%: below the 1.9%–2.2% band.
    expect(badges['tile:elsewhere1']?.band).toMatchObject({ text: 'creator: below the lowest band', tone: 'low' });

    const strangers = await badgesOfReading(db, { ...profile([tile('s1', 'stranger')]), creator: { handle: 'stranger', name: null, followers: exactCount(10_000) } }, T0);
    expect(strangers['tile:s1']?.text).toBe('ER 10% by followers');
    expect(strangers['tile:s1']?.band).toBeUndefined();
    expect(strangers['creator:stranger']?.band).toBeUndefined();
  });

  test('the user\'s benchmark edits from the settings table decide the band', async () => {
    await seedCastingCreator(db);
    const shipped = BENCHMARK_DATA.sets.find((set) => set.id === 'hypeauditor-laterfohr-2021-instagram')!;
    const edited = { ...shipped, tiers: [{ ...shipped.tiers[0]!, bands: [{ label: 'average' as const, min: 0.03, max: 0.04 }] }] };
    const edits: BenchmarkEdits = { format: 1, sets: [{ set: edited, basedOnVersion: 1, editedAt: T0 }], hidden: [] };
    await db.settings.put({ key: BENCHMARK_EDITS_KEY, value: edits, updatedAt: T0 });
    const band = (await creatorBands(db, [CREATOR_KEY], T0)).get(CREATOR_KEY);
    expect(band?.verdict).toEqual({ word: 'average', tone: 'typical' });
  });

  test('no band without followers, posts or a creator row', async () => {
    await seedCastingCreator(db);
    expect([...(await creatorBands(db, ['instagram:nobody'], T0)).keys()]).toEqual([]);
    expect(await creatorBands(db, [], T0)).toEqual(new Map());
  });
});

describe('the band on the page (lib/content/badge-element.ts)', () => {
  const model: BadgeModel = { kind: 'creator', text: '45,200 followers', title: 'Castlist · followers 45,200' };
  const band = { text: 'ER 3.3% · above average', title: 'Castlist · engagement rate 3.3% …', tone: 'high' as const, colour: TONE_COLOURS.high };

  test('beside the badge, as text in its tone\'s colour, and gone when the next model has none', () => {
    const host = createBadge(document, 'creator:chefanna', { ...model, band });
    document.body.append(host);
    expect(badgeText(host)).toBe('45,200 followers');
    expect(badgeBandText(host)).toBe('ER 3.3% · above average');
    const shown = host.shadowRoot!.querySelector('.band') as HTMLElement;
    expect(shown.title).toBe(band.title);
    expect(shown.style.background).toBe(TONE_COLOURS.high);
    expect(host.getAttribute('aria-label')).toBe('Castlist · followers 45,200. Castlist · engagement rate 3.3% …');

    updateBadge(host, { ...model, band: { ...band, text: 'ER 1% · below average', tone: 'low', colour: TONE_COLOURS.low } });
    expect(badgeBandText(host)).toBe('ER 1% · below average');
    expect(host.shadowRoot!.querySelectorAll('.badge, .band')).toHaveLength(2);
    updateBadge(host, model);
    expect(badgeBandText(host)).toBe('');
    expect(host.shadowRoot!.querySelectorAll('.badge, .band')).toHaveLength(1);
    host.remove();
  });
});
