/**
 * The scorer's fast paths give what the plain forms they replace give: the word checks (lib/comments/text.ts), the
 * hashed-vector builder's byte-wide seen table (lib/comments/hashing.ts) and the duplicate groups' members.
 */
import { describe, expect, test } from 'vitest';
import { duplicateGroups, duplicateMembers } from '../../lib/comments/duplicates';
import { HashedVectorBuilder, fnv1a } from '../../lib/comments/hashing';
import { isElongated, isUpperCase } from '../../lib/comments/text';

describe('word checks', () => {
  test.each<[string, boolean]>([
    ['hello', false],
    ['Hello', false],
    ['HELLO', true],
    ['OK', true],
    ['I', true],
    ['', true],
    ["DON'T", true],
    ['ÉTÉ', true],
    ['été', false],
    ['ß', false], // upper-cases to "SS"
    ['123', true],
    ['x2', false],
    ['Ωμέγα', false],
  ])('isUpperCase(%j) is %s, as raw === raw.toUpperCase()', (raw, upper) => {
    expect(isUpperCase(raw)).toBe(upper);
    expect(isUpperCase(raw)).toBe(raw === raw.toUpperCase());
  });

  test.each<[string, boolean]>([
    ['soooo', true],
    ['soo', false],
    ['good', false],
    ['aaa', true],
    ['!!!', true],
    ['héééé', true],
    ['😀😀😀', true], // one code point three times: two code units each
    ['😀😀', false],
    ['\ud83d\ude00\ude00\ude00', false], // a pair, then lone low surrogates: code units repeat, code points do not thrice
    ['a\n\n\nb', false], // `.` does not match a line break
    ['', false],
  ])('isElongated(%j) is %s, as /(.)\\1{2,}/u', (word, elongated) => {
    expect(isElongated(word)).toBe(elongated);
    expect(isElongated(word)).toBe(/(.)\1{2,}/u.test(word));
  });
});

describe('hashed vector builder', () => {
  test('a group counts each bucket once, across more groups than a byte has generations', () => {
    for (let round = 0; round < 600; round++) {
      const builder = new HashedVectorBuilder(16);
      builder.addHash(3);
      builder.addHash(3);
      builder.addHash(19); // bucket 3 again
      builder.addHash(5);
      builder.endGroup();
      builder.addHash(3); // a new group: counts again
      builder.addSingle('cue:x', 2);
      const { indices, values } = builder.build();
      expect([...indices]).toEqual([3, 5, 3, fnv1a('cue:x') & 15]);
      expect([...values]).toEqual([Math.fround(1 / Math.sqrt(2)), Math.fround(1 / Math.sqrt(2)), 1, 2]);
    }
  });

  test('a vector started before another is built fails instead of mixing the two', () => {
    const first = new HashedVectorBuilder(64);
    first.addHash(1);
    const second = new HashedVectorBuilder(64);
    second.addHash(2);
    expect([...second.build().indices]).toEqual([2]);
    expect(() => first.build()).toThrow(/another vector was started/);
  });
});

describe('duplicate members', () => {
  test('the members of duplicateGroups, in the same order', () => {
    const comments = [
      { text: 'Follow my page for daily crypto signals, link in bio', author: 'a' },
      { text: 'follow my page for daily crypto signals!! link in bio', author: 'b' },
      { text: 'nice', author: 'e' },
      { text: '🔥🔥', author: 'g' },
      { text: '🔥🔥', author: 'g' },
      { text: 'Follow my page for daily crypto signals, link in bio', author: null },
    ];
    expect(duplicateMembers(comments)).toEqual(duplicateGroups(comments).map((group) => group.members));
    expect(duplicateMembers(comments)).toEqual([[0, 1, 5], [3, 4]]);
  });
});
