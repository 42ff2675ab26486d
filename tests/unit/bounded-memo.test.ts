import { describe, expect, test } from 'vitest';
import { BoundedMemo } from '../../lib/count/bounded-memo';

describe('BoundedMemo', () => {
  test('computes once per key while the key is kept', () => {
    const memo = new BoundedMemo<string, number>(4);
    let calls = 0;
    const length = (key: string) => (calls++, key.length);
    expect(memo.get('abc', length)).toBe(3);
    expect(memo.get('abc', length)).toBe(3);
    expect(calls).toBe(1);
  });

  test('never holds more than its limit: the oldest entry goes first', () => {
    const memo = new BoundedMemo<number, number>(3);
    const computed: number[] = [];
    const square = (key: number) => (computed.push(key), key * key);
    for (let key = 0; key < 10; key++) memo.get(key, square);
    expect(memo.size).toBe(3);
    memo.get(9, square); // kept
    memo.get(0, square); // forgotten: computed again
    expect(computed).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
  });
});
