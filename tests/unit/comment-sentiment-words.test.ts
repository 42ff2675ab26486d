/**
 * The sentiment model's word part and decision (lib/comments/sentiment-words.ts, sentiment-model.ts) and the bucket
 * lists a pruned model ships (lib/comments/quantized.ts). Tables of our own short comments.
 */
import { describe, expect, test } from 'vitest';
import { decodeBuckets, encodeBuckets, quantize } from '../../lib/comments/quantized';
import { SentimentModel, decideSentiment } from '../../lib/comments/sentiment-model';
import { sentimentWordBuckets } from '../../lib/comments/sentiment-words';
import { normalizeCommentText, tokenize } from '../../lib/comments/text';

const BUCKETS = 1 << 20;
const tokensOf = (text: string) => tokenize(normalizeCommentText(text).text);
const bucketsOf = (text: string, lexicon: ReadonlyMap<string, number> | null = null) => sentimentWordBuckets(tokensOf(text), BUCKETS, lexicon);
const LEXICON = new Map([
  ['good', 1.9],
  ['bad', -2.5],
]);

describe('bucket lists', () => {
  test.each<[string, number[]]>([
    ['empty', []],
    ['one at zero', [0]],
    ['small gaps', [1, 2, 3, 130]],
    ['gaps past one byte and past two', [5, 200, 20_000, BUCKETS - 1]],
  ])('%s: decoded as encoded', (_, buckets) => {
    expect(decodeBuckets(encodeBuckets(buckets), 'test')).toEqual(buckets);
  });

  test.each<[string, number[]]>([
    ['descending', [3, 2]],
    ['repeated', [4, 4]],
    ['negative', [-1]],
  ])('%s buckets are refused', (_, buckets) => {
    expect(() => encodeBuckets(buckets)).toThrow(/model buckets: .* is not ascending/);
  });

  test('a list cut inside a number is refused', () => {
    // 0x80 continues a number that never ends; base64 of the single byte 0x80 is "gA==".
    expect(() => decodeBuckets('gA==', 'test list')).toThrow(/test list: the bucket list ends inside a number/);
  });
});

describe('word buckets', () => {
  test.each<[string, number]>([
    // words and the pairs between them, each once
    ['good', 1],
    ['this is good', 5],
    ['good good', 2],
    // mentions, links and numbers are skipped and end a pair
    ['@brand good', 1],
    ['good https://example.com bad', 2],
    ['good 42 bad', 2],
    // "!" and "?" count as words of their own and end a pair
    ['good!', 2],
  ])('%j: %i buckets', (text, count) => {
    expect(bucketsOf(text)).toHaveLength(count);
  });

  test('a word after a negator is another feature than the word alone, until "!" or "?" ends the clause', () => {
    const [good] = bucketsOf('good');
    expect(bucketsOf('not good')).not.toContain(good);
    expect(bucketsOf('not very nice or good')).toContain(good);
    expect(bucketsOf('no! good')).toContain(good);
  });

  test('with a lexicon, only words of feeling, negators, emoji and the pairs they are in', () => {
    expect(bucketsOf('this is good', LEXICON)).toHaveLength(2); // "good", "is good"
    expect(bucketsOf('this is a table', LEXICON)).toHaveLength(0);
    expect(bucketsOf('not a table', LEXICON)).toHaveLength(2); // the negator, "not a"
    expect(bucketsOf('table 😀', LEXICON)).toHaveLength(2); // the emoji, "table 😀"
  });

  test('the hash space must be a power of two', () => {
    expect(() => sentimentWordBuckets(tokensOf('good'), 1000)).toThrow(/sentiment words: 1000 buckets is not a power of two/);
  });
});

describe('decision', () => {
  test.each<[number[], number[], number]>([
    [[0.2, 0.5, 0.3], [0, 0, 0], 1],
    [[0.2, 0.5, 0.3], [1, 0, 0], 0], // log 0.2 + 1 > log 0.5
    [[0.2, 0.5, 0.3], [0.5, 0, 0], 1], // log 0.2 + 0.5 < log 0.5
    [[0.4, 0.3, 0.3], [0, 0, 0.5], 2],
  ])('probabilities %j with offsets %j: class %i', (probabilities, offsets, expected) => {
    expect(decideSentiment(probabilities, offsets)).toBe(expected);
  });

  /** A model whose lexicon part knows nothing and whose word part knows one word, "zorp", as positive. */
  function modelWith(mix: number, classOffsets: [number, number, number]): SentimentModel {
    const [zorp] = bucketsOf('zorp');
    return new SentimentModel({
      kind: 'castlist-sentiment-model',
      version: 2,
      trainedOn: 'test',
      labels: ['negative', 'neutral', 'positive'],
      lexiconSource: 'test',
      lexicon: {},
      bias: [0, 0.5, 0],
      weights: {},
      words: { buckets: BUCKETS, mix, feelingOnly: false, bias: [0, 0, 0], kept: encodeBuckets([zorp!]), weights: [quantize([-2]), quantize([0]), quantize([3])] },
      classOffsets,
    });
  }

  test.each<[number, [number, number, number], string, string]>([
    [1, [0, 0, 0], 'zorp', 'positive'],
    [0.5, [0, 0, 0], 'blip', 'neutral'], // no kept bucket: the word part is even, the lexicon part's bias decides
    [0, [0, 0, 0], 'zorp', 'neutral'], // the word part weighs nothing
    [0.5, [0, 0, 0], 'zorp', 'positive'],
    [1, [6, 0, 0], 'zorp', 'negative'], // log 0.006 + 6 > log 0.95
  ])('word share %f, offsets %j: %j is %s', (mix, offsets, text, sentiment) => {
    expect(modelWith(mix, offsets).verdict(tokensOf(text)).sentiment).toBe(sentiment);
  });

  test('a word part with more weights than kept buckets is refused', () => {
    const data = { kind: 'castlist-sentiment-model', version: 2, trainedOn: 't', labels: ['negative', 'neutral', 'positive'], lexiconSource: 't', lexicon: {}, bias: [0, 0, 0], weights: {}, classOffsets: [0, 0, 0] };
    const words = { buckets: BUCKETS, mix: 1, feelingOnly: false, bias: [0, 0, 0], kept: encodeBuckets([7]), weights: [quantize([1, 2]), quantize([1, 2]), quantize([1, 2])] };
    expect(() => new SentimentModel({ ...data, words })).toThrow(/word weights of negative: 2 weights stored, 1 expected/);
    expect(() => new SentimentModel({ ...data, words: { ...words, buckets: 4, kept: encodeBuckets([9]), weights: [quantize([1]), quantize([1]), quantize([1])] } })).toThrow(/a word bucket lies outside 4/);
  });
});
