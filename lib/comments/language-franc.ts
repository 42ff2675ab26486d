/**
 * franc-min as a LanguageDetector, for the command line and tests (the extension uses the browser's detector, which
 * costs nothing in its bundle). franc answers in ISO 639-3; the rest of Castlist, like the browser, speaks ISO 639-1
 * where a language has such a code.
 */
import { franc } from 'franc-min';
import { type LanguageDetector, MIN_LANGUAGE_LETTERS, UNDETERMINED } from './language';

/** franc-min's languages that have a two-letter code (the others keep their three letters). */
const TWO_LETTER: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr', pol: 'pl',
  swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr', ckb: 'ku', yor: 'yo',
  uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn', plt: 'mg', nya: 'ny', kin: 'rw',
  zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur',
  pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne',
};

/** Texts longer than this are cut: the first 300 characters decide as well as the whole, and cost far less. */
const MAX_CHARACTERS = 300;

export const francLanguageDetector: LanguageDetector = (text) => {
  const code = franc(text.slice(0, MAX_CHARACTERS), { minLength: MIN_LANGUAGE_LETTERS });
  return code === 'und' ? UNDETERMINED : (TWO_LETTER[code] ?? code);
};
