import { describe, expect, test } from 'vitest';
import { detectLinkedInPage } from '../../lib/sites/linkedin/detect';
import { labelledCount, postIdOfUrn, postIdsIn, profileOfHref, publishedAtOfId } from '../../lib/sites/linkedin/linkedin-counts';

describe('LinkedIn URLs', () => {
  test.each([
    ['https://www.linkedin.com/in/ada-lovelace-sample/', { surface: 'profile', handle: 'ada-lovelace-sample', page: 'person' }],
    ['https://www.linkedin.com/in/ada-lovelace-sample/recent-activity/all/', { surface: 'profile', handle: 'ada-lovelace-sample', page: 'person' }],
    ['https://www.linkedin.com/in/j%C3%B6rg-sample', { surface: 'profile', handle: 'jörg-sample', page: 'person' }],
    ['https://www.linkedin.com/company/acme-sample/posts/?feedView=all', { surface: 'profile', handle: 'acme-sample', page: 'company' }],
    ['https://www.linkedin.com/posts/ada-lovelace-sample_the-fix-activity-7458772951740358656-nrvO', { surface: 'post', postId: '7458772951740358656', handle: 'ada-lovelace-sample', page: 'post' }],
    ['https://www.linkedin.com/posts/ada-lovelace-sample_the-fix-share-7458772948787597312-HYrt/?utm_source=share', { surface: 'post', postId: '7458772948787597312', page: 'post' }],
    ['https://www.linkedin.com/posts/acme_launch-ugcPost-7458772948787597312-HYrt', { surface: 'post', postId: '7458772948787597312', page: 'post' }],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7458772951740358656/', { surface: 'post', postId: '7458772951740358656', page: 'post' }],
    ['https://www.linkedin.com/feed/update/urn:li:ugcPost:7458772948787597312/', { surface: 'post', postId: '7458772948787597312', page: 'post' }],
    ['https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook', { surface: 'post', postId: 'what-set-your-soul-fire-2017-ellyn-shook', page: 'article' }],
    ['https://www.linkedin.com/pulse/topics/careers-c1/', { surface: 'unsupported' }],
    ['https://www.linkedin.com/feed/', { surface: 'feed' }],
    ['https://www.linkedin.com/', { surface: 'feed' }],
    ['https://www.linkedin.com/search/results/content/?keywords=casting', { surface: 'search' }],
    ['https://www.linkedin.com/voyager/api/graphql?queryId=x', { surface: 'unsupported', page: 'voyager' }],
  ])('%s', (url, expected) => {
    expect(detectLinkedInPage(new URL(url))).toMatchObject({ platform: 'linkedin', ...expected });
  });

  test('a /posts/ slug without an id and other sites are not LinkedIn posts', () => {
    expect(detectLinkedInPage(new URL('https://www.linkedin.com/posts/ada_no-id-here'))).toBeNull();
    expect(detectLinkedInPage(new URL('https://www.linkedin.com/feed/update/urn:li:comment:123'))).toBeNull();
    expect(detectLinkedInPage(new URL('https://www.youtube.com/in/ada'))).toBeNull();
  });
});

describe('labelled counts', () => {
  test.each([
    ['361 Reactions', 'likes', 'en', 361, 361],
    ['1 Like', 'likes', 'en', 1, 1],
    ['48 Comments', 'comments', 'en', 48, 48],
    ['7 reposts', 'reposts', 'en', 7, 7],
    ['12,345 followers', 'followers', 'en', 12_345, 12_345],
    ['Software Development · Lyon · 12,345 followers', 'followers', 'en', 12_345, 12_345],
    ['1.2K followers', 'followers', 'en', 1150, 1299],
    ['1.234 Reaktionen', 'likes', 'de', 1234, 1234],
    ['56 Kommentare', 'comments', 'de', 56, 56],
    ['12.345 Follower', 'followers', 'de', 12_345, 12_345],
    ['1,2 Mio. Follower', 'followers', 'de', 1_150_000, 1_299_999],
    ['12\u202f345 abonnés', 'followers', 'fr', 12_345, 12_345],
    ['3 vues', 'views', 'fr', 3, 3],
    ['12 mil seguidores', 'followers', 'es', 11_500, 12_999],
    ['0 Comments', 'comments', 'en', 0, 0],
  ] as const)('%s (%s, %s)', (text, metric, lang, min, max) => {
    const count = labelledCount(text, metric, lang, 'text');
    if (min === null) expect(count).toBeNull();
    else expect(count).toMatchObject({ min, max });
  });

  test.each([
    ['500+ connections', 'followers'],
    ['Helping 10,000 followers grow', 'followers'],
    ['Grace and 1,233 others', 'likes'],
    ['56 comments on Ada’s post', 'comments'],
    ['12 of followers', 'followers'],
    ['Like', 'likes'],
    ['1,234', 'likes'],
    ['48 Comments', 'likes'],
    ['12,345 followers · 9,999 followers', 'followers'],
  ] as const)('%s is no %s count', (text, metric) => {
    expect(labelledCount(text, metric, 'en', 'text')).toBeNull();
  });
});

describe('ids', () => {
  test('post urns, never comment or profile urns', () => {
    expect(postIdOfUrn('urn:li:activity:7458772951740358656')).toBe('7458772951740358656');
    expect(postIdOfUrn('urn:li:comment:(urn:li:activity:7458772951740358656,7458772952486944768)')).toBeNull();
    expect(postIdOfUrn('urn:li:fsd_profile:ACoAAB')).toBeNull();
    expect(postIdsIn('urn:li:fsd_update:(urn:li:activity:7458772951740358656,MAIN_FEED,EMPTY)')).toEqual(['7458772951740358656']);
  });

  test('an activity id carries its creation time', () => {
    // The real post 7458772951740358656 says datePublished 2026-05-09T07:00:48.974Z.
    expect(publishedAtOfId('7458772951740358656')).toBe('2026-05-09T07:00:48.995Z');
    expect(publishedAtOfId('12345')).toBeNull();
  });

  test('profile links on any LinkedIn host', () => {
    expect(profileOfHref('https://il.linkedin.com/in/ada-lovelace-sample?trk=public_post_feed-actor-name')).toEqual({ handle: 'ada-lovelace-sample', kind: 'in' });
    expect(profileOfHref('/company/acme-sample/about/')).toEqual({ handle: 'acme-sample', kind: 'company' });
    expect(profileOfHref('https://www.linkedin.com/mynetwork/')).toBeNull();
    expect(profileOfHref('https://evil.example/in/ada')).toBeNull();
  });
});
