/**
 * How strongly a comment's words express feeling, the way VADER reads it (Hutto & Gilbert, ICWSM 2014): each word of
 * a sentiment lexicon carries a valence (−4…+4); intensifiers ("very", "kinda") strengthen or soften the words after
 * them; a negator within three words flips and damps them; "but" shifts weight to what follows; capitals and
 * exclamation marks add emphasis. The lexicon is data (the VADER lexicon and emoji polarities, written into the
 * sentiment model's file by the training script); the method is this file's own implementation.
 */
import { type Token, isUpperCase } from './text';

export interface Valence {
  /** Sum of the positive valences (≥ 0) and of the negative ones (≤ 0), after intensifiers, negation and "but". */
  positive: number;
  negative: number;
  /** VADER's normalisation of the sum to −1…+1. */
  compound: number;
  /** Lexicon words seen, and how many of them were negated. */
  lexiconWords: number;
  negated: number;
}

/** A lexicon: word, emoticon or emoji → valence on VADER's −4…+4 scale. */
export type Lexicon = ReadonlyMap<string, number>;

/** Words that flip what follows within three words (with the n't forms handled by suffix). */
export const NEGATORS = new Set(
  'not no never none nobody nothing neither nor nowhere cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint without rarely seldom hardly'.split(
    ' ',
  ),
);
const BOOST = 0.293;
/** Intensifiers (+) and softeners (−), as in VADER's booster list. */
const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ...'absolutely amazingly awfully completely considerably decidedly deeply enormously entirely especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so soo substantially thoroughly totally tremendously uber unbelievably unusually utterly very super truly'
    .split(' ')
    .map((word): [string, number] => [word, BOOST]),
  ...'almost barely hardly just enough kind kinda kindof less little marginally occasionally partly scarcely slightly somewhat sort sorta sortof'
    .split(' ')
    .map((word): [string, number] => [word, -BOOST]),
]);
const CAPS_EMPHASIS = 0.733;
const NEGATION_FACTOR = -0.74;
const EXCLAIM_EMPHASIS = 0.292;
const NORMALIZE_ALPHA = 15;

export function isNegator(word: string): boolean {
  if (!word.includes("'")) return NEGATORS.has(word); // most words: no copy, one look-up
  return NEGATORS.has(word.replace(/'/g, '')) || word.endsWith("n't");
}

/** The lexicon's valence of one token, or 0. */
export function tokenValence(token: Token, lexicon: Lexicon): number {
  if (token.kind === 'word') {
    const valence = lexicon.get(token.norm);
    if (valence !== undefined) return valence;
    if (token.norm.includes("'")) return lexicon.get(token.norm.replace(/'/g, '')) ?? 0;
    // "loooove" is normalised to "loove": an elongated word may also be the lexicon's word with single letters.
    if (token.raw.length > token.norm.length) return lexicon.get(token.norm.replace(/(.)\1/gu, '$1')) ?? 0;
    return 0;
  }
  if (token.kind === 'emoticon') return lexicon.get(token.raw) ?? lexicon.get(token.norm) ?? 0;
  if (token.kind === 'emoji') return lexicon.get(token.norm) ?? 0;
  return 0;
}

/** `valences`: each token's tokenValence, when the caller has them already (the sentiment features reuse theirs). */
export function valenceOf(tokens: readonly Token[], lexicon: Lexicon, valences: readonly number[] = tokens.map((token) => tokenValence(token, lexicon))): Valence {
  const words = tokens.filter((token) => token.kind === 'word');
  const mixedCase = words.some((token) => !isUpperCase(token.raw)) && words.some((token) => token.raw.length > 1 && isUpperCase(token.raw));
  const butAt = tokens.findIndex((token) => token.kind === 'word' && token.norm === 'but');
  let positive = 0;
  let negative = 0;
  let lexiconWords = 0;
  let negated = 0;

  tokens.forEach((token, index) => {
    let valence = valences[index]!;
    if (valence === 0 || INTENSIFIERS.has(token.norm)) return;
    lexiconWords++;
    if (mixedCase && token.kind === 'word' && token.raw.length > 1 && isUpperCase(token.raw)) valence += Math.sign(valence) * CAPS_EMPHASIS;
    let isNegated = false;
    for (let back = 1; back <= 3 && index - back >= 0; back++) {
      const before = tokens[index - back]!;
      if (before.kind !== 'word') break;
      const boost = INTENSIFIERS.get(before.norm);
      if (boost !== undefined) valence += Math.sign(valence) * boost * (1 - 0.05 * (back - 1));
      if (isNegator(before.norm)) isNegated = true;
    }
    if (isNegated) {
      valence *= NEGATION_FACTOR;
      negated++;
    }
    if (butAt >= 0) valence *= index < butAt ? 0.5 : index > butAt ? 1.5 : 1;
    if (valence > 0) positive += valence;
    else negative += valence;
  });

  let sum = positive + negative;
  const exclaims = Math.min(4, tokens.filter((token) => token.kind === 'exclaim').reduce((count, token) => count + token.raw.length, 0));
  if (sum !== 0) sum += Math.sign(sum) * exclaims * EXCLAIM_EMPHASIS;
  return { positive, negative, compound: sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA), lexiconWords, negated };
}
