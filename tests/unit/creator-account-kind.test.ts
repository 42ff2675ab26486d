/**
 * A creator is keyed per platform and account kind: a LinkedIn person and a company page with the same slug are two
 * creators. The kind travels from the LinkedIn reader (company pages, Voyager universalName, Organization JSON-LD,
 * company post authors) through the reading's schema and creatorKeyOf to the panel's page target.
 */
import { describe, expect, test } from 'vitest';
import { creatorKeyOf } from '../../lib/reading/keys';
import { readingSchema } from '../../lib/reading/reading-schema';
import { panelTargetOf } from '../../lib/panel/page-target';
import { readLinkedIn } from '../../lib/sites/linkedin/read-linkedin';
import { linkedinAdapter } from '../../lib/sites/linkedin/linkedin-adapter';
import { readWithTiles } from '../../lib/sites/page-tiles';
import { emberFeedHtml, emberProfileHtml, type EmberPost } from '../fixtures/linkedin/app-pages';
import { guestProfileHtml } from '../fixtures/linkedin/guest-pages';
import { pageInput, voyagerUrl } from '../fixtures/linkedin/page-input';
import { companyResponse, feedResponse } from '../fixtures/linkedin/voyager-responses';

describe('creatorKeyOf', () => {
  test.each([
    ['a person by handle (unchanged)', 'linkedin', { handle: 'Acme' }, 'linkedin:acme'],
    ['a person given kind person (the same key)', 'linkedin', { handle: 'acme', kind: 'person' }, 'linkedin:acme'],
    ['a company by slug, lower case', 'linkedin', { handle: 'Acme', kind: 'company' }, 'linkedin:company:acme'],
    ['a company by id when there is no slug', 'linkedin', { handle: null, id: 'urn:li:fsd_company:1035', kind: 'company' }, 'linkedin:company:id:urn:li:fsd_company:1035'],
    ['a person by id (unchanged)', 'x', { handle: null, id: '44196397' }, 'x:id:44196397'],
    ['an @handle (unchanged)', 'youtube', { handle: '@CastlistSamples' }, 'youtube:castlistsamples'],
    ['nothing to key by', 'linkedin', { handle: ' ', kind: 'company' }, null],
  ] as const)('%s', (_name, platform, creator, key) => {
    expect(creatorKeyOf(platform, creator)).toBe(key);
  });

  test('a person and a company with the same slug are two creators', () => {
    expect(creatorKeyOf('linkedin', { handle: 'acme-sample' })).not.toBe(creatorKeyOf('linkedin', { handle: 'acme-sample', kind: 'company' }));
  });
});

describe('the LinkedIn reader gives company pages and company authors kind "company"', () => {
  const companyPost: EmberPost = {
    activityId: '7400000000000000002',
    actor: { kind: 'company', handle: 'acme-sample', name: 'Acme Sample', description: '250,311 followers' },
    text: 'Invented company post',
    reactions: '88',
  };
  const personPost: EmberPost = {
    activityId: '7400000000000000001',
    actor: { kind: 'in', handle: 'ada-lovelace-sample', name: 'Ada Lovelace', description: 'Engines' },
    text: 'Invented person post',
    reactions: '12',
  };

  test('Ember company page: the creator is a company, and so is the author of its posts', () => {
    const html = emberProfileHtml({ kind: 'company', handle: 'acme-sample', name: 'Acme Sample', followersText: '250,311 followers', posts: [companyPost] });
    // The posts of an Ember page are its tiles: read as the extension and read-page read them (page-tiles.ts).
    const reading = readWithTiles(linkedinAdapter, pageInput('https://www.linkedin.com/company/acme-sample/posts/', html));
    expect(reading.creator).toMatchObject({ kind: 'company', handle: 'acme-sample', followers: { value: 250_311 } });
    expect(reading.posts.map((post) => post.author)).toEqual([expect.objectContaining({ handle: 'acme-sample', kind: 'company' })]);
    expect(readingSchema.safeParse(reading).success).toBe(true);
  });

  test('Voyager company entity (universalName)', () => {
    const reading = readLinkedIn(pageInput('https://www.linkedin.com/company/acme-sample/', null, [{ url: voyagerUrl('c'), json: companyResponse('acme-sample', 'Acme Sample', 250_311, 5_120) }]));
    expect(reading.creator).toMatchObject({ kind: 'company', name: 'Acme Sample', followers: { value: 250_311 } });
  });

  test('guest company page (Organization JSON-LD and the header)', () => {
    const html = guestProfileHtml({ kind: 'company', handle: 'acme-sample', name: 'Acme Sample', sublineItems: ['Software', '250,311 followers'] });
    const reading = readLinkedIn(pageInput('https://www.linkedin.com/company/acme-sample', html));
    expect(reading.creator).toMatchObject({ kind: 'company', handle: 'acme-sample', name: 'Acme Sample' });
  });

  test('a person keeps the default kind (no kind), on the profile and as an author', () => {
    const html = emberProfileHtml({ kind: 'in', handle: 'ada-lovelace-sample', name: 'Ada Lovelace', followersText: '48,210 followers', posts: [personPost] });
    const reading = readLinkedIn(pageInput('https://www.linkedin.com/in/ada-lovelace-sample/', html));
    expect(reading.creator?.handle).toBe('ada-lovelace-sample');
    expect(reading.creator?.kind).toBeUndefined();
    expect(reading.posts[0]?.author?.kind).toBeUndefined();
  });

  test('a feed mixes both: each post author keyed by its own kind', () => {
    const voyager = feedResponse([
      { activityId: personPost.activityId, actorHandle: 'ada-lovelace-sample', actorName: 'Ada Lovelace', text: 'a', likes: 1, comments: 0, shares: 0 },
      { activityId: companyPost.activityId, actorHandle: 'acme-sample', actorKind: 'company', actorName: 'Acme Sample', text: 'b', likes: 2, comments: 0, shares: 0 },
    ]);
    const reading = readLinkedIn(pageInput('https://www.linkedin.com/feed/', emberFeedHtml([]), [{ url: voyagerUrl('feed'), json: voyager }]));
    const keys = reading.posts.map((post) => (post.author ? creatorKeyOf('linkedin', post.author) : null));
    expect(keys).toEqual(['linkedin:ada-lovelace-sample', 'linkedin:company:acme-sample']);
  });
});

describe('the reading schema', () => {
  const base = {
    platform: 'linkedin',
    surface: 'profile',
    url: 'https://www.linkedin.com/company/acme-sample/',
    readAt: '2026-12-01T10:00:00.000Z',
    lang: 'en',
    creator: { handle: 'acme-sample', name: 'Acme Sample' },
    posts: [],
    comments: [],
    problems: [],
  };

  test.each([['company'], ['person']])('accepts kind %s on the creator and on a post author', (kind) => {
    const post = { id: '7400000000000000002', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/', author: { handle: 'acme-sample', kind }, metrics: {} };
    expect(readingSchema.safeParse({ ...base, creator: { ...base.creator, kind }, posts: [post] }).success).toBe(true);
  });

  test('refuses any other kind', () => {
    const result = readingSchema.safeParse({ ...base, creator: { ...base.creator, kind: 'brand' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['creator', 'kind']);
  });
});

describe('the panel page target', () => {
  test.each([
    ['https://www.linkedin.com/company/acme-sample/posts/', 'linkedin:company:acme-sample'],
    ['https://www.linkedin.com/in/acme-sample/', 'linkedin:acme-sample'],
  ])('%s → %s', (url, key) => {
    const target = panelTargetOf(url);
    expect(target.kind).toBe('profile');
    expect(target.kind === 'profile' && target.creatorKey).toBe(key);
  });
});
