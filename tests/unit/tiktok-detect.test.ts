import { expect, test } from 'vitest';
import { detectTikTokPage } from '../../lib/sites/tiktok/detect';

test.each([
  ['https://www.tiktok.com/@castlistcook', { surface: 'profile', handle: 'castlistcook', page: 'profile' }],
  ['https://www.tiktok.com/@castlist.cook_2?lang=de', { surface: 'profile', handle: 'castlist.cook_2' }],
  ['https://www.tiktok.com/@castlistcook/video/7301000000000000011?is_from_webapp=1', { surface: 'post', postId: '7301000000000000011', page: 'video' }],
  ['https://www.tiktok.com/@castlistcook/photo/7301000000000000033', { surface: 'post', postId: '7301000000000000033', page: 'photo' }],
  ['https://www.tiktok.com/', { surface: 'feed', page: 'feed' }],
  ['https://www.tiktok.com/foryou', { surface: 'feed' }],
  ['https://www.tiktok.com/following', { surface: 'feed' }],
  ['https://www.tiktok.com/tag/pasta', { surface: 'feed', page: 'tag' }],
  ['https://www.tiktok.com/search?q=pasta', { surface: 'search' }],
  ['https://www.tiktok.com/search/video?q=pasta', { surface: 'search' }],
  ['https://www.tiktok.com/@castlistcook/live', { surface: 'unsupported' }],
  ['https://www.tiktok.com/api/user/detail/?uniqueId=castlistcook', { surface: 'unsupported', page: 'api' }],
  ['https://www.tiktok.com/oembed?url=x', { surface: 'unsupported' }],
  ['https://www.tiktok.com/@castlistcook/video/abc', { surface: 'unsupported' }],
])('%s', (url, expected) => {
  expect(detectTikTokPage(new URL(url))).toMatchObject({ platform: 'tiktok', ...expected });
});

test('other hosts are not TikTok', () => {
  expect(detectTikTokPage(new URL('https://www.youtube.com/@castlistcook'))).toBeNull();
  expect(detectTikTokPage(new URL('https://tiktok.example.com/@castlistcook'))).toBeNull();
});
