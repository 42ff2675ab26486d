/**
 * Readings and capture messages for the background tests: a YouTube watch page as the reader reports it, with
 * helpers to vary time and visit. Shared by the ingest, message and entrypoint tests.
 */
import type { SourcedCount } from '../../lib/count';
import type { BackgroundReply, CaptureReadingMessage } from '../../lib/messages/background-messages';
import type { Reading } from '../../lib/reading/reading';

export function exact(value: number, source: SourcedCount['source'] = 'embedded'): SourcedCount {
  return { value, min: value, max: value, exact: true, text: value.toLocaleString('en-US'), source };
}

/** A count read from a rounded display, e.g. rounded(1_200_000, 1_150_000, 1_249_999, '1.2M'). */
export function rounded(value: number, min: number, max: number, text: string): SourcedCount {
  return { value, min, max, exact: false, text, source: 'text' };
}

export const VIDEO_ID = 'dQw4w9WgXcQ';
export const WATCH_URL = `https://www.youtube.com/watch?v=${VIDEO_ID}`;

export function watchReading(overrides: Partial<Reading> = {}): Reading {
  return {
    platform: 'youtube',
    surface: 'post',
    url: WATCH_URL,
    readAt: '2026-11-02T10:00:00.000Z',
    lang: 'en',
    creator: {
      id: 'UCuAXFkgsw1L7xaCfnd5JJOw',
      handle: 'RickAstleyYT',
      name: 'Rick Astley',
      url: 'https://www.youtube.com/@RickAstleyYT',
      verified: true,
      followers: rounded(4_210_000, 4_205_000, 4_214_999, '4.21M subscribers'),
    },
    posts: [
      {
        id: VIDEO_ID,
        url: WATCH_URL,
        title: 'Rick Astley - Never Gonna Give You Up (Official Video)',
        caption: 'The official video for “Never Gonna Give You Up”',
        publishedAt: '2009-10-25T06:57:33-07:00',
        format: 'video',
        sponsored: false,
        author: { handle: 'RickAstleyYT', name: 'Rick Astley', id: 'UCuAXFkgsw1L7xaCfnd5JJOw' },
        metrics: {
          views: exact(1_623_456_789),
          likes: rounded(18_000_000, 17_950_000, 18_049_999, '18M'),
          comments: exact(2_401_118),
        },
      },
    ],
    comments: [
      {
        id: 'UgzB6vXkZ9',
        postId: VIDEO_ID,
        author: 'musicfan88',
        authorName: 'Music Fan',
        text: 'The bassline at 0:43 is still perfect after all these years.',
        publishedText: '2 days ago',
        likes: exact(1_204, 'state'),
        replies: exact(12, 'state'),
      },
      {
        postId: VIDEO_ID,
        author: 'spammy_promo',
        text: 'check my channel for free giftcards!!',
        likes: exact(0, 'text'),
      },
    ],
    problems: [
      {
        reader: 'youtube.watch.embedded',
        field: 'post.shares',
        code: 'not-found',
        detail: 'ytInitialData has no share count for this video',
      },
    ],
    ...overrides,
  };
}

export function captureMessage(visitId: string, reading: Reading = watchReading()): CaptureReadingMessage {
  return { type: 'reading.capture', visitId, reading };
}

/** The same watch reading at another time, with the post's views (and optionally the creator's followers) changed. */
export function watchReadingAt(readAt: string, views: number, followers?: number): Reading {
  const base = watchReading();
  const [post] = base.posts;
  if (!post || !base.creator) throw new Error('fixture has a post and a creator');
  return {
    ...base,
    readAt,
    creator: { ...base.creator, ...(followers === undefined ? {} : { followers: exact(followers, 'network') }) },
    posts: [{ ...post, metrics: { ...post.metrics, views: exact(views) } }],
  };
}

let databaseCount = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function uniqueDatabaseName(prefix: string): string {
  databaseCount += 1;
  return `${prefix}-${databaseCount}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The id an ok reply carries (a made list, campaign, entry…); a refusal fails the test with the reply. */
export function idOf(reply: BackgroundReply): string {
  if (!reply.ok || !reply.id) throw new Error(`not ok: ${JSON.stringify(reply)}`);
  return reply.id;
}
