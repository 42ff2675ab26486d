/** The LinkedIn adapter's page pieces: feed tiles read one card at a time, and where the badges go. */
import { describe, expect, test } from 'vitest';
import { linkedinAdapter } from '../../lib/sites/linkedin/linkedin-adapter';
import { emberFeedHtml, emberProfileHtml, type EmberPost } from '../fixtures/linkedin/app-pages';
import { type GuestPost, guestPostPageHtml, guestPostUrl } from '../fixtures/linkedin/guest-pages';
import { pageInput } from '../fixtures/linkedin/page-input';
import { badgesOf } from '../support/reading-badges';

const posts: EmberPost[] = [
  { activityId: '7400000000000000001', actor: { kind: 'in', handle: 'ada-lovelace-sample', name: 'Ada Lovelace', description: 'Engineer' }, text: 'One', reactions: '1,234', comments: '56 comments' },
  { activityId: '7400000000000000002', actor: { kind: 'company', handle: 'acme-sample', name: 'Acme Sample', description: '250,311 followers' }, text: 'Two', reactions: '88' },
  { activityId: '7400000000000000003', actor: { kind: 'company', handle: 'ads-sample', name: 'Ads', description: '1 follower' }, subDescription: 'Promoted', text: 'Ad', reactions: '5,000' },
];

function tilesOf(url: string, html: string) {
  const input = pageInput(url, html, []);
  const tiles = linkedinAdapter.tiles!;
  return [...input.root!.querySelectorAll(tiles.selector)].map((tile) => ({ post: tiles.read(tile, input), anchor: tiles.anchor(tile) }));
}

describe('feed tiles', () => {
  test('each card alone: its post and counts, its counts bar as the anchor; an ad gives nothing', () => {
    const tiles = tilesOf('https://www.linkedin.com/feed/', emberFeedHtml(posts));
    expect(tiles.map((tile) => tile.post?.id ?? null)).toEqual(['7400000000000000001', '7400000000000000002', null]);
    expect(tiles[0]!.post!.metrics).toMatchObject({ likes: { value: 1234 }, comments: { value: 56 } });
    expect(tiles[0]!.anchor?.className).toBe('social-details-social-counts');
  });

  test('on a profile page, only the profile\'s own posts are its tiles', () => {
    const html = emberProfileHtml({ kind: 'company', handle: 'acme-sample', name: 'Acme Sample', followersText: '250,311 followers', posts });
    const tiles = tilesOf('https://www.linkedin.com/company/acme-sample/posts/', html);
    expect(tiles.map((tile) => tile.post?.id ?? null)).toEqual([null, '7400000000000000002', null]);
  });

  test('on a post page, the post itself is badged as the page\'s post, not as a tile', () => {
    const post: GuestPost = { activityId: '7458772951740358656', shareId: '7458772948787597312', authorHandle: 'ada', authorName: 'Ada', text: 'Hi', reactions: 3, comments: 1 };
    const related: GuestPost = { ...post, activityId: '7459637740121403394', shareId: '7459637739622408192' };
    const tiles = tilesOf(guestPostUrl(post), guestPostPageHtml(post, [related]));
    expect(tiles.map((tile) => tile.post?.id ?? null)).toEqual([null, '7459637740121403394']);
  });
});

describe('badge placements', () => {
  test('a post page: one badge in the post\'s counts bar, with the engagement rate by followers', () => {
    const post: GuestPost = { activityId: '7458772951740358656', shareId: '7458772948787597312', authorHandle: 'ada', authorName: 'Ada', authorFollowers: 10_000, text: 'Hi', reactions: 300, comments: 50 };
    const input = pageInput(guestPostUrl(post), guestPostPageHtml(post));
    const reading = linkedinAdapter.read(input);
    const placements = linkedinAdapter.badgePlacements(reading, input.root!);
    expect(placements).toHaveLength(1);
    expect(placements[0]).toMatchObject({ key: `post:${post.activityId}` });
    expect(badgesOf(reading)[placements[0]!.key]).toMatchObject({ text: 'ER 3.5% by followers' });
    expect(placements[0]!.anchor.className).toContain('main-feed-activity-card__social-actions');
  });

  test('a profile page: beside the name, only while the header is the URL\'s profile', () => {
    const html = emberProfileHtml({ kind: 'in', handle: 'grace-hopper-sample', name: 'Grace Hopper', followersText: '12,345 followers' });
    const current = pageInput('https://www.linkedin.com/in/grace-hopper-sample/', html);
    const reading = linkedinAdapter.read(current);
    const placements = linkedinAdapter.badgePlacements(reading, current.root!);
    expect(placements.map((placement) => [placement.key, placement.anchor.tagName, badgesOf(reading)[placement.key]?.text])).toEqual([['creator:grace-hopper-sample', 'H1', '12,345 followers']]);
    const stale = pageInput('https://www.linkedin.com/in/ada-lovelace-sample/', html);
    expect(linkedinAdapter.badgePlacements(linkedinAdapter.read(stale), stale.root!)).toEqual([]);
  });
});
