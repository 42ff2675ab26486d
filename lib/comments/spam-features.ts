/**
 * The spam model's features of one comment, as names (hashed into the model's buckets; the names let a decision be
 * explained). Words and word pairs, letter n-grams across the whole comment (robust to misspellings, spacing tricks and
 * the Instagram data's stripped punctuation), the rule cues, and the comment's shape.
 */
import type { CommentCues } from './rules';
import type { Token } from './text';

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

export function spamFeatures(tokens: readonly Token[], cues: CommentCues): Map<string, number> {
  const units = tokens.map(placeholder);
  const words = new Set(units.map((unit) => `w:${unit}`));
  for (const token of tokens) {
    if (token.kind !== 'url') continue;
    const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)/.exec(token.norm)?.[1];
    if (host) words.add(`host:${host}`);
  }
  const pairs = new Set<string>();
  for (let i = 1; i < units.length; i++) pairs.add(`b:${units[i - 1]} ${units[i]}`);
  const ngrams = new Set<string>();
  const letters = ` ${tokens.map(letterOf).join(' ')} `;
  for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) for (let i = 0; i + n <= letters.length; i++) ngrams.add(`c:${letters.slice(i, i + n)}`);

  // Words, pairs and n-grams are many per comment, cues and shape few: each group of many gets unit length, so a
  // long comment's n-grams do not drown its cues (the usual cosine normalisation, per group).
  const features = new Map<string, number>();
  for (const group of [words, pairs, ngrams]) {
    const value = 1 / Math.sqrt(Math.max(group.size, 1));
    for (const name of group) features.set(name, value);
  }
  for (const cue of [...cues.spam, ...cues.scam, ...cues.lowEffort]) features.set(`cue:${cue}`, 1);
  if (cues.styledLetters) features.set('cue:styled-letters', 1);
  features.set(`shape:words${bucket(cues.wordCount, [0, 2, 5, 10, 20, 40])}`, 1);
  features.set(`shape:mentions${bucket(tokens.filter((token) => token.kind === 'mention').length, [0, 1, 2])}`, 1);
  const capitals = tokens.filter((token) => token.kind === 'word' && token.raw.length > 1 && token.raw === token.raw.toUpperCase()).length;
  if (capitals >= 3) features.set('shape:shouting', 1);
  return features;
}
