/**
 * The URL-safe form of a name for UTM values: what GA4 shows in its reports, so it must read the same however the
 * name was typed. The rules (shown to the user beside the link builder):
 * 1. letters lose their accents ("Crème" → creme) and a few letters are spelled out (ß → ss, æ → ae, ø → o, œ → oe,
 *    ł → l, đ/ð → d, þ → th, ı → i);
 * 2. everything is lower case;
 * 3. apostrophes are dropped ("Anna's" → annas), and so is a leading @ or #;
 * 4. any other run of characters outside a–z, 0–9, "-" and "_" (spaces, dots, slashes, emoji, other scripts) becomes
 *    one hyphen, and hyphens are never doubled, leading or trailing;
 * so only [a-z0-9-_] remains. A name with nothing left (all in another script) gets the caller's fallback.
 */

export const SLUG_RULES: readonly string[] = [
  'accents removed, ß → ss, æ → ae, ø → o, œ → oe, ł → l, đ/ð → d, þ → th',
  'lower case',
  'apostrophes and a leading @ or # dropped',
  'every other run of characters outside a–z, 0–9, - and _ becomes one hyphen (spaces too); no leading, trailing or double hyphens',
];

const SPELLED_OUT: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/g, (letter) => SPELLED_OUT[letter]!)
    .trim()
    .replace(/^[@#]+/, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-]+|[-]+$/g, '');
}
