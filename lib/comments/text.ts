/**
 * A comment's text made comparable across sources, and cut into tokens. Comments arrive as page text (the panel),
 * as exported HTML-ish text (YouTube's API escapes `'` as `&#39;` and keeps `<br />` and `<a href>`), or lower-cased
 * with punctuation stripped (the Instagram scam data). Every model and rule reads the same tokens, so what the
 * training script saw is what the extension scores. Only string work: nothing here ever builds HTML.
 */

export type TokenKind = 'word' | 'number' | 'url' | 'mention' | 'hashtag' | 'emoji' | 'emoticon' | 'exclaim' | 'question';

export interface Token {
  kind: TokenKind;
  /** Lower-cased, elongations cut to two letters ("soooo" → "soo"); URLs kept whole. */
  norm: string;
  /** As written (after entity decoding), for the capitals and emphasis checks. */
  raw: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** HTML entities and tags as plain text: `<a href="U">T</a>` keeps both the address and its text. */
export function decodeMarkup(raw: string): string {
  return raw
    .replace(/<a\s[^>]*?href\s*=\s*"([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
      if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
      return NAMED_ENTITIES[lower] ?? whole;
    });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Small capitals and other look-alike letters that scam comments use to dodge word filters (NFKC keeps them). */
const LOOKALIKE_LETTERS: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKE_LETTERS).join('')}]`, 'gu');
/** Letters that NFKC folds (mathematical bold/italic, full-width, circled) or that the table above maps. */
const STYLED_LETTER = /[\u{1D400}-\u{1D7FF}\uFF21-\uFF5A\u24B6-\u24E9]/u;

export interface NormalizedText {
  /** Entities decoded, invisible characters dropped, letters folded, spaces collapsed. */
  text: string;
  /** The writer used styled or look-alike letters (𝐢𝐧𝐯𝐞𝐬𝐭, ɪɴᴠᴇꜱᴛ): common in scams, rare otherwise. */
  styledLetters: boolean;
}

/** Printable ASCII and whitespace: nothing for NFKC or the look-alike table to change. */
const PLAIN_ASCII = /^[\x20-\x7E\s]*$/;

export function normalizeCommentText(raw: string): NormalizedText {
  const unmarked = raw.includes('<') || raw.includes('&') ? decodeMarkup(raw) : raw;
  if (PLAIN_ASCII.test(unmarked)) return { text: unmarked.replace(/\s+/g, ' ').trim(), styledLetters: false };
  const decoded = unmarked.replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, (char) => (char === '\u200D' ? char : ''));
  const styledLetters = STYLED_LETTER.test(decoded) || LOOKALIKE_PATTERN.test(decoded);
  LOOKALIKE_PATTERN.lastIndex = 0;
  const folded = decoded.normalize('NFKC').replace(LOOKALIKE_PATTERN, (char) => LOOKALIKE_LETTERS[char] ?? char);
  return { text: folded.replace(/\s+/g, ' ').trim(), styledLetters };
}

// One pass over the text, alternatives in order of precedence (a URL before the words inside it); capture group i+1
// is KINDS[i] (plain groups: named ones cost an object per match).
const TOKEN_PATTERN = new RegExp(
  [
    /((?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|ly|io|co|me|tv|info|biz|gl|be|us|uk|xyz|site|online|shop|link|app)\b(?:\/[^\s<>"]*)?)/
      .source,
    /(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])/u.source,
    /(#[\p{L}\p{N}_]+)/u.source,
    // Emoji: a pictograph with its modifiers and ZWJ joins, a flag (two regional indicators), or a keycap.
    /(\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*|[\u{1F1E6}-\u{1F1FF}]{2}|[0-9#*]\uFE0F?\u20E3)/u
      .source,
    /((?<![\p{L}\p{N}])(?:[:;=8xX][-o^']?[)(\]\[dDpP/\\|*3$@oO]+|<3+|\^_*\^|[)(\]\[dD][-o^']?[:;=])(?![\p{L}\p{N}]))/u.source,
    /(\d{1,2}(?::\d\d)+(?!\d)|[$€£₹¥]?\d[\d.,]*[kKmM]?)/u.source,
    /([\p{L}\p{M}][\p{L}\p{M}\p{N}'’_]*)/u.source,
    /(!+)/.source,
    /(\?+)/.source,
  ].join('|'),
  'giu',
);

const ELONGATED = /(.)\1{2,}/u;

/**
 * ELONGATED.test(word) ("soooo"), by comparing code units: the same answer for text inside the Basic Multilingual
 * Plane without line breaks (nearly every word), and the pattern itself decides for the rest.
 */
export function isElongated(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // A surrogate (a code point outside the BMP, which `.` reads whole) or a line break (which `.` does not match).
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return ELONGATED.test(word);
    if (i >= 2 && code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * `raw === raw.toUpperCase()` (shouting, emphasis), without upper-casing the usual word: one that starts with a
 * lower-case ASCII letter cannot read the same upper-cased.
 */
export function isUpperCase(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false;
  return raw === raw.toUpperCase();
}

function normalizeWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  return isElongated(word) ? word.replace(/(.)\1{2,}/gu, '$1$1') : word;
}

const KINDS: readonly TokenKind[] = ['url', 'mention', 'hashtag', 'emoji', 'emoticon', 'number', 'word', 'exclaim', 'question'];

/** The tokens of already-normalized text (see normalizeCommentText). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  // exec on the one global pattern, not matchAll (which copies the pattern per call); no alternative matches empty.
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    let group = 1;
    while (group <= KINDS.length && match[group] === undefined) group++;
    const kind = KINDS[group - 1];
    if (!kind) throw new Error(`comment tokens: "${match[0]}" matched no kind`); // every alternative is a group
    const raw = match[0];
    let norm: string;
    switch (kind) {
      case 'url':
        norm = raw.toLowerCase();
        break;
      case 'emoji':
        // Skin tones and variation selectors do not change what an emoji says.
        norm = raw.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
        break;
      case 'exclaim':
        norm = '!';
        break;
      case 'question':
        norm = '?';
        break;
      default:
        norm = normalizeWord(raw);
    }
    tokens.push({ kind, norm, raw });
  }
  return tokens;
}
