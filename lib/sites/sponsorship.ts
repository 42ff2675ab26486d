/**
 * Whether a caption marks a post as paid: the disclosure tags and phrases creators and platforms use
 * (product.md "Sponsored vs organic"; Modash lists #ad, #reklaam, paid-partnership labels).
 */
const DISCLOSURE_TAGS = [
  'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'sponsor', 'spon', 'paidpartnership', 'paidpromotion',
  'werbung', 'anzeige', 'reklame', 'reklaam', 'reklama', 'publicidad', 'publicidade', 'publi', 'pub', 'sponsorisé',
  'sponsorise', 'sponsorizzato', 'pubblicità', 'adv', 'annonce', 'samarbete', 'samarbejde', 'yhteistyössä', 'gesponsert',
  'gifted', 'prpackage',
];
/**
 * A letter or digit of any script after the match means a longer word ("#adventure"). The patterns are plain (no
 * `u` or `i` flag, the text is lower-cased first): Unicode-aware patterns cost milliseconds to compile on a page.
 */
const WORD_GOES_ON = '(?![\\w\\u00c0-\\u1fff\\u2c00-\\u2dff\\u3040-\\ud7ff\\uf900-\\ufaff])';
const DISCLOSURE_TAG = new RegExp(`(?:^|[\\s(\\[,.;:!?])#(?:${DISCLOSURE_TAGS.join('|')})${WORD_GOES_ON}`);
const DISCLOSURE_PHRASE = new RegExp(
  `\\b(?:paid partnership|paid promotion|includes paid promotion|sponsored by|in partnership with|bezahlte partnerschaft|partenariat rémunéré|colaboración pagada|parceria paga)${WORD_GOES_ON}`,
);

export function hasSponsorshipDisclosure(text: string | null | undefined): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  return DISCLOSURE_TAG.test(lower) || DISCLOSURE_PHRASE.test(lower);
}
