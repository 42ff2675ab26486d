import { describe, expect, it } from 'vitest';
import { openInTabHref, overrideUrlFrom, panelTargetOf } from '../../lib/panel/page-target';

describe('panelTargetOf', () => {
  it.each([
    [null, { kind: 'none', url: null }],
    ['', { kind: 'none', url: null }],
    ['https://example.com/', { kind: 'none', url: 'https://example.com/' }],
    ['chrome://extensions', { kind: 'none', url: 'chrome://extensions' }],
    ['not a url', { kind: 'none', url: 'not a url' }],
  ])('%s → nothing to show', (url, expected) => {
    expect(panelTargetOf(url)).toEqual(expected);
  });

  it.each([
    ['https://www.youtube.com/', 'feed'],
    ['https://www.youtube.com/results?search_query=cats', 'search'],
    ['https://www.youtube.com/playlist?list=PL1', 'unsupported'],
    ['https://x.com/home', 'feed'],
    ['https://www.tiktok.com/search?q=cats', 'search'],
  ])('%s → another page of the site (%s)', (url, surface) => {
    expect(panelTargetOf(url)).toMatchObject({ kind: 'other-page', surface });
  });

  it('a YouTube video: the post key and its snapshots key', () => {
    expect(panelTargetOf('https://www.youtube.com/watch?v=GJLlxj_dtq8&t=10')).toEqual({
      kind: 'post',
      url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8&t=10',
      platform: 'youtube',
      page: 'watch',
      postId: 'GJLlxj_dtq8',
      postKey: 'youtube:GJLlxj_dtq8',
      entityKey: 'post:youtube:GJLlxj_dtq8',
      creatorKey: null,
    });
  });

  it('an X post names its author: the creator key is in lower case', () => {
    expect(panelTargetOf('https://x.com/NASA/status/1234567890')).toMatchObject({ kind: 'post', postKey: 'x:1234567890', creatorKey: 'x:nasa' });
  });

  it.each([
    ['https://www.youtube.com/@MrBeast/videos', 'youtube:mrbeast', 'MrBeast'],
    ['https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA', 'youtube:id:UCX6OQ3DkcsbYNE6H8uQQuVA', null],
    ['https://www.youtube.com/c/LegacyName', null, null],
    ['https://www.tiktok.com/@khaby.lame', 'tiktok:khaby.lame', 'khaby.lame'],
    ['https://www.instagram.com/natgeo/', 'instagram:natgeo', 'natgeo'],
  ])('profile %s → creator key %s', (url, creatorKey, handle) => {
    expect(panelTargetOf(url)).toMatchObject({ kind: 'profile', creatorKey, handle });
  });
});

describe('overrideUrlFrom', () => {
  it.each([
    ['', null],
    ['?other=1', null],
    [`?url=${encodeURIComponent('https://www.youtube.com/watch?v=GJLlxj_dtq8')}`, 'https://www.youtube.com/watch?v=GJLlxj_dtq8'],
    [`?url=${encodeURIComponent('javascript:alert(1)')}`, null],
    [`?url=${encodeURIComponent('not a url')}`, null],
  ])('%s → %s', (search, expected) => {
    expect(overrideUrlFrom(search)).toBe(expected);
  });

  it('round-trips with openInTabHref', () => {
    const page = 'https://x.com/nasa/status/1?s=20&t=a b';
    const href = openInTabHref(page);
    expect(href.startsWith('sidepanel.html?url=')).toBe(true);
    expect(overrideUrlFrom(href.slice(href.indexOf('?')))).toBe(new URL(page).href);
  });
});
