import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { campaignLinks } from '../../../lib/campaigns/campaign-links';
import { assignPromoCodes, assignUtmContents, CreatorTagsError, READABLE_CODE_CHARACTERS } from '../../../lib/campaigns/creator-tags';
import { readCreatorsFile } from '../../../lib/campaigns/creators-file';
import { escapeFormulaText } from '../../../lib/campaigns/csv-cells';
import { campaignLinksCsv } from '../../../lib/campaigns/links-csv';
import { slugify } from '../../../lib/campaigns/slug';
import { BaseUrlError, taggedLink } from '../../../lib/campaigns/tagged-link';
import { utmSourceOf } from '../../../lib/campaigns/utm-source';

describe('slugify', () => {
  it.each([
    ['Été Crème Launch 2026', 'ete-creme-launch-2026'],
    ['@Anna.K', 'anna-k'],
    ["Anna's Picks", 'annas-picks'],
    ['Straße & Söhne', 'strasse-sohne'],
    ['Łódź   Øresund', 'lodz-oresund'],
    ['ben_films', 'ben_films'],
    ['--Spring//Sale--', 'spring-sale'],
    ['🔥 drop 🔥', 'drop'],
    ['Маша', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9_-]*$/);
  });
});

describe('utmSourceOf', () => {
  it.each([
    ['Instagram', 'instagram'],
    ['IG', 'instagram'],
    ['TikTok', 'tiktok'],
    ['YouTube', 'youtube'],
    ['Twitter', 'x'],
    ['X', 'x'],
    ['LinkedIn', 'linkedin'],
    ['Twitch', 'twitch'],
    ['Pinterest Ads', 'pinterest-ads'],
  ])('%s → %s', (platform, source) => {
    expect(utmSourceOf(platform)).toBe(source);
  });
});

describe('assignUtmContents', () => {
  it('one value per creator: given ones first, clashes get the platform, then a number', () => {
    const contents = assignUtmContents([
      { handle: 'anna', platform: 'instagram' },
      { handle: 'Anna', platform: 'tiktok' },
      { handle: 'someone', platform: 'youtube', utmContent: 'ANNA' },
      { handle: 'anna', platform: 'tiktok ' },
      { handle: 'Маша', platform: 'x' },
    ]);
    expect(contents).toEqual(['anna-instagram', 'anna-tiktok', 'anna', 'anna-2', 'creator-5']);
  });
});

describe('assignPromoCodes', () => {
  const creators = [
    { handle: 'olivia.k', platform: 'instagram' },
    { handle: 'olivia_k', platform: 'tiktok' },
    { handle: 'io', platform: 'x' },
    { handle: 'ben', platform: 'youtube', promoCode: ' BEN10 ' },
  ];

  it('is deterministic, readable and unique within the campaign', () => {
    const codes = assignPromoCodes('spring', creators);
    expect(assignPromoCodes('spring', creators)).toEqual(codes);
    expect(codes[3]).toBe('BEN10');
    expect(new Set(codes.map((code) => code.toUpperCase())).size).toBe(codes.length);
    expect(codes[0]).toMatch(/^VAK[2-9]{2}$/);
    expect(codes[2]).toMatch(/^SAVE[2-9]{2}$/);
    for (const code of codes.slice(0, 3)) for (const char of code) expect(READABLE_CODE_CHARACTERS).toContain(char);
  });

  it('differs between campaigns', () => {
    const many = Array.from({ length: 12 }, (_, index) => ({ handle: `anna${index + 2}`, platform: 'instagram' }));
    expect(assignPromoCodes('spring', many)).not.toEqual(assignPromoCodes('autumn', many));
  });

  it('stays unique when twenty creators share a handle prefix', () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ handle: 'anna', platform: `site${index}` }));
    expect(new Set(assignPromoCodes('spring', many)).size).toBe(20);
  });

  it('refuses one given code for two creators', () => {
    expect(() => assignPromoCodes('spring', [...creators, { handle: 'eve', platform: 'x', promoCode: 'ben10' }])).toThrow(CreatorTagsError);
  });
});

describe('taggedLink', () => {
  const utm = { source: 'instagram', medium: 'influencer', campaign: 'spring', content: 'anna' };
  it.each([
    ['https://shop.example', 'https://shop.example?utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=anna'],
    ['https://shop.example/p?ref=bio&q=a%20b#reviews', 'https://shop.example/p?ref=bio&q=a%20b&utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=anna#reviews'],
    ['https://shop.example/?utm_source=old&utm_term=x&UTM_CONTENT=y', 'https://shop.example/?utm_term=x&utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=anna'],
    ['https://shop.example/p?', 'https://shop.example/p?utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=anna'],
  ])('%s', (base, link) => {
    expect(taggedLink(base, utm)).toBe(link);
  });

  it.each(['shop.example/p', 'ftp://shop.example', 'not a url'])('refuses %s', (base) => {
    expect(() => taggedLink(base, utm)).toThrow(BaseUrlError);
  });
});

describe('campaignLinks and its CSV', () => {
  const links = campaignLinks({
    base: 'https://shop.example/spring?ref=x#top',
    campaign: 'Spring Drop 2026',
    creators: [
      { handle: '@anna.k', platform: 'Instagram', promoCode: 'ANNA15' },
      { handle: '=HYPERLINK("http://evil")', platform: 'TikTok' },
    ],
  });

  it('keeps one campaign, one medium, a source per platform, one content per creator', () => {
    expect(links.map((link) => new URL(link.link).searchParams.get('utm_campaign'))).toEqual(['spring-drop-2026', 'spring-drop-2026']);
    expect(links.map((link) => [link.utmSource, link.utmMedium, link.utmContent])).toEqual([
      ['instagram', 'influencer', 'anna-k'],
      ['tiktok', 'influencer', 'hyperlink-http-evil'],
    ]);
    expect(links[0]!.link).toBe('https://shop.example/spring?ref=x&utm_source=instagram&utm_medium=influencer&utm_campaign=spring-drop-2026&utm_content=anna-k#top');
  });

  it('exports CSV through papaparse with formula text escaped', () => {
    const parsed = Papa.parse<string[]>(campaignLinksCsv(links).trim()).data;
    expect(parsed[0]).toEqual(['handle', 'platform', 'link', 'promo_code', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content']);
    expect(parsed[1]!.slice(0, 4)).toEqual(["'@anna.k", 'Instagram', links[0]!.link, 'ANNA15']);
    expect(parsed[2]![0]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =cmd', "'  =cmd"],
    ['\tx', "'\tx"],
    ['anna', 'anna'],
  ])('escapeFormulaText(%j)', (text, escaped) => {
    expect(escapeFormulaText(text)).toBe(escaped);
  });
});

describe('a links export read back as a creators file', () => {
  it('gives the handles and codes as they were', () => {
    const csv = campaignLinksCsv(campaignLinks({ base: 'https://shop.example', campaign: 'Spring', creators: [{ handle: '@anna', platform: 'instagram', promoCode: 'ANNA15' }] }));
    expect(readCreatorsFile(csv)).toMatchObject([{ handle: '@anna', platform: 'instagram', promoCode: 'ANNA15', utmContent: 'anna' }]);
  });
});
