/** Complaint cues (lib/comments/complaint.ts) on cases written for this test, in the style of messages to brands. */
import { describe, expect, test } from 'vitest';
import { complaintCues } from '../../lib/comments/complaint';
import { normalizeCommentText, tokenize } from '../../lib/comments/text';
import { isNegator } from '../../lib/comments/valence';

const cuesOf = (text: string) => complaintCues(tokenize(normalizeCommentText(text).text), isNegator);

describe('complaint cues', () => {
  test.each<[string, number, number, boolean]>([
    // text, complaint words and phrases, negated complaint words, a length of time
    ['@acme my order was cancelled', 1, 0, false],
    ["on hold for 45 min and no one answers", 2, 0, true],
    ['customer service hung up on me', 2, 0, false],
    ['still waiting for my refund', 3, 0, false],
    ['the screen arrived broken and the charger is missing', 2, 0, false],
    ['no delays, nothing lost, great trip', 0, 2, false],
    ['never again', 1, 0, false],
    ['love the new colours', 0, 0, false],
    ['see you in 3 days!', 0, 0, true],
  ])('%j: %i cues, %i negated, duration %s', (text, words, negated, duration) => {
    expect(cuesOf(text)).toEqual({ words, negated, duration });
  });

  test('a negator reaches three words and stops at ! or ?', () => {
    expect(cuesOf('not a single thing was lost')).toMatchObject({ words: 1, negated: 0 });
    expect(cuesOf('no! it was lost')).toMatchObject({ words: 1, negated: 0 });
    expect(cuesOf('never was it lost')).toMatchObject({ words: 0, negated: 1 });
  });
});
