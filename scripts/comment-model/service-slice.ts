/**
 * A closer proxy for posts to a brand's customer service: the TweetEval tweets that talk about a company, a product,
 * a service, an order, a delivery, a phone, an app, a trip or a bill. The rule was written down (this file, committed
 * on its own) before any model was scored on the slice, and is never tuned on it: a tweet belongs to the slice when
 * one of its words (lower-cased, hashtags read without "#") is in SERVICE_WORDS. The words are general words of
 * buying, using and being served, in any trade; no brand, product or place names, no word read off the tweets.
 */
import type { Token } from '../../lib/comments/text';

export const SERVICE_WORDS: ReadonlySet<string> = new Set(
  [
    // companies and the people who answer for them
    'company companies business brand brands customer customers client clients service services support staff employee employees manager managers agent agents rep reps representative helpline hotline',
    // buying and paying
    'order orders ordered ordering buy buying bought purchase purchased purchases store stores shop shops shopping checkout price prices priced pricing fee fees charge charged charges bill bills billing billed invoice payment payments paid pay refund refunds refunded receipt subscription subscriptions account accounts membership warranty',
    // getting it
    'delivery deliveries deliver delivered delivering shipping shipped shipment package packages parcel parcels courier tracking',
    // products and services people use
    'product products phone phones smartphone iphone android app apps update updates upgrade battery laptop computer tablet device devices wifi internet broadband network signal connection outage cable tv',
    // trips and bookings
    'flight flights airline airlines airport plane planes train trains bus buses hotel hotels booking bookings booked reservation reservations ticket tickets seat seats luggage baggage bag bags gate delayed delay cancelled canceled',
    // being served
    'queue waiting complaint complaints complain complained email emailed replied reply response respond responded call called calling hold',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a tweet belongs to the service slice (see the rule above). */
export function inServiceSlice(tokens: readonly Token[]): boolean {
  return tokens.some((token) => (token.kind === 'word' && SERVICE_WORDS.has(token.norm)) || (token.kind === 'hashtag' && SERVICE_WORDS.has(token.norm.slice(1))));
}
