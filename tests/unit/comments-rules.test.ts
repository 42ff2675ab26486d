/**
 * The comment rules and labels on tables of cases written for this test (in the style of real YouTube and Instagram
 * comments, none copied from a dataset): what each rule catches, what it must leave alone, and the label and reasons
 * a comment ends with.
 */
import { describe, expect, test } from 'vitest';
import { commentCues } from '../../lib/comments/rules';
import { scoreText } from '../../lib/comments/score';
import { normalizeCommentText, tokenize } from '../../lib/comments/text';

const noLanguage = () => 'und';

function cuesOf(text: string) {
  const normalized = normalizeCommentText(text);
  return commentCues(normalized, tokenize(normalized.text));
}

describe('text normalisation and tokens', () => {
  test.each([
    ['I&#39;m here<br />again &amp; again', "I'm here again & again"],
    ['<a href="https://example.com/x">look</a> now\uFEFF', 'https://example.com/x look now'],
    ['ɪɴᴠᴇꜱᴛ ɴᴏᴡ', 'invest now'],
    ['𝐢𝐧𝐯𝐞𝐬𝐭', 'invest'],
    ['  many   spaces\n\nand lines ', 'many spaces and lines'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeCommentText(raw).text).toBe(expected);
  });

  test.each([
    ['ɪɴᴠᴇꜱᴛ with me', true],
    ['𝐢𝐧𝐯𝐞𝐬𝐭 with me', true],
    ['invest with me', false],
  ])('styled letters in %j: %s', (raw, styled) => {
    expect(normalizeCommentText(raw).styledLetters).toBe(styled);
  });

  test('kinds of tokens', () => {
    const tokens = tokenize(normalizeCommentText('Soooo good!!! see www.example.com @some.one #love 😍🏽 :) 2:19 $500?').text);
    expect(tokens.map((token) => `${token.kind}:${token.norm}`)).toEqual([
      'word:soo',
      'word:good',
      'exclaim:!',
      'word:see',
      'url:www.example.com',
      'mention:@some.one',
      'hashtag:#love',
      'emoji:😍',
      'emoticon::)',
      'number:2:19',
      'number:$500',
      'question:?',
    ]);
  });
});

describe('rule cues', () => {
  // [comment, cues expected among spam, scam and low-effort cues]
  const CASES: Array<[string, string[]]> = [
    ['Check out my new channel, I upload every day!', ['self-promotion']],
    ['please subscribe to my channel guys', ['self-promotion', 'asks-for-engagement']],
    ['Like this comment if you are still here in 2026', ['asks-for-engagement']],
    ['my song is on http://music.example.com/track', ['link', 'external-link']],
    ['the official video: https://youtu.be/abc123', ['link']],
    ['message @jane_doe_fx, she can guide you', ['contact-me', 'recommends-account']],
    ['please check your DMs', []],
    ['the best part is at https://www.youtube.com/watch?v=abc123&t=2m19s', []],
    ['visiten mi canal por favor', ['self-promotion']],
    ['Get free gift cards now', ['money-offer']],
    ['paying off debts for the first 10 people to message me', ['money-offer', 'contact-me']],
    ['DM me on WhatsApp for details', ['contact-me']],
    ['call me at +1 (555) 123-4567', ['phone-number']],
    ['I invested $500 and received $6,000 in a week, thank you', ['investment-testimony']],
    ['all thanks to @trader_jane_fx for my profits', ['investment-testimony', 'recommends-account']],
    ['she helped me recover my lost funds, contact her', ['contact-me', 'investment-testimony', 'recovery-offer']],
    ['😍😍😍', ['emoji-only']],
    ['@friend @other', ['mention-only']],
    ['Amazing!!', ['one-word-praise']],
    ['love this so much 🔥', ['generic-praise']],
    ['bruh', ['very-short']],
    ['2.124.821.694 views, wow', []],
    ['The bridge at 2:40 sounds like their first album, did they reuse the synth?', []],
  ];

  test.each(CASES)('%j', (text, expected) => {
    const cues = cuesOf(text);
    expect([...cues.spam, ...cues.scam, ...cues.lowEffort].sort()).toEqual([...expected].sort());
  });
});

describe('labels and reasons', () => {
  // [comment, label, reasons that must be among the reasons]
  const CASES: Array<[string, string, string[]]> = [
    ['Hey guys check out my channel, I make covers http://example.com/me', 'spam', ['self-promotion', 'link']],
    ['SUBSCRIBE TO ME PLEASE I need 100 subs', 'spam', ['asks-for-engagement']],
    ['Message her on WhatsApp +1 555 123 4567, she doubled my bitcoin', 'scam', ['contact-me']],
    ['I earned $12,000 trading with @smart_fx_coach, thank you so much', 'scam', ['investment-testimony', 'recommends-account']],
    ['🔥🔥🔥', 'low-effort', ['emoji-only']],
    ['Nice!', 'low-effort', ['one-word-praise']],
    ['@anna_b @tom.k', 'low-effort', ['mention-only']],
    ['wow such a great video', 'low-effort', ['generic-praise']],
    ['How did you light the kitchen shots? The colours look so natural.', 'substantive', ['asks-question']],
    ['This recipe worked, but I needed twice the baking time in my old oven.', 'substantive', ['specific']],
  ];

  test.each(CASES)('%j is %s', (text, label, reasons) => {
    const score = scoreText(text, noLanguage);
    expect(score.label).toBe(label);
    for (const reason of reasons) expect(score.reasons).toContain(reason);
    if (label === 'spam' || label === 'scam') expect(score.spam).toBeGreaterThanOrEqual(0.5);
    else expect(score.spam).toBeLessThan(0.5);
  });

  test('low effort is never fraud: generic praise keeps a low spam probability', () => {
    for (const text of ['nice', 'love it', '❤️❤️', 'so cute', 'first!']) expect(scoreText(text, noLanguage).spam).toBeLessThan(0.5);
  });
});

describe('sentiment', () => {
  test.each([
    ['I absolutely love this, best video all year!', 'positive'],
    ['Thank you so much, this helped me a lot 😊', 'positive'],
    ['This is the worst tutorial ever, total waste of time', 'negative'],
    ['not good at all, really disappointed 😞', 'negative'],
    ['The video was uploaded on Tuesday.', 'neutral'],
    // Complaints to a brand with no word of feeling, which a lexicon alone reads as neutral.
    ["@acmeair my flight was cancelled and I've been on hold for 2 hours", 'negative'],
    ['@shopco the app keeps crashing when I try to check out', 'negative'],
    ['@shopco still waiting for my refund, no response to three emails', 'negative'],
    ['@acmeair what time does boarding start for the 6pm to Denver?', 'neutral'],
    // Elongation and a hashtag's words: "loooove" is "love", #BestPurchaseEver holds "best".
    ['@shopco Loooove the new colours #BestPurchaseEver', 'positive'],
  ])('%j is %s', (text, sentiment) => {
    expect(scoreText(text, noLanguage).sentiment).toBe(sentiment);
  });

  test('negation flips a positive word', () => {
    expect(scoreText('this is good', noLanguage).sentiment).toBe('positive');
    expect(scoreText('this is not good', noLanguage).sentiment).toBe('negative');
  });
});
