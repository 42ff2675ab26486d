/**
 * What the page badges say: plain data from a reading, so tables of posts and creators with their expected text
 * and title (the title names each input with its range and the text the page showed).
 */
import { describe, expect, test } from 'vitest';
import { creatorBadge, formatCount, postBadge, tileBadge } from '../../lib/badges/badge-model';
import { type Count, exactCount } from '../../lib/count';
import type { CreatorReading, Platform, PostReading } from '../../lib/reading/reading';

const shown = (text: string, value: number, min: number, max: number): Count => ({ value, min, max, exact: false, text });

function post(metrics: PostReading['metrics'], extra: Partial<PostReading> = {}): PostReading {
  return { id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', metrics, ...extra };
}

function creator(followers: Count | undefined): CreatorReading {
  return { handle: 'channel', name: 'Channel', ...(followers ? { followers } : {}) };
}

const likes48321 = exactCount(48_321, '48,321');
const comments19K = shown('1.9K', 1_900, 1_900, 1_999);
const views1234567 = exactCount(1_234_567, '1,234,567');

describe('formatCount', () => {
  test.each<[Count, string | undefined, string]>([
    [exactCount(1_234_567), 'en', '1,234,567'],
    [exactCount(999), 'en', '999'],
    [shown('1.2M', 1_200_000, 1_150_000, 1_249_999), 'en', '1.2M'],
    [shown('48K', 48_000, 47_500, 48_499), 'en', '48K'],
    [exactCount(1_234_567), 'de', '1.234.567'],
    [shown('1,2 Mio.', 1_200_000, 1_150_000, 1_249_999), 'de', '1,2\u00a0Mio.'],
  ])('%j in %s', (count, locale, expected) => {
    expect(formatCount(count, locale)).toBe(expected);
  });

  test('keeps one formatter per style and locale: interleaved calls each get their own', () => {
    const million = shown('1.2M', 1_200_000, 1_150_000, 1_249_999);
    const calls: Array<[Count, string | undefined]> = [[million, 'de'], [exactCount(1_234_567), 'de'], [million, 'en'], [exactCount(1_234_567), 'fr'], [million, 'de'], [exactCount(1_234_567), 'en']];
    expect(calls.map(([count, locale]) => formatCount(count, locale))).toEqual(['1,2\u00a0Mio.', '1.234.567', '1.2M', '1\u202f234\u202f567', '1,2\u00a0Mio.', '1,234,567']);
  });
});

describe('postBadge', () => {
  test.each<[string, Platform, PostReading, CreatorReading | null, { text: string; title: string } | null]>([
    [
      'by views, a rounded input with its range and shown text, a missing input named',
      'youtube',
      post({ likes: likes48321, comments: comments19K, views: views1234567 }),
      null,
      {
        text: 'ER 4.1% by views',
        title:
          'Castlist · engagement rate = (likes + comments) / views: likes 48,321; comments 1,900–1,999 (shown as "1.9K"); views 1,234,567; not shown on the page: shares',
      },
    ],
    [
      'by views, everything exact and shown',
      'tiktok',
      post({ likes: exactCount(600), comments: exactCount(300), shares: exactCount(100), views: exactCount(20_000) }),
      null,
      { text: 'ER 5% by views', title: 'Castlist · engagement rate = (likes + comments + shares) / views: likes 600; comments 300; shares 100; views 20,000' },
    ],
    [
      'by views even when followers are known',
      'tiktok',
      post({ likes: exactCount(100), views: exactCount(1_000) }),
      creator(exactCount(1_000_000)),
      { text: 'ER 10% by views', title: 'Castlist · engagement rate = (likes) / views: likes 100; views 1,000; not shown on the page: comments, shares' },
    ],
    [
      'by subscribers on YouTube when there are no views',
      'youtube',
      post({ likes: exactCount(500), comments: exactCount(100) }),
      creator(shown('12K', 12_000, 11_500, 12_499)),
      {
        text: 'ER 4.8%–5.2% by subscribers',
        title: 'Castlist · engagement rate = (likes + comments) / subscribers: likes 500; comments 100; subscribers 11,500–12,499 (shown as "12K")',
      },
    ],
    [
      'by followers elsewhere, with saves',
      'instagram',
      post({ likes: exactCount(900), saves: exactCount(100) }),
      creator(exactCount(20_000)),
      {
        text: 'ER 5% by followers',
        title: 'Castlist · engagement rate = (likes + saves) / followers: likes 900; saves 100; followers 20,000; not shown on the page: comments',
      },
    ],
    ['null without likes', 'youtube', post({ comments: exactCount(5), views: exactCount(100) }), creator(exactCount(1_000)), null],
    ['null without views and without a creator', 'instagram', post({ likes: exactCount(5) }), null, null],
    ['null without views and with zero followers', 'instagram', post({ likes: exactCount(5) }), creator(exactCount(0)), null],
    ['null without views and with unknown followers', 'x', post({ likes: exactCount(5) }), creator(undefined), null],
  ])('%s', (_name, platform, reading, owner, expected) => {
    const badge = postBadge(platform, reading, owner, 'en');
    expect(badge).toEqual(expected ? { kind: 'post', ...expected } : null);
  });

  test('the title trims the shown text', () => {
    const badge = postBadge('youtube', post({ likes: shown(' 2K ', 2_000, 2_000, 2_999), views: exactCount(100_000) }), null, 'en')!;
    expect(badge.title).toContain('likes 2,000–2,999 (shown as "2K")');
  });

  test('German numbers in text and title', () => {
    const badge = postBadge('youtube', post({ likes: likes48321, comments: comments19K, views: views1234567 }), null, 'de')!;
    expect(badge.text).toBe('ER 4,1\u00a0% by views');
    expect(badge.title).toContain('likes 48.321; comments 1.900–1.999 (shown as "1.9K"); views 1.234.567');
  });
});

describe('creatorBadge', () => {
  const followers12M = shown('1.2M', 1_200_000, 1_150_000, 1_249_999);

  test.each<[string, Platform, CreatorReading, PostReading[], { text: string; title: string } | null]>([
    [
      'audience only',
      'youtube',
      creator(followers12M),
      [],
      { text: '1.2M subscribers', title: 'Castlist · subscribers 1,150,000–1,249,999 (shown as "1.2M")' },
    ],
    [
      'with the reach of the latest post',
      'youtube',
      creator(followers12M),
      [post({ views: exactCount(600_000) }, { id: 'new', title: 'Newest video' }), post({ views: exactCount(10) }, { id: 'old' })],
      {
        text: '1.2M subscribers · latest 600,000 views (50%)',
        title: 'Castlist · subscribers 1,150,000–1,249,999 (shown as "1.2M"); latest post "Newest video": views 600,000, 50% of subscribers',
      },
    ],
    [
      'a pinned post and a post without views are skipped; no title: the id',
      'tiktok',
      creator(exactCount(2_000)),
      [
        post({ views: exactCount(1_000_000) }, { id: 'pinned', pinned: true }),
        post({ likes: exactCount(5) }, { id: 'no-views' }),
        post({ views: shown('1.5K', 1_500, 1_450, 1_549) }, { id: '7300000000000000001' }),
      ],
      {
        text: '2,000 followers · latest 1.5K views (75%)',
        title: 'Castlist · followers 2,000; latest post "7300000000000000001": views 1,450–1,549 (shown as "1.5K"), 75% of followers',
      },
    ],
    [
      'zero followers: no reach',
      'instagram',
      creator(exactCount(0)),
      [post({ views: exactCount(100) })],
      { text: '0 followers', title: 'Castlist · followers 0' },
    ],
    ['null without followers', 'x', creator(undefined), [post({ views: exactCount(100) })], null],
  ])('%s', (_name, platform, owner, posts, expected) => {
    expect(creatorBadge(platform, owner, posts, 'en')).toEqual(expected ? { kind: 'creator', ...expected } : null);
  });
});

describe('tileBadge', () => {
  test.each<[string, PostReading, CreatorReading | null, { text: string; title: string } | null]>([
    [
      'the engagement rate where the tile shows enough for it',
      post({ likes: exactCount(50), views: exactCount(1_000) }),
      creator(exactCount(100)),
      { text: 'ER 5% by views', title: 'Castlist · engagement rate = (likes) / views: likes 50; views 1,000; not shown on the page: comments, shares' },
    ],
    [
      'otherwise the reach on the creator\'s grid',
      post({ views: shown('3K', 3_000, 2_950, 3_049) }),
      creator(exactCount(12_000)),
      {
        text: 'reach 25%',
        title: 'Castlist · views as a share of subscribers: views 2,950–3,049 (shown as "3K"); subscribers 12,000',
      },
    ],
    ['nothing without views', post({ comments: exactCount(3) }), creator(exactCount(12_000)), null],
    ['nothing without a creator', post({ views: exactCount(3_000) }), null, null],
    ['nothing with zero followers', post({ views: exactCount(3_000) }), creator(exactCount(0)), null],
    ['nothing with unknown followers', post({ views: exactCount(3_000) }), creator(undefined), null],
  ])('%s', (_name, tile, owner, expected) => {
    expect(tileBadge('youtube', tile, owner, 'en')).toEqual(expected ? { kind: 'post', ...expected } : null);
  });

  test('the reach title says followers outside YouTube', () => {
    expect(tileBadge('instagram', post({ views: exactCount(500) }), creator(exactCount(1_000)), 'en')!.title).toBe(
      'Castlist · views as a share of followers: views 500; followers 1,000',
    );
  });
});
