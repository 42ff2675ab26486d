/**
 * The sentiment lexicon the model ships with, read from two maintained, permissively licensed packages (dev
 * dependencies, pinned): the VADER lexicon (7,500 words, slang and emoticons rated −4…+4 by ten people each;
 * C.J. Hutto, MIT licence, here from vader-sentiment's copy, Apache-2.0) and emoji-emotion (Titus Wormer, MIT:
 * emoji rated −5…+5, scaled by 0.8 to VADER's range). Both licences allow shipping the data with attribution, which
 * the model file carries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { emojiEmotion } from 'emoji-emotion';

export const LEXICON_SOURCE =
  'VADER lexicon (C.J. Hutto, vaderSentiment, MIT; via vader-sentiment 1.1.3, Apache-2.0) and emoji-emotion 3.0.1 (Titus Wormer, MIT; polarity × 0.8)';

/** emoji-emotion rates −5…+5; VADER's words −4…+4. */
const EMOJI_SCALE = 0.8;

export function loadLexicon(): Map<string, number> {
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
  for (const { emoji, polarity } of emojiEmotion) lexicon.set(emoji.replace(/\uFE0F/g, ''), polarity * EMOJI_SCALE);
  return lexicon;
}
