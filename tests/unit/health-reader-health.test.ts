import { describe, expect, it } from 'vitest';
import type { ReaderEventRow } from '../../lib/db/rows';
import {
  codeWords,
  degradedReaders,
  describeDegradation,
  fieldLabels,
  fieldsFound,
  readerFamily,
  readerLabel,
} from '../../lib/health/reader-health';

// as the background writes them: the found row names the reader family, missed rows the source
const READER = 'youtube.watch';
const SOURCE = 'youtube.watch.data';
let nextId = 1;

function found(at: number, detail: string, extra: Partial<ReaderEventRow> = {}): ReaderEventRow {
  return { id: nextId++, platform: 'youtube', surface: 'post', reader: READER, field: '*', outcome: 'found', code: null, detail, at, pageUrl: `https://www.youtube.com/watch?v=found${at}`, ...extra };
}

function missed(at: number, field: string, code = 'not-found', detail = 'no like button model', extra: Partial<ReaderEventRow> = {}): ReaderEventRow {
  return { id: nextId++, platform: 'youtube', surface: 'post', reader: SOURCE, field, outcome: 'missed', code, detail, at, pageUrl: `https://www.youtube.com/watch?v=miss${at}`, ...extra };
}

describe('fieldsFound', () => {
  it.each([
    [{ field: '*', detail: 'post.views,post.likes' }, ['post.views', 'post.likes']],
    [{ field: '*', detail: ' post.views , post.likes ,' }, ['post.views', 'post.likes']],
    [{ field: '*', detail: '' }, []],
    [{ field: '*', detail: null }, []],
    [{ field: 'post.likes', detail: null }, ['post.likes']],
  ])('%o → %o', (event, expected) => {
    expect(fieldsFound(event)).toEqual(expected);
  });
});

describe('degradedReaders', () => {
  const cases: Array<{ name: string; events: ReaderEventRow[]; expected: Array<{ reader: string; since: number; fields: Array<[string, number, number]> }> }> = [
    { name: 'no events', events: [], expected: [] },
    { name: 'only successes', events: [found(1, 'post.views,post.likes'), found(2, 'post.views,post.likes')], expected: [] },
    {
      name: 'a miss after the last success of the field',
      events: [found(10, 'post.views,post.likes'), missed(20, 'post.likes'), missed(30, 'post.likes')],
      expected: [{ reader: READER, since: 20, fields: [['post.likes', 20, 2]] }],
    },
    {
      name: 'a later success covering the field heals it',
      events: [found(10, 'post.views,post.likes'), missed(20, 'post.likes'), found(40, 'post.views,post.likes')],
      expected: [],
    },
    {
      name: 'a later success that does not cover the field does not heal it',
      events: [found(10, 'post.views,post.likes'), missed(20, 'post.likes'), found(40, 'post.views')],
      expected: [{ reader: READER, since: 20, fields: [['post.likes', 20, 1]] }],
    },
    {
      name: 'misses before the last success are forgotten: degraded since the first miss after it',
      events: [missed(5, 'post.likes'), found(10, 'post.likes'), missed(20, 'post.likes'), missed(25, 'post.likes')],
      expected: [{ reader: READER, since: 20, fields: [['post.likes', 20, 2]] }],
    },
    {
      name: 'never found: degraded since the first miss',
      events: [missed(7, 'post.shares'), found(8, 'post.views'), missed(9, 'post.shares')],
      expected: [{ reader: READER, since: 7, fields: [['post.shares', 7, 2]] }],
    },
    {
      name: 'found and missed in one reading (same time) does not count as a miss',
      events: [found(10, 'post.likes'), missed(10, 'post.likes')],
      expected: [],
    },
    {
      name: 'a per-field found row also counts',
      events: [missed(10, 'post.likes'), { ...found(20, ''), field: 'post.likes' }],
      expected: [],
    },
    {
      name: 'hidden (creator hid the number) is not a reader failure',
      events: [found(10, 'post.likes'), missed(20, 'post.likes', 'hidden', 'likes hidden by creator')],
      expected: [],
    },
    {
      name: 'live streams have no views: unavailable is not a reader failure',
      events: [missed(20, 'post.views', 'unavailable', 'a live stream shows concurrent viewers')],
      expected: [],
    },
    {
      name: 'a stale whole post is healed by any later number of a post',
      events: [missed(20, 'post', 'stale', 'the page still shows another video'), found(30, 'post.comments')],
      expected: [],
    },
    {
      name: 'a stale whole post is not healed by a creator number',
      events: [missed(20, 'post', 'stale', 'the page still shows another video'), found(30, 'creator.followers')],
      expected: [{ reader: READER, since: 20, fields: [['post', 20, 1]] }],
    },
    {
      name: 'events in any order',
      events: [missed(30, 'post.likes'), found(10, 'post.views,post.likes'), missed(20, 'post.likes')],
      expected: [{ reader: READER, since: 20, fields: [['post.likes', 20, 2]] }],
    },
    {
      name: 'several fields: degraded since the earliest, fields oldest first',
      events: [found(10, 'post.views,post.likes,post.comments'), missed(50, 'post.comments'), missed(30, 'post.likes')],
      expected: [{ reader: READER, since: 30, fields: [['post.likes', 30, 1], ['post.comments', 50, 1]] }],
    },
    {
      name: 'readers are separate; a success of one does not heal another',
      events: [
        found(10, 'post.likes', { reader: 'youtube.shorts' }),
        missed(20, 'post.likes'),
        found(30, 'post.likes', { reader: 'youtube.shorts' }),
        missed(5, 'creator.followers', 'not-found', 'x', { reader: 'youtube.channel.data', surface: 'profile' }),
      ],
      expected: [
        { reader: 'youtube.channel', since: 5, fields: [['creator.followers', 5, 1]] },
        { reader: READER, since: 20, fields: [['post.likes', 20, 1]] },
      ],
    },
    {
      name: "the family's found row heals any of its sources",
      events: [missed(20, 'post.likes', 'not-found', 'x', { reader: 'youtube.watch.dom' }), missed(20, 'post.views'), found(30, 'post.likes,post.views')],
      expected: [],
    },
    {
      name: 'one source missing a field another source found in the same reading is no miss',
      events: [found(10, 'post.likes'), missed(20, 'post.likes'), found(20, 'post.likes')],
      expected: [],
    },
    {
      name: 'two sources missing a field in one reading count as one miss',
      events: [missed(20, 'post.likes'), missed(20, 'post.likes', 'not-found', 'x', { reader: 'youtube.watch.dom' }), missed(25, 'post.likes')],
      expected: [{ reader: READER, since: 20, fields: [['post.likes', 20, 2]] }],
    },
    {
      name: 'the same reader name on two platforms is two readers',
      events: [missed(20, 'post.likes', 'not-found', 'x', { platform: 'tiktok', reader: 'shared' }), found(30, 'post.likes', { platform: 'youtube', reader: 'shared' })],
      expected: [{ reader: 'shared', since: 20, fields: [['post.likes', 20, 1]] }],
    },
  ];

  it.each(cases)('$name', ({ events, expected }) => {
    const result = degradedReaders(events);
    expect(result.map((health) => ({ reader: health.reader, since: health.degradedSince, fields: health.fields.map((field) => [field.field, field.since, field.misses]) }))).toEqual(expected);
  });

  it('keeps the newest miss as the current reason, and when the field was last found', () => {
    const [health] = degradedReaders([
      found(10, 'post.likes'),
      missed(20, 'post.likes', 'not-found', 'old reason'),
      missed(30, 'post.likes', 'ambiguous', 'two like counts'),
    ]);
    expect(health).toMatchObject({
      platform: 'youtube',
      surface: 'post',
      reader: READER,
      fields: [{ field: 'post.likes', reader: SOURCE, code: 'ambiguous', detail: 'two like counts', lastMissedAt: 30, lastFoundAt: 10, pageUrl: 'https://www.youtube.com/watch?v=miss30' }],
    });
  });

  it('can be told which codes to ignore', () => {
    const events = [found(10, 'post.likes'), missed(20, 'post.likes', 'hidden'), missed(20, 'post.views', 'unavailable')];
    expect(degradedReaders(events)).toEqual([]);
    expect(degradedReaders(events, { ignoreCodes: [] })[0]?.fields.map((field) => field.field)).toEqual(['post.likes', 'post.views']);
    expect(degradedReaders([missed(20, 'post.likes', 'stale')], { ignoreCodes: ['stale'] })).toEqual([]);
  });
});

describe('labels', () => {
  it.each([
    ['youtube.watch.data', 'youtube.watch'],
    ['youtube.watch', 'youtube.watch'],
    ['legacy', 'legacy'],
  ])('readerFamily(%s) = %s', (reader, expected) => {
    expect(readerFamily(reader)).toBe(expected);
  });

  it.each([
    ['youtube', 'youtube.watch.data', 'YouTube watch reader'],
    ['youtube', 'youtube.watch', 'YouTube watch reader'],
    ['x', 'x.status.network', 'X status reader'],
    ['tiktok', 'legacy', 'TikTok reader legacy'],
    ['instagram', 'youtube.watch', 'Instagram reader youtube.watch'],
  ] as const)('readerLabel(%s, %s) = %s', (platform, reader, expected) => {
    expect(readerLabel(platform, reader)).toBe(expected);
  });

  it.each([
    ['not-found', 'not found'],
    ['stale', 'stale'],
    [null, 'missing'],
    ['something-new', 'something-new'],
  ])('codeWords(%s) = %s', (code, expected) => {
    expect(codeWords(code)).toBe(expected);
  });

  it('shortens field names unless a post and a creator metric would collide', () => {
    expect([...fieldLabels(['post.likes', 'post.views'])]).toEqual([['post.likes', 'likes'], ['post.views', 'views']]);
    expect([...fieldLabels(['post.likes', 'creator.likes', 'creator.followers'])]).toEqual([
      ['post.likes', 'post likes'],
      ['creator.likes', 'creator likes'],
      ['creator.followers', 'followers'],
    ]);
  });

  it('describes the degradation grouped by reason', () => {
    const [health] = degradedReaders([
      missed(10, 'post.likes'),
      missed(11, 'post.comments'),
      missed(12, 'post.views', 'stale'),
    ]);
    expect(describeDegradation(health!)).toBe('likes, comments not found; views stale');
  });
});
