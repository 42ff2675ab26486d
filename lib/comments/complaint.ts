/**
 * Complaint language: how people write to a brand, a shop or a creator when something went wrong, whether or not they
 * use a single word of feeling. "@brand my order was cancelled and I've been on hold for 2 hours" has no word in the
 * VADER lexicon and reads as neutral to it; every customer-service desk reads it as a complaint.
 *
 * The list is ours, written from the categories that complaint studies and customer-service guides name (service
 * failure, waiting, money back, unanswered contact, repetition; e.g. Bitner, Booms & Tetreault 1990, "The service
 * encounter"; the complaint-handling categories of ISO 10002), in general words that fit any product or service:
 * no brand, product or place names, no words learned from a dataset. Each word only adds to a family count that the
 * sentiment model weighs (lib/comments/sentiment-features.ts), so no word decides alone; a complaint word under a
 * negator ("no delay", "never lost anything") counts apart, as the opposite of a complaint.
 */
import type { Token } from './text';

/** Something failed, broke, went missing or did not happen. */
const FAILURE =
  'delay delayed delays cancel cancelled canceled cancels cancellation cancelling canceling postponed stranded stuck lost missing broken broke damaged defective faulty overbooked outage crashed crashes crashing glitch glitches bug bugs buggy error errors failed failing malfunction leaking leaked expired declined denied rejected wrong incorrect unusable unavailable overcharged overcharge double-charged scam scammed ripped unresolved';
/** Waiting and time lost. */
const WAITING = 'waited queue overdue';
/** Money or a fix asked back, the desk called on. */
const REDRESS = 'refund refunds refunded reimburse reimbursement compensation compensate voucher complaint complaints complain complained escalate supervisor';
/** Unanswered or bounced contact. */
const UNANSWERED = 'nobody unanswered ignored ignoring ignore unreachable disconnected transferred';
/** Repetition and persistence: the problem is not new. */
const REPETITION = 'anymore';

export const COMPLAINT_WORDS: ReadonlySet<string> = new Set([FAILURE, WAITING, REDRESS, UNANSWERED, REPETITION].join(' ').split(' '));

/**
 * Two-word phrases whose words alone say little ("no one", "on hold", "customer service"): the second word is
 * matched after the first.
 */
export const COMPLAINT_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['no', 'one response reply answer answers help update updates refund explanation show'],
      ['on', 'hold'],
      ['customer', 'service support care'],
      ['never', 'again arrived came received got showed answered'],
      ['not', 'working received arrived delivered responding happy acceptable'],
      ['hung', 'up'],
      ['call', 'back'],
      ['any', 'update updates news'],
      ['where', 'is are was'],
      ['how', 'long'],
      ['still', 'waiting broken missing stuck'],
      ['waiting', 'for'],
      ['again', 'and'],
      ['what', 'happened'],
      ['sort', 'out'],
      ['fix', 'this it'],
      ['doesnt', 'work'],
      ["doesn't", 'work'],
      ['didnt', 'work arrive come'],
      ["didn't", 'work arrive come'],
    ] as const
  ).map(([first, seconds]) => [first, new Set(seconds.split(' '))]),
);

/** Units that make a number a length of time ("3 hours", "45 min"): waiting, in a complaint. */
const DURATION_UNITS = new Set('min mins minute minutes hr hrs hour hours day days week weeks month months'.split(' '));

export interface ComplaintCues {
  /** Complaint words and phrases outside a negator's scope. */
  words: number;
  /** Complaint words under a negator ("no delay", "never lost"). */
  negated: number;
  /** A number with a unit of time. */
  duration: boolean;
}

/** A negator's scope: the next three words, or until ! or ?. */
const NEGATION_SCOPE = 3;

export function complaintCues(tokens: readonly Token[], isNegator: (word: string) => boolean): ComplaintCues {
  let words = 0;
  let negated = 0;
  let duration = false;
  let negatedFor = 0;
  tokens.forEach((token, index) => {
    if (token.kind === 'exclaim' || token.kind === 'question') {
      negatedFor = 0;
      return;
    }
    const next = tokens[index + 1];
    if (token.kind === 'number' && next?.kind === 'word' && DURATION_UNITS.has(next.norm)) duration = true;
    if (token.kind !== 'word') return;
    const phrase = next?.kind === 'word' && COMPLAINT_PHRASES.get(token.norm)?.has(next.norm);
    if (phrase) words++;
    if (isNegator(token.norm)) {
      negatedFor = NEGATION_SCOPE;
      return;
    }
    if (COMPLAINT_WORDS.has(token.norm)) {
      if (negatedFor > 0) negated++;
      else words++;
    }
    if (negatedFor > 0) negatedFor--;
  });
  return { words, negated, duration };
}
