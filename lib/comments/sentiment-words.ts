/**
 * The word features of the sentiment model's second part, an NB-SVM (Wang & Manning 2012): each comment's words and
 * word pairs, present or not, hashed into a fixed number of buckets (lib/comments/hashing.ts) so that the shipped
 * model holds one weight per bucket instead of a vocabulary. Words after a negator, up to the end of the clause or
 * three words on, are marked as negated ("not good" is not "good"), in the pairs too. Mentions, links and numbers
 * never become features: who is addressed and which numbers are named are topics, not feeling.
 */
import { FNV_OFFSET, fnvExtend } from './hashing';
import type { Token } from './text';
import { type Lexicon, isNegator, tokenValence } from './valence';

/** How many words after a negator it reaches when no "!" or "?" ends the clause first. */
const NEGATION_REACH = 3;

/** The word of a token as the NB-SVM reads it, or null for tokens it skips. */
function wordOf(token: Token): string | null {
  switch (token.kind) {
    case 'word':
    case 'emoji':
    case 'emoticon':
      return token.norm;
    case 'hashtag':
      return token.norm.slice(1);
    default:
      return null;
  }
}

/**
 * The distinct buckets (of `buckets`, a power of two) of a comment's words and word pairs, each once. Pairs do not
 * reach across a mention, link or number, nor across "!" or "?".
 */
export function sentimentWordBuckets(tokens: readonly Token[], buckets: number, lexicon: Lexicon | null = null): number[] {
  if ((buckets & (buckets - 1)) !== 0) throw new Error(`sentiment words: ${buckets} buckets is not a power of two`);
  const mask = buckets - 1;
  const seen = new Set<number>();
  let negatedFor = 0;
  let previous: number | null = null;
  let previousFelt = false;
  for (const token of tokens) {
    if (token.kind === 'exclaim' || token.kind === 'question') {
      negatedFor = 0;
      seen.add(fnvExtend(FNV_OFFSET, token.norm) & mask);
      previous = null;
      continue;
    }
    const word = wordOf(token);
    if (word === null) {
      previous = null;
      continue;
    }
    // Each word's hash starts from a marker: "w" for a plain word, "n" for a negated one.
    let hash: number;
    const negator = token.kind === 'word' && isNegator(word);
    const felt = !lexicon || negator || token.kind === 'emoji' || token.kind === 'emoticon' || tokenValence(token, lexicon) !== 0;
    if (negator) {
      negatedFor = NEGATION_REACH;
      hash = fnvExtend(FNV_OFFSET, 'w<negator>');
    } else if (negatedFor > 0) {
      negatedFor--;
      hash = fnvExtend(fnvExtend(FNV_OFFSET, 'n'), word);
    } else hash = fnvExtend(fnvExtend(FNV_OFFSET, 'w'), word);
    if (felt) seen.add(hash & mask);
    // A pair: the two words' hashes mixed with different multipliers, so "a b" and "b a" fall apart.
    if (previous !== null && (felt || previousFelt)) seen.add((Math.imul(previous, 0x01000193) ^ Math.imul(hash, 0x5bd1e995) ^ 0x9e3779b9) & mask);
    previous = hash;
    previousFelt = felt;
  }
  return [...seen];
}
