/**
 * The sentiment lexicon the model ships with, read from two maintained, permissively licensed packages (dev
 * dependencies, pinned): the VADER lexicon (7,500 words, slang and emoticons rated −4…+4 by ten people each;
 * C.J. Hutto, MIT licence, here from vader-sentiment's copy, Apache-2.0) and emoji-emotion (Titus Wormer, MIT:
 * emoji rated −5…+5, scaled by 0.8 to VADER's range). Both licences allow shipping the data with attribution, which
 * the model file carries. (AFINN-165 was tried for the ~730 words VADER lacks: +0.002–0.006 macro-F1, but its word
 * list is under the ODbL, whose share-alike terms would reach the shipped model file, so it is left out.) Our own complaint words (lib/comments/complaint.ts) that neither lexicon rates are added at
 * −1.3, VADER's rating of "delay", "lost" and "ignored".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { emojiEmotion } from 'emoji-emotion';
import { COMPLAINT_WORDS } from '../../lib/comments/complaint';

export const LEXICON_SOURCE =
  'VADER lexicon (C.J. Hutto, vaderSentiment, MIT; via vader-sentiment 1.1.3, Apache-2.0), emoji-emotion 3.0.1 (Titus Wormer, MIT; polarity × 0.8), and Castlist\'s complaint words (lib/comments/complaint.ts) that neither rates, at −1.3';

/** emoji-emotion rates −5…+5; VADER's words −4…+4. */
const EMOJI_SCALE = 0.8;
const COMPLAINT_VALENCE = -1.3;

/** withComplaintWords false: the lexicon without our complaint words, to measure what they add. */
export function loadLexicon({ withComplaintWords = true } = {}): Map<string, number> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('vader-sentiment/vader_lexicon.txt');
  const lexicon = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [entry, mean] = line.split('\t');
    if (!entry || mean === undefined) continue;
    const valence = Number(mean);
    if (!Number.isFinite(valence)) throw new Error(`sentiment lexicon: "${line}" in ${path} has no valence`);
    lexicon.set(entry, valence);
  }
  if (lexicon.size < 7000) throw new Error(`sentiment lexicon: only ${lexicon.size} entries in ${path}`);
  // Complaint words neither lexicon rates get the rating VADER gives "delay", "lost" and "ignored".
  if (withComplaintWords) for (const word of COMPLAINT_WORDS) if (!lexicon.has(word)) lexicon.set(word, COMPLAINT_VALENCE);
  for (const { emoji, polarity } of emojiEmotion) lexicon.set(emoji.replace(/\uFE0F/g, ''), polarity * EMOJI_SCALE);
  return lexicon;
}
