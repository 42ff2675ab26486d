/**
 * The spam model's features of one comment, hashed into the model's buckets. Words and word pairs, letter n-grams across the whole comment (robust to misspellings, spacing tricks and
 * the Instagram data's stripped punctuation), the rule cues, and the comment's shape.
 */
import { FNV_OFFSET, type HashedVector, HashedVectorBuilder, fnvExtend } from './hashing';
import type { CommentCues } from './rules';
import { type Token, isUpperCase } from './text';

/** Letter n-gram lengths over the comment (spaces included): 2–5, the usual choice for short noisy text. */
const NGRAM_MIN = 2;
const NGRAM_MAX = 5;

/** One letter for each kind of token that is not a word, in the letter n-gram string. */
function letterOf(token: Token): string {
  switch (token.kind) {
    case 'word':
      return token.norm;
    case 'url':
      return 'U';
    case 'mention':
      return '@';
    case 'hashtag':
      return '#';
    case 'number':
      return '0';
    case 'emoji':
    case 'emoticon':
      return 'E';
    default:
      return token.norm;
  }
}

function placeholder(token: Token): string {
  switch (token.kind) {
    case 'url':
      return '<url>';
    case 'mention':
      return '<mention>';
    case 'number':
      return /^[$€£₹¥]/.test(token.norm) ? '<money>' : /:/.test(token.norm) ? '<time>' : '<number>';
    case 'hashtag':
      return '<hashtag>';
    case 'emoji':
    case 'emoticon':
      return '<emoji>';
    default:
      return token.norm;
  }
}

function bucket(value: number, bounds: readonly number[]): string {
  const index = bounds.findIndex((bound) => value <= bound);
  return index < 0 ? `>${bounds[bounds.length - 1]}` : `<=${bounds[index]}`;
}

const WORD_PREFIX = fnvExtend(FNV_OFFSET, 'w:');
const HOST_PREFIX = fnvExtend(FNV_OFFSET, 'host:');
const PAIR_PREFIX = fnvExtend(FNV_OFFSET, 'b:');
const NGRAM_PREFIX = fnvExtend(FNV_OFFSET, 'c:');

/**
 * The comment's features hashed into `buckets` buckets. Feature names (never built as strings here): `w:<word>`,
 * `host:<link's host>`, `b:<word> <word>`, `c:<letters>`, `cue:<rule cue>`, `shape:<…>`.
 */
export function spamVector(tokens: readonly Token[], cues: CommentCues, buckets: number): HashedVector {
  return spamFeatures(tokens, cues, buckets).build();
}

/** spamVector's features still in their builder: scoring weighs them there (SpamModel.verdict) instead of copying them. */
export function spamFeatures(tokens: readonly Token[], cues: CommentCues, buckets: number): HashedVectorBuilder {
  const vector = new HashedVectorBuilder(buckets);
  const units = tokens.map(placeholder);
  for (const unit of units) vector.addHash(fnvExtend(WORD_PREFIX, unit));
  for (const token of tokens) {
    if (token.kind !== 'url') continue;
    const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)/.exec(token.norm)?.[1];
    if (host) vector.addHash(fnvExtend(HOST_PREFIX, host));
  }
  vector.endGroup();
  for (let i = 1; i < units.length; i++) vector.addHash(fnvExtend(fnvExtend(fnvExtend(PAIR_PREFIX, units[i - 1]!), ' '), units[i]!));
  vector.endGroup();
  const letters = ` ${tokens.map(letterOf).join(' ')} `;
  // FNV-1a of "c:" + each n-gram, extended one letter at a time (inlined: this loop is most of the scoring time).
  for (let i = 0; i < letters.length; i++) {
    let hash = NGRAM_PREFIX;
    const end = Math.min(letters.length, i + NGRAM_MAX);
    for (let at = i; at < end; at++) {
      hash = Math.imul(hash ^ letters.charCodeAt(at), 0x01000193);
      if (at - i + 1 >= NGRAM_MIN) vector.addHash(hash);
    }
  }
  vector.endGroup();

  for (const cue of cues.spam) vector.addSingle(`cue:${cue}`);
  for (const cue of cues.scam) vector.addSingle(`cue:${cue}`);
  for (const cue of cues.lowEffort) vector.addSingle(`cue:${cue}`);
  if (cues.styledLetters) vector.addSingle('cue:styled-letters');
  vector.addSingle(`shape:words${bucket(cues.wordCount, [0, 2, 5, 10, 20, 40])}`);
  let mentions = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.kind === 'mention') mentions++;
    else if (token.kind === 'word' && token.raw.length > 1 && isUpperCase(token.raw)) capitals++;
  }
  vector.addSingle(`shape:mentions${bucket(mentions, [0, 1, 2])}`);
  if (capitals >= 3) vector.addSingle('shape:shouting');
  // Handles padded with underscores (@jane__fx_, #name__surname__): copies of real names, a scam habit.
  if (tokens.some((token) => (token.kind === 'mention' || token.kind === 'hashtag' || token.kind === 'word') && /__|[a-z]_$/.test(token.norm)))
    vector.addSingle('shape:padded-handle');
  return vector;
}
