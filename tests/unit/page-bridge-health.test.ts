/**
 * A page that sends forged page-bridge events shows in reader health: the content script's "invalid" problem
 * (page-data-inbox.ts) becomes a reader event that the panel's banner counts as a degradation of that reader.
 */
import { describe, expect, test } from 'vitest';
import { readerEventsOf } from '../../lib/background/reader-events';
import { listenToPageBridge, pageBridgeProblem } from '../../lib/content/page-data-inbox';
import { degradedReaders, describeDegradation } from '../../lib/health/reader-health';
import { PAGE_BRIDGE_EVENT } from '../../lib/messages/page-bridge-event';
import { exactCount } from '../../lib/count';
import type { Reading } from '../../lib/reading/reading';

describe('forged page-bridge events in reader health', () => {
  test('an invalid event makes the page\'s reader degraded, with the count of events as its reason', () => {
    let invalid = 0;
    const inbox = listenToPageBridge(document, () => undefined, () => undefined, () => invalid++);
    try {
      document.dispatchEvent(new CustomEvent(PAGE_BRIDGE_EVENT, { detail: '{"kind":"response"}' }));
      expect(invalid).toBe(1);
      const problem = pageBridgeProblem('youtube.watch', invalid);
      const reading: Reading = {
        platform: 'youtube',
        surface: 'post',
        url: 'https://www.youtube.com/watch?v=castlistA01',
        readAt: '2026-12-06T10:00:00.000Z',
        lang: 'en',
        creator: null,
        posts: [{ id: 'castlistA01', url: 'https://www.youtube.com/watch?v=castlistA01', metrics: { views: exactCount(10) } }],
        comments: [],
        problems: [problem],
      };
      const [health] = degradedReaders(readerEventsOf(reading, 'visit-1', Date.parse(reading.readAt)));
      expect(health).toMatchObject({ platform: 'youtube', reader: 'youtube.watch', fields: [{ field: 'page-bridge', code: 'invalid', misses: 1 }] });
      expect(describeDegradation(health!)).toBe('page-bridge invalid');
    } finally {
      inbox.stop();
    }
  });
});
