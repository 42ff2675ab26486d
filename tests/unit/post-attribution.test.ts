/**
 * The attribution rules (lib/sites/post-attribution.ts), as tables: whose each post of a reading and each tile of
 * the page is, on every kind of surface, and which are left out.
 */
import { describe, expect, test } from 'vitest';
import { exactCount } from '../../lib/count';
import type { CreatorReading, PostReading, Reading, Surface } from '../../lib/reading/reading';
import { attributeReaderPosts, authorOfCreator, isKnownAuthor, withTiles } from '../../lib/sites/post-attribution';

const CHANNEL: CreatorReading = { id: 'UCcastlistSampleChannel1', handle: 'castlistsamples', name: 'Castlist Samples', followers: exactCount(482_000) };
const PAGE_AUTHOR = { id: 'UCcastlistSampleChannel1', handle: 'castlistsamples', name: 'Castlist Samples' };

function post(id: string, author?: PostReading['author'], views = 1_000): PostReading {
  return { id, url: `https://www.youtube.com/watch?v=${id}`, ...(author ? { author } : {}), metrics: { views: exactCount(views) } };
}

function reading(surface: Surface, posts: PostReading[], creator: CreatorReading | null = CHANNEL): Reading {
  return { platform: 'youtube', surface, url: 'https://www.youtube.com/@castlistsamples/videos', readAt: '2026-12-01T10:00:00.000Z', lang: 'en', creator, posts, comments: [], problems: [] };
}

describe('isKnownAuthor: an author the database can key', () => {
  test.each([
    [{ handle: 'someone' }, true],
    [{ handle: '@someone' }, true],
    [{ handle: null, id: 'UCxxxxxxxxxxxxxxxxxxxxxx' }, true],
    [{ handle: null, name: 'Some Channel' }, false],
    [{ handle: '  ' }, false],
    [undefined, false],
    [null, false],
  ] as const)('%j → %s', (author, known) => {
    expect(isKnownAuthor('youtube', author as PostReading['author'])).toBe(known);
  });

  test('a creator as an author: its identity, never its counts', () => {
    expect(authorOfCreator(CHANNEL)).toEqual(PAGE_AUTHOR);
  });
});

describe('attributeReaderPosts: the reader\'s own posts', () => {
  const cases: { name: string; surface: Surface; posts: PostReading[]; creator?: CreatorReading | null; expected: [string, string | null][] }[] = [
    { name: 'a post page\'s own post without an author takes the page creator', surface: 'post', posts: [post('v1')], expected: [['v1', 'castlistsamples']] },
    { name: 'a post page\'s own post keeps the author its data names', surface: 'post', posts: [post('v1', { handle: 'collab' })], expected: [['v1', 'collab']] },
    { name: 'a post page without a creator keeps its own post, under nobody', surface: 'post', posts: [post('v1')], creator: null, expected: [['v1', null]] },
    { name: 'a post page\'s other posts (recommendations) without an author are left out', surface: 'post', posts: [post('v1'), post('r1'), post('r2', { handle: 'other' })], expected: [['v1', 'castlistsamples'], ['r2', 'other']] },
    { name: 'a recommendation named by its channel\'s name only is left out', surface: 'post', posts: [post('v1'), post('r1', { handle: null, name: 'Other' })], expected: [['v1', 'castlistsamples']] },
    { name: 'a profile\'s posts without an author are left out (the reader attributes its own)', surface: 'profile', posts: [post('p1'), post('p2', PAGE_AUTHOR)], expected: [['p2', 'castlistsamples']] },
    { name: 'a feed\'s posts without an author are left out', surface: 'feed', posts: [post('f1'), post('f2', { handle: 'other' })], creator: null, expected: [['f2', 'other']] },
    { name: 'search results likewise', surface: 'search', posts: [post('s1', { handle: null, id: 'UCotherotherotherother12' }), post('s2')], creator: null, expected: [['s1', null]] },
  ];

  test.each(cases)('$name', ({ surface, posts, creator, expected }) => {
    const attributed = attributeReaderPosts(reading(surface, posts, creator === undefined ? CHANNEL : creator));
    expect(attributed.posts.map((found) => [found.id, found.author?.handle ?? null])).toEqual(expected);
  });
});

describe('withTiles: the page\'s tiles, each attributed or left out', () => {
  const page = new DOMParser().parseFromString('<main><section id="grid"></section><aside id="shelf"></aside></main>', 'text/html');
  const inGrid = () => page.querySelector('#grid')!.appendChild(page.createElement('div'));
  const onShelf = () => page.querySelector('#shelf')!.appendChild(page.createElement('div'));
  const grid = page.querySelector('#grid')!;

  const cases: {
    name: string;
    surface: Surface;
    tile: PostReading;
    where: 'grid' | 'shelf';
    ownGrid: boolean;
    readerPosts?: PostReading[];
    creator?: CreatorReading | null;
    expected: [string, string | null, number][] | 'left out';
  }[] = [
    { name: 'a tile naming its channel is that channel\'s, wherever it is', surface: 'post', tile: post('t1', { handle: 'other' }), where: 'shelf', ownGrid: false, expected: [['t1', 'other', 1_000]] },
    { name: 'a recommendation without an author is left out', surface: 'post', tile: post('t1'), where: 'shelf', ownGrid: false, expected: 'left out' },
    { name: 'a tile in the creator\'s own grid is the creator\'s', surface: 'profile', tile: post('t1'), where: 'grid', ownGrid: true, expected: [['t1', 'castlistsamples', 1_000]] },
    { name: 'a tile outside the own grid (a shelf of the page) is left out', surface: 'profile', tile: post('t1'), where: 'shelf', ownGrid: true, expected: 'left out' },
    { name: 'a tile on a profile whose surface guarantees nothing (tagged) is left out', surface: 'profile', tile: post('t1'), where: 'grid', ownGrid: false, expected: 'left out' },
    { name: 'a tile in the own grid whose markup names another channel by name is left out', surface: 'profile', tile: post('t1', { handle: null, name: 'Another Channel' }), where: 'grid', ownGrid: true, expected: 'left out' },
    { name: 'a tile in the own grid naming the creator by name is the creator\'s', surface: 'profile', tile: post('t1', { handle: null, name: 'castlist samples' }), where: 'grid', ownGrid: true, expected: [['t1', 'castlistsamples', 1_000]] },
    { name: 'a tile in the own grid naming another channel by handle is that channel\'s', surface: 'profile', tile: post('t1', { handle: 'other' }), where: 'grid', ownGrid: true, expected: [['t1', 'other', 1_000]] },
    { name: 'an own grid without a keyable creator attributes nothing', surface: 'profile', tile: post('t1'), where: 'grid', ownGrid: true, creator: { handle: null, name: 'No Id' }, expected: 'left out' },
    { name: 'a feed tile without an author is left out', surface: 'feed', tile: post('t1'), where: 'shelf', ownGrid: false, creator: null, expected: 'left out' },
    {
      name: 'a tile of a post the data lists joins it: the data\'s author and counts first, the tile fills the gaps',
      surface: 'feed',
      tile: { ...post('t1', undefined, 999), metrics: { views: exactCount(999), likes: exactCount(5) } },
      where: 'shelf',
      ownGrid: false,
      readerPosts: [post('t1', { handle: 'owner' }, 1_234)],
      creator: null,
      expected: [['t1', 'owner', 1_234]],
    },
  ];

  test.each(cases)('$name', ({ surface, tile, where, ownGrid, readerPosts = [], creator, expected }) => {
    const element = where === 'grid' ? inGrid() : onShelf();
    const { reading: result, used } = withTiles(reading(surface, readerPosts, creator === undefined ? CHANNEL : creator), [{ post: tile, element }], ownGrid ? grid : null);
    if (expected === 'left out') {
      expect(result.posts.map((found) => found.id)).not.toContain(tile.id);
      expect(used.has(tile.id)).toBe(false);
      return;
    }
    expect(result.posts.map((found) => [found.id, found.author?.handle ?? null, found.metrics.views!.value])).toEqual(expected);
    expect(used.has(tile.id)).toBe(true);
  });

  test('a tile joining a data post keeps the data\'s counts and adds what only the tile shows', () => {
    const tile = { ...post('t1', { handle: 'shown' }, 999), metrics: { views: exactCount(999), likes: exactCount(5) } };
    const { reading: result } = withTiles(reading('feed', [post('t1', { handle: 'owner' }, 1_234)], null), [{ post: tile, element: onShelf() }], null);
    expect(result.posts[0]).toMatchObject({ author: { handle: 'owner' }, metrics: { views: { value: 1_234 }, likes: { value: 5 } } });
  });

  test('no tiles: the reading is the reader\'s, attributed', () => {
    const own = reading('post', [post('v1'), post('r1')]);
    expect(withTiles(own, [], null).reading.posts.map((found) => [found.id, found.author?.handle])).toEqual([['v1', 'castlistsamples']]);
  });
});
