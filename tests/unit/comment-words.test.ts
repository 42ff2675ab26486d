/** The comment breakdown's words (lib/panel/comment-words.ts): shares with their counts, tone, languages, reasons. */
import { describe, expect, test } from 'vitest';
import { languageName, languagesText, reasonsText, sentimentMixText, shareText } from '../../lib/panel/comment-words';

describe('comment words', () => {
  test.each<[number, number, string, string]>([
    [1, 4, 'en', '25% (1 of 4)'],
    [0, 4, 'en', 'none (0 of 4)'],
    [1, 3, 'en', '33% (1 of 3)'],
    [1_234, 2_468, 'en', '50% (1,234 of 2,468)'],
    [1_234, 2_468, 'de', '50\u00a0% (1.234 of 2.468)'],
  ])('share %i of %i in %s: %s', (count, total, locale, text) => {
    expect(shareText(count, total, locale)).toBe(text);
  });

  test.each<[Record<'positive' | 'neutral' | 'negative', number>, number, string]>([
    [{ positive: 1, neutral: 3, negative: 0 }, 4, '75% neutral, 25% positive, none negative'],
    [{ positive: 2, neutral: 1, negative: 1 }, 4, '50% positive, 25% neutral, 25% negative'],
    [{ positive: 0, neutral: 0, negative: 5 }, 5, '100% negative, none positive, none neutral'],
  ])('tone %j', (sentimentCounts, comments, text) => {
    expect(sentimentMixText({ sentimentCounts, comments }, 'en')).toBe(text);
  });

  test.each<[string, string, string]>([
    ['en', 'en', 'English'],
    ['es', 'en', 'Spanish'],
    ['es', 'de', 'Spanisch'],
    ['und', 'en', 'too short to tell'],
    ['fil', 'en', 'Filipino'],
  ])('language %s in %s: %s', (code, locale, name) => {
    expect(languageName(code, locale)).toBe(name);
  });

  test('languages of the comments, most frequent first as the summary lists them', () => {
    const summary = { comments: 4, languages: [{ language: 'en', comments: 3 }, { language: 'und', comments: 1 }] };
    expect(languagesText(summary, 'en')).toBe('English 75%, too short to tell 25%');
  });

  test('reasons in words, in the order the scorer gave them', () => {
    expect(reasonsText(['contact-me', 'duplicate'])).toBe(
      'asks readers to make contact (DM, WhatsApp, Telegram, e-mail); the same text appears from several accounts, or one account repeats it',
    );
    expect(reasonsText([])).toBe('');
  });
});
