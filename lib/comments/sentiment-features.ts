/**
 * The sentiment model's features of one comment. A model trained on tweets about 2016's news learns its topics
 * (a politician, a phone) unless kept from them, and topics do not carry to comments on a creator's posts. So the
 * features are only how people express feeling: the lexicon's valence (with negation, intensifiers and "but"; what
 * follows "but" or "however" also on its own), complaint language (lib/comments/complaint.ts), questions,
 * words restricted to the sentiment lexicon (each learns its own weight, so "please" and "help", positive in the
 * lexicon, can learn that they ask more than they praise), negators, emoji and emoticons, and punctuation. Names,
 * topics, links' targets and numbers never become features. (A list of stance-bearing function words was tried and
 * did not transfer across TweetEval's splits; see the evaluation report.)
 */
import { type Token, isUpperCase } from './text';
import { complaintCues } from './complaint';
import { type Lexicon, type Valence, isNegator, tokenValence, valenceOf } from './valence';

/** A hashtag of several words: a lower-case letter then a capital, or an underscore. */
const HASHTAG_JOINS = /[a-z][A-Z]|_/u;
const HASHTAG_SPLIT = /_|(?<=[a-z])(?=[A-Z])/u;

/** First words of a question. */
const QUESTION_OPENERS = new Set('what when where who which how is are does do did can could will would should may has have'.split(' '));

function bin(value: number, bounds: readonly number[]): number {
  const index = bounds.findIndex((bound) => value < bound);
  return index < 0 ? bounds.length : index;
}

export function sentimentFeatures(tokens: readonly Token[], lexicon: Lexicon): Map<string, number> {
  const features = new Map<string, number>();
  // Each token's lexicon valence, looked up once for the valence, the words and the contrast.
  const valences = tokens.map((token) => tokenValence(token, lexicon));
  const valence = valenceOf(tokens, lexicon, valences);
  features.set('lex:compound', valence.compound);
  features.set('lex:positive', Math.log1p(valence.positive));
  features.set('lex:negative', Math.log1p(-valence.negative));
  features.set(`lex:compound-bin${bin(valence.compound, [-0.6, -0.3, -0.05, 0.05, 0.3, 0.6])}`, 1);
  if (valence.positive > 0 && valence.negative < 0) features.set('lex:mixed', 1);
  if (valence.lexiconWords === 0) features.set('lex:none', 1);

  // Words of the restricted vocabulary; a lexicon word under a negator (until the clause ends) is its own feature.
  let negatedFor = 0;
  const words = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'exclaim' || token.kind === 'question') {
      negatedFor = 0;
      continue;
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      words.add(`v:${token.norm}`);
      continue;
    }
    if (token.kind === 'hashtag') {
      const word = token.norm.slice(1);
      if (tokenValence({ ...token, kind: 'word', norm: word }, lexicon) !== 0) words.add(`v:${word}`);
      // "#NeverAgain", "#worst_service": the lexicon's words inside a hashtag, split at capitals and underscores.
      else if (HASHTAG_JOINS.test(token.raw))
        for (const part of token.raw.slice(1).split(HASHTAG_SPLIT)) {
          const norm = part.toLowerCase();
          if (norm && lexicon.has(norm) && lexicon.get(norm) !== 0) words.add(`v:${norm}`);
        }
      continue;
    }
    if (token.kind !== 'word') continue;
    if (isNegator(token.norm)) {
      negatedFor = 3;
      words.add('v:<negator>');
      continue;
    }
    if (valences[index] !== 0) words.add(negatedFor > 0 ? `v:not_${token.norm}` : `v:${token.norm}`);
    if (negatedFor > 0) negatedFor--;
  }
  const scale = 1 / Math.sqrt(Math.max(words.size, 1));
  for (const word of words) features.set(word, scale);

  const exclaims = tokens.filter((token) => token.kind === 'exclaim').length;
  if (exclaims) features.set('punct:!', 1);
  if (tokens.some((token) => token.kind === 'question')) features.set('punct:?', 1);
  if (tokens.some((token) => token.kind === 'url')) features.set('shape:link', 1);
  // Addressed to someone (a reply, a message to a brand): in TweetEval 2017 such tweets are half again as often negative.
  if (tokens[0]?.kind === 'mention') features.set('shape:addressed', 1);
  // Repeated marks ("!!!", "??") say more than one.
  if (tokens.some((token) => token.kind === 'exclaim' && token.raw.length > 1)) features.set('punct:!!', 1);
  if (tokens.some((token) => token.kind === 'question' && token.raw.length > 1)) features.set('punct:??', 1);
  // A question to the brand or creator ("when does…", "is there…"): asking, not judging.
  const opener = tokens.find((token) => token.kind !== 'mention');
  if (opener?.kind === 'word' && QUESTION_OPENERS.has(opener.norm)) features.set('shape:question-opener', 1);
  contrastFeatures(tokens, lexicon, valences, features);
  complaintFeatures(tokens, valence, features);
  const capitals = tokens.filter((token) => token.kind === 'word' && token.raw.length > 2 && isUpperCase(token.raw)).length;
  if (capitals >= 2) features.set('shape:shouting', 1);
  // The tokenizer cuts a letter repeated three times or more to two ("soooo" → "soo"), so an elongated word's raw form is longer.
  if (tokens.some((token) => token.kind === 'word' && token.raw.length > token.norm.length)) features.set('shape:elongated', 1);
  return features;
}

/** Words that turn a sentence: what follows them is what the writer means ("nice seats but the staff were rude"). */
const CONTRAST_WORDS = new Set(['but', 'however', 'although', 'though']);

function contrastFeatures(tokens: readonly Token[], lexicon: Lexicon, valences: readonly number[], features: Map<string, number>): void {
  const at = tokens.findIndex((token) => token.kind === 'word' && CONTRAST_WORDS.has(token.norm));
  if (at < 0) return;
  const before = valenceOf(tokens.slice(0, at), lexicon, valences.slice(0, at)).compound;
  const after = valenceOf(tokens.slice(at + 1), lexicon, valences.slice(at + 1)).compound;
  features.set('contrast:after', after);
  if (before > 0.05 && after < -0.05) features.set('contrast:pos-then-neg', 1);
  if (before < -0.05 && after > 0.05) features.set('contrast:neg-then-pos', 1);
}

/** The complaint family (lib/comments/complaint.ts): how much of it, whether any word of feeling came with it, negated. */
function complaintFeatures(tokens: readonly Token[], valence: Valence, features: Map<string, number>): void {
  const cues = complaintCues(tokens, isNegator);
  if (cues.words > 0) {
    features.set('complaint:words', Math.log1p(cues.words));
    features.set(cues.words >= 2 ? 'complaint:several' : 'complaint:one', 1);
    if (valence.lexiconWords === 0) features.set('complaint:unfelt', 1);
    if (valence.compound > 0.05) features.set('complaint:with-positive', 1);
  }
  if (cues.negated > 0) features.set('complaint:negated', 1);
  if (cues.duration) features.set('complaint:duration', 1);
}
