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
const DISCLOSURE_TAG = new RegExp(`(?:^|[\\s(\\[,.;:!?])#(?:${DISCLOSURE_TAGS.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
// Not \b at the end: it needs an ASCII word character before it, and "rémunéré" ends in "é".
const DISCLOSURE_PHRASE = /\b(?:paid partnership|paid promotion|includes paid promotion|sponsored by|in partnership with|bezahlte partnerschaft|partenariat rémunéré|colaboración pagada|parceria paga)(?![\p{L}\p{N}_])/iu;

export function hasSponsorshipDisclosure(text: string | null | undefined): boolean {
  if (!text) return false;
  return DISCLOSURE_TAG.test(text) || DISCLOSURE_PHRASE.test(text);
}
