/**
 * The per-creator values of a campaign's tracking: one utm_content and one promo code per creator, both unique
 * within the campaign and both deterministic (the same creators in the same order always get the same values, in the
 * panel, in the `utm` command and when `campaign-results` matches GA4 rows back).
 *
 * utm_content: the slug of the creators file's utm_content when given, else of the handle (slug.ts rules). Given
 * values are placed first, in file order, then derived ones. A value already taken gets "-<utm_source>" appended
 * (anna on Instagram and anna on TikTok → anna, anna-tiktok), and if that is taken too "-2", "-3", …
 *
 * Promo code: the code given in the creators file, kept as written; otherwise up to eight letters and digits of the
 * handle in capitals, followed by two digits, from an alphabet without the characters people misread: no 0/O, no 1/I/L
 * (so "olivia.k" → "VAK" + "47" = VAK47). Handles with fewer than two usable characters start with SAVE. The digits
 * come from a stable hash of campaign, platform and handle; on a clash with an earlier code the hash is taken again
 * with a counter. Codes are compared without regard to case, as shops do.
 */
import { stableHash } from '../background/stable-hash';
import { slugify } from './slug';
import { utmSourceOf } from './utm-source';

export interface TaggableCreator {
  handle: string;
  platform: string;
  promoCode?: string | null;
  utmContent?: string | null;
}

/** Characters of generated codes: A–Z and 2–9 without 0, O, 1, I, L. */
export const READABLE_CODE_CHARACTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SUFFIX_DIGITS = '23456789';
const FALLBACK_PREFIX = 'SAVE';

export class CreatorTagsError extends Error {
  override name = 'CreatorTagsError';
}

export function assignUtmContents(creators: readonly TaggableCreator[]): string[] {
  const taken = new Set<string>();
  const contents: string[] = new Array<string>(creators.length);
  const givenFirst = creators
    .map((creator, index) => ({ creator, index, given: Boolean(creator.utmContent?.trim()) }))
    .sort((a, b) => Number(b.given) - Number(a.given) || a.index - b.index);
  for (const { creator, index, given } of givenFirst) {
    const base = slugify(given ? creator.utmContent! : creator.handle) || `creator-${index + 1}`;
    const source = utmSourceOf(creator.platform);
    let candidate = base;
    if (taken.has(candidate) && source) candidate = `${base}-${source}`;
    for (let counter = 2; taken.has(candidate); counter++) candidate = `${base}-${counter}`;
    taken.add(candidate);
    contents[index] = candidate;
  }
  return contents;
}

export function assignPromoCodes(campaignSlug: string, creators: readonly TaggableCreator[]): string[] {
  const taken = new Map<string, number>();
  creators.forEach((creator, index) => {
    const given = creator.promoCode?.trim();
    if (!given) return;
    const key = given.toUpperCase();
    const earlier = taken.get(key);
    if (earlier !== undefined) {
      throw new CreatorTagsError(`promo code "${given}" is given to both ${creators[earlier]!.handle} and ${creator.handle}: each creator needs a code of their own`);
    }
    taken.set(key, index);
  });
  return creators.map((creator, index) => {
    const given = creator.promoCode?.trim();
    if (given) return given;
    const letters = slugify(creator.handle)
      .toUpperCase()
      .split('')
      .filter((char) => READABLE_CODE_CHARACTERS.includes(char))
      .join('')
      .slice(0, 8);
    const prefix = letters.length >= 2 ? letters : FALLBACK_PREFIX;
    for (let attempt = 0; ; attempt++) {
      const hash = stableHash(`${campaignSlug}|${utmSourceOf(creator.platform)}|${creator.handle.trim().toLowerCase()}|${attempt}`);
      const number = Number.parseInt(hash.slice(-8), 16);
      const code = `${prefix}${SUFFIX_DIGITS[number % 8]}${SUFFIX_DIGITS[Math.floor(number / 8) % 8]}`;
      if (!taken.has(code)) {
        taken.set(code, index);
        return code;
      }
    }
  });
}
