/**
 * The badges the background gives a reading (lib/badges/reading-badges.ts, and with the database
 * lib/background/badges-of-reading.ts): each post is measured against its own creator's audience, another
 * creator's tile against theirs as stored, and a tile whose creator's audience is unknown gets no follower-based
 * figure at all.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { badgesOfReading } from '../../lib/background/badges-of-reading';
import { ingestReading } from '../../lib/background/ingest-reading';
import { readingBadges } from '../../lib/badges/reading-badges';
import { type Count, exactCount } from '../../lib/count';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { CreatorReading, PostReading, Reading, Surface } from '../../lib/reading/reading';
import { uniqueDatabaseName } from './background-fixtures';

const CHANNEL: CreatorReading = { id: 'UCcastlistSampleChannel1', handle: 'castlistsamples', name: 'Castlist Samples', followers: exactCount(100_000) };
const OWN = { handle: 'castlistsamples', id: 'UCcastlistSampleChannel1' };
const OTHER = { handle: 'otherchannel' };

function post(id: string, author: PostReading['author'], metrics: PostReading['metrics']): PostReading {
  return { id, url: `https://www.youtube.com/watch?v=${id}`, author, metrics };
}

function reading(surface: Surface, posts: PostReading[], creator: CreatorReading | null = CHANNEL): Reading {
  return { platform: 'youtube', surface, url: 'https://www.youtube.com/@castlistsamples/videos', readAt: '2026-12-01T10:00:00.000Z', lang: 'en', creator, posts, comments: [], problems: [] };
}

const views = (value: number) => ({ views: exactCount(value) });

describe('readingBadges: each post against its own creator\'s audience', () => {
  const cases: { name: string; surface: Surface; posts: PostReading[]; other: Count | null; expected: Record<string, string> }[] = [
    {
      name: 'the creator\'s own tile: its reach against the creator\'s followers',
      surface: 'profile',
      posts: [post('own1', OWN, views(25_000))],
      other: null,
      expected: { 'creator:castlistsamples': '100,000 subscribers · latest 25,000 views (25%)', 'tile:own1': 'reach 25%' },
    },
    {
      name: 'another creator\'s tile: its reach against that creator\'s stored audience, never the page creator\'s',
      surface: 'profile',
      posts: [post('own1', OWN, views(25_000)), post('shelf1', OTHER, views(25_000))],
      other: exactCount(1_000_000),
      expected: { 'creator:castlistsamples': '100,000 subscribers · latest 25,000 views (25%)', 'tile:own1': 'reach 25%', 'tile:shelf1': 'reach 2.5%' },
    },
    {
      name: 'another creator\'s tile whose audience is unknown: no follower-based figure',
      surface: 'profile',
      posts: [post('shelf1', OTHER, views(25_000))],
      other: null,
      expected: { 'creator:castlistsamples': '100,000 subscribers' },
    },
    {
      name: 'another creator\'s tile with likes: the engagement rate by views, which needs no audience',
      surface: 'post',
      posts: [post('v1', OWN, { ...views(10_000), likes: exactCount(500) }), post('rec1', OTHER, { ...views(2_000), likes: exactCount(100) })],
      other: null,
      expected: { 'post:v1': 'ER 5% by views', 'tile:rec1': 'ER 5% by views' },
    },
    {
      name: 'a recommendation with views only and its creator\'s audience stored: its own reach',
      surface: 'post',
      posts: [post('v1', OWN, { ...views(10_000), likes: exactCount(500) }), post('rec1', OTHER, views(40_000))],
      other: exactCount(80_000),
      expected: { 'post:v1': 'ER 5% by views', 'tile:rec1': 'reach 50%' },
    },
    {
      name: 'a post page\'s own post without views: ER by its creator\'s followers',
      surface: 'post',
      posts: [post('v1', OWN, { likes: exactCount(900), comments: exactCount(100) })],
      other: null,
      expected: { 'post:v1': 'ER 1% by subscribers' },
    },
  ];

  test.each(cases)('$name', ({ surface, posts, other, expected }) => {
    const badges = readingBadges(reading(surface, posts), {
      page: CHANNEL.followers!,
      ofPost: (found) => (found.author?.handle === OWN.handle ? CHANNEL.followers! : other),
    }, 'en-US');
    expect(Object.fromEntries(Object.entries(badges).map(([key, model]) => [key, model.text]))).toEqual(expected);
  });
});

describe('badgesOfReading: audiences from the database', () => {
  let db: CastlistDatabase;
  beforeEach(async () => {
    db = new CastlistDatabase(uniqueDatabaseName('badges'));
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  const store = (stored: Reading) => ingestReading(db, { type: 'reading.capture', visitId: `visit-${Math.random()}`, reading: stored }, Date.parse('2026-12-02T00:00:00Z'));

  test('a shelf tile of another channel is measured against that channel\'s stored subscribers', async () => {
    await store(reading('profile', [], { handle: 'otherchannel', name: 'Other', followers: exactCount(1_000_000) }));
    const shown = reading('profile', [post('own1', OWN, views(25_000)), post('shelf1', OTHER, views(25_000)), post('stranger1', { handle: 'stranger' }, views(25_000))]);
    await store(shown);
    const badges = await badgesOfReading(db, shown);
    expect(badges['tile:own1']?.text).toMatch(/^reach 25\s?%$/);
    expect(badges['tile:shelf1']?.text).toMatch(/^reach 2\.5\s?%$/);
    // Nobody stored this creator's audience: no follower-based figure, and certainly not the page creator's.
    expect(badges['tile:stranger1']).toBeUndefined();
  });

  test('the page creator\'s audience comes from the database when the page does not show it', async () => {
    await store(reading('profile', [], CHANNEL));
    const { followers: _hidden, ...withoutFollowers } = CHANNEL;
    const shown = reading('post', [post('v1', OWN, { likes: exactCount(900), comments: exactCount(100) })], withoutFollowers);
    const badges = await badgesOfReading(db, shown);
    expect(badges['post:v1']?.text).toMatch(/^ER 1\s?% by subscribers$/);
  });
});
