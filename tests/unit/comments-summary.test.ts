/**
 * Duplicates, languages and the per-creator summary, on comments written for this test.
 */
import { describe, expect, test } from 'vitest';
import { type CommentInput, browserLanguageDetector, scoreComments, scoreCommentsAsync, summarizeCreatorComments } from '../../lib/comments';
import { duplicateFlags, similarTextGroups } from '../../lib/comments/duplicates';
import { francLanguageDetector } from '../../lib/comments/language-franc';
import type { CommentRow } from '../../lib/db/rows';

const detectLanguage = francLanguageDetector;

describe('duplicates', () => {
  test('same and near-same texts from several accounts; short texts only when one account repeats them', () => {
    const comments = [
      { text: 'Follow my page for daily crypto signals, link in bio', author: 'a' },
      { text: 'follow my page for daily crypto signals!! link in bio', author: 'b' },
      { text: 'Follow my page for daily crypto signal, link in my bio', author: 'c' },
      { text: 'This recipe is exactly what I needed for Sunday dinner', author: 'd' },
      { text: 'nice', author: 'e' },
      { text: 'nice', author: 'f' },
      { text: '🔥🔥', author: 'g' },
      { text: '🔥🔥', author: 'g' },
      { text: 'Completely different words about the lighting setup here', author: 'h' },
    ];
    expect(duplicateFlags(comments)).toEqual([true, true, true, false, false, false, true, true, false]);
  });

  test('without authors every row is its own account: repeated texts are duplicates', () => {
    expect(duplicateFlags([
      { text: 'Check out this video on my channel', author: null },
      { text: 'Check out this video on my channel', author: null },
      { text: 'something else entirely, about the song', author: null },
    ])).toEqual([true, true, false]);
  });

  test('near-sameness has a floor: one changed word in a short sentence is not a copy', () => {
    expect(similarTextGroups(['the drums on this track are great', 'the vocals on this track are weak'])).toEqual([]);
  });

  test('10,000 comments with one planted campaign: only the campaign is found', () => {
    // Filler: eight made-up words each (seeded), unrelated to one another.
    let seed = 7; // xorshift32
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) >>> 8;
    };
    const word = () => Array.from({ length: 3 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join('');
    const texts = Array.from({ length: 10_000 }, () => Array.from({ length: 8 }, word).join(' '));
    texts[10] = 'Earn 500 dollars a day from home, message me now';
    texts[5000] = 'earn 500 dollars a day from home... message me now!';
    texts[9999] = 'Earn 500 dollars a day from home, message me now 💰';
    const groups = similarTextGroups(texts);
    expect(groups).toEqual([[10, 5000, 9999]]);
  });
});

describe('language', () => {
  test.each([
    ['This is a longer English comment about the lighting in the video', 'en'],
    ['Me encanta esta canción, es la mejor del mundo entero', 'es'],
    ['wow', 'und'],
    ['😍😍😍 @someone https://example.com', 'und'],
  ])('%j → %s', (text, language) => {
    expect(scoreComments([{ text }], { detectLanguage })[0]!.language).toBe(language);
  });

  test("the browser's detector: reliable answers kept, unreliable ones are und", async () => {
    const answers: Record<string, { isReliable: boolean; languages: { language: string; percentage: number }[] }> = {
      'Das ist ein ziemlich langer deutscher Kommentar': { isReliable: true, languages: [{ language: 'de', percentage: 98 }] },
      'ambiguous words that could be anything at all': { isReliable: false, languages: [{ language: 'en', percentage: 40 }] },
    };
    const asked: string[] = [];
    const detector = browserLanguageDetector(async (text) => {
      asked.push(text);
      return answers[text] ?? { isReliable: false, languages: [] };
    });
    const scores = await scoreCommentsAsync([{ text: 'Das ist ein ziemlich langer deutscher Kommentar' }, { text: 'ambiguous words that could be anything at all' }, { text: 'ok' }], { detectLanguage: detector });
    expect(scores.map((score) => score.language)).toEqual(['de', 'und', 'und']);
    expect(asked).toHaveLength(2); // "ok" is too short to ask about
  });
});

describe('creator summary', () => {
  const posts = ['youtube:p1', 'youtube:p2', 'youtube:p3', 'youtube:p4'];
  const comments: CommentInput[] = [
    // A pod account on all four posts, with generic praise.
    ...posts.map((postKey) => ({ text: 'Amazing!!', author: 'pod_one', authorName: 'Pod One', postKey })),
    // Another on three of the four.
    ...posts.slice(0, 3).map((postKey) => ({ text: '🔥🔥', author: 'pod_two', postKey })),
    { text: 'Check out my channel for more videos like this http://example.com', author: 'promo', postKey: 'youtube:p1' },
    { text: 'DM me on WhatsApp, I can double your bitcoin in a week', author: 'scammer', postKey: 'youtube:p2' },
    { text: 'How long did the sourdough rise before you shaped it?', author: 'baker', postKey: 'youtube:p1', creatorReplied: true, likes: 40 },
    { text: 'I tried this and the crust came out really great, thank you!', author: 'fan', postKey: 'youtube:p3', creatorReplied: true, likes: 12 },
    { text: 'This was the worst bread I ever made, terrible instructions', author: 'critic', postKey: 'youtube:p4' },
    { text: 'Thanks everyone for watching!', author: 'creator', postKey: 'youtube:p1', byCreator: true },
  ];
  const summary = summarizeCreatorComments(comments, { key: 'youtube:baker_creator' }, { detectLanguage });

  test('counts, leaving the creator out of the shares', () => {
    expect(summary).toMatchObject({ creatorKey: 'youtube:baker_creator', comments: 12, creatorComments: 1, posts: 4 });
    expect(summary.labelCounts).toEqual({ spam: 1, scam: 1, 'low-effort': 7, substantive: 3 });
    expect(summary.labelShares['low-effort']).toBeCloseTo(7 / 12);
    expect(Object.values(summary.labelShares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1);
    expect(Object.values(summary.sentimentCounts).reduce((sum, count) => sum + count, 0)).toBe(12);
    expect(summary.sentimentCounts.negative).toBeGreaterThanOrEqual(1);
  });

  test('reply rate over the others’ comments', () => {
    expect(summary.replyRate).toBeCloseTo(2 / 12);
  });

  test('pods: accounts on at least three posts and half of those with comments', () => {
    expect(summary.pods).toEqual([
      { author: 'pod_one', authorName: 'Pod One', posts: 4, comments: 4 },
      { author: 'pod_two', authorName: null, posts: 3, comments: 3 },
    ]);
  });

  test('repeating accounts are duplicates', () => {
    expect(summary.duplicateComments).toBe(7);
  });

  test('examples per label with their reasons; substantive ones most liked first', () => {
    expect(summary.examples.spam[0]).toMatchObject({ author: 'promo', reasons: expect.arrayContaining(['self-promotion', 'link']) });
    expect(summary.examples.scam[0]).toMatchObject({ author: 'scammer', reasons: expect.arrayContaining(['contact-me']) });
    expect(summary.examples.substantive.map((example) => example.author)).toEqual(['baker', 'fan', 'critic']);
    expect(summary.examples['low-effort']).toHaveLength(3);
  });

  test('no comments: zero shares and no reply rate', () => {
    const empty = summarizeCreatorComments([], { key: 'x:y' }, { detectLanguage });
    expect(empty).toMatchObject({ comments: 0, replyRate: null, pods: [] });
    expect(empty.labelShares.spam).toBe(0);
  });
});

test("the database's comment rows are inputs as they are", () => {
  const row: CommentRow = {
    key: 'youtube:v1:c1',
    platform: 'youtube',
    postKey: 'youtube:v1',
    commentId: 'c1',
    author: '@viewer',
    authorName: 'Viewer',
    text: 'Where did you buy that lamp? It would fit my studio perfectly.',
    publishedAt: null,
    publishedText: '2 days ago',
    likes: null,
    replies: null,
    byCreator: false,
    creatorReplied: true,
    firstSeenAt: 0,
    lastSeenAt: 0,
  };
  const summary = summarizeCreatorComments([row], { key: 'youtube:creator' }, { detectLanguage });
  expect(summary).toMatchObject({ comments: 1, replyRate: 1, labelCounts: { substantive: 1 } });
  expect(summary.examples.substantive[0]).toMatchObject({ author: '@viewer', reasons: ['asks-question'] });
});

