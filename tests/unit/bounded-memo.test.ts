import { describe, expect, test } from 'vitest';
import { boundedMemo } from '../../lib/count/bounded-memo';

describe('boundedMemo', () => {
  test('computes once per key while the key is kept', () => {
    let calls = 0;
    const length = boundedMemo(4, (key: string) => (calls++, key.length));
    expect(length('abc')).toBe(3);
    expect(length('abc')).toBe(3);
    expect(calls).toBe(1);
  });

  test('keeps only its last `limit` keys: the oldest goes first', () => {
    const computed: number[] = [];
    const square = boundedMemo(3, (key: number) => (computed.push(key), key * key));
    for (let key = 0; key < 10; key++) square(key);
    square(9); // among the last three: remembered
    square(7); // among the last three: remembered
    expect(square(0)).toBe(0); // forgotten: computed again
    expect(computed).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
    square(7); // the oldest of 7, 8, 9: it made room for 0
    expect(computed.at(-1)).toBe(7);
  });
});
