/**
 * The sentiment model's features of one comment. A model trained on tweets about 2016's news learns its topics
 * (a politician, a phone) unless kept from them, and topics do not carry to comments on a creator's posts. So the
 * features are only how people express feeling: the lexicon's valence (with negation, intensifiers and "but"),
 * words restricted to the sentiment lexicon (each learns its own weight, so "please" and "help", positive in the
 * lexicon, can learn that they ask more than they praise), negators, emoji and emoticons, and punctuation. Names,
 * topics, links' targets and numbers never become features. (A list of stance-bearing function words was tried and
 * did not transfer across TweetEval's splits; see the evaluation report.)
 */
import type { Token } from './text';
import { type Lexicon, isNegator, tokenValence, valenceOf } from './valence';

function bin(value: number, bounds: readonly number[]): number {
  const index = bounds.findIndex((bound) => value < bound);
  return index < 0 ? bounds.length : index;
}

export function sentimentFeatures(tokens: readonly Token[], lexicon: Lexicon): Map<string, number> {
  const features = new Map<string, number>();
  const valence = valenceOf(tokens, lexicon);
  features.set('lex:compound', valence.compound);
  features.set('lex:positive', Math.log1p(valence.positive));
  features.set('lex:negative', Math.log1p(-valence.negative));
  features.set(`lex:compound-bin${bin(valence.compound, [-0.6, -0.3, -0.05, 0.05, 0.3, 0.6])}`, 1);
  if (valence.positive > 0 && valence.negative < 0) features.set('lex:mixed', 1);
  if (valence.lexiconWords === 0) features.set('lex:none', 1);

  // Words of the restricted vocabulary; a lexicon word under a negator (until the clause ends) is its own feature.
  let negatedFor = 0;
  const words = new Set<string>();
  for (const token of tokens) {
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
      continue;
    }
    if (token.kind !== 'word') continue;
    if (isNegator(token.norm)) {
      negatedFor = 3;
      words.add('v:<negator>');
      continue;
    }
    if (tokenValence(token, lexicon) !== 0) words.add(negatedFor > 0 ? `v:not_${token.norm}` : `v:${token.norm}`);
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
  const capitals = tokens.filter((token) => token.kind === 'word' && token.raw.length > 2 && token.raw === token.raw.toUpperCase()).length;
  if (capitals >= 2) features.set('shape:shouting', 1);
  if (tokens.some((token) => token.kind === 'word' && /(.)\1\1/u.test(token.raw.toLowerCase()))) features.set('shape:elongated', 1);
  return features;
}
