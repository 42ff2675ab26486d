/**
 * The content script of one site, wired once: page bridge → readers → outbox → background, and badges on the page.
 *
 *   page-bridge events ─┐
 *   DOM batches ────────┼─▶ schedule a read (at most one per second, after the page settles)
 *   navigation ─────────┘      │
 *                              ▼
 *         adapter.read(document, URL, responses) + tiles (withTiles) ─▶ outbox ─▶ background (acknowledged)
 *                                                                                   │ reply: the badges
 *                                         badges (shadow roots, text only) ◀────────┘
 *
 * Grid and feed tiles are read one by one as they appear (TileTracker), never by re-reading the whole feed, and are
 * attributed by the same code as `read-page` (lib/sites/page-tiles.ts). What a badge says is the background's: it
 * knows every creator's audience; the script only places and renders badges.
 * A navigation starts a new visit: badges of the old page go, and the next reading is a new data point.
 */
import { parseCount } from '../count/parse-count';
import { prepareLocaleNumberFormat } from '../count/locale-number-format';
import type { BadgeModel } from '../badges/badge-model';
import type { AddFromPageMessage, BackgroundReply, CaptureReadingMessage } from '../messages/background-messages';
import { creatorKeyOf } from '../reading/keys';
import type { Reading } from '../reading/reading';
import { ownGridOf } from '../sites/page-tiles';
import { withTiles } from '../sites/post-attribution';
import { hasSponsorshipDisclosure } from '../sites/sponsorship';
import { BADGE_TAG, createBadge, updateBadge } from './badge-element';
import { BatchedObserver } from './batched-observer';
import { Outbox } from './outbox';
import { listenToPageBridge, pageBridgeProblem } from './page-data-inbox';
import { appendShortlistButton } from './shortlist-button';
import type { ReaderMemo } from '../sites/reader-memo';
import type { SiteAdapter } from '../sites/site-adapter';
import { createTileTracker } from './tile-tracker';

export interface SiteEnvironment {
  window: Window;
  /** Readings go through the outbox; the badge's "+ Shortlist" sends its one message directly (shortlist-button.ts). */
  sendMessage: (message: CaptureReadingMessage | AddFromPageMessage) => Promise<BackgroundReply | undefined>;
}

/** A re-read waits for the page to settle, and never runs more than once a second. */
const SETTLE_MS = 150;
const MIN_INTERVAL_MS = 1_000;
/** How long a page may take to show its numbers before an empty reading counts as a reader miss. */
const GRACE_MS = 5_000;

export interface RunningSite {
  stop(): void;
  /** For tests and the benchmark: read now. */
  readNow(): Reading | null;
}

export function runSite(adapter: SiteAdapter, environment: SiteEnvironment): RunningSite {
  const { window } = environment;
  const document = window.document;
  let currentUrl = window.location.href;
  let visitId = crypto.randomUUID();
  let visitStartedAt = Date.now();
  let lastFingerprint: string | null = null;
  /** Page-bridge events of this visit that failed their schema. */
  let invalidEvents = 0;
  let lastReadAt = 0;
  let readTimer: ReturnType<typeof setTimeout> | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  const badges = new Map<string, HTMLElement>();
  /** What the background said this visit's badges show, by key: the page's and its tiles' (badge-keys.ts). */
  const models = new Map<string, BadgeModel>();
  let lastReading: Reading | null = null;
  let stopped = false;

  const outbox = new Outbox({
    send: async (message) => {
      const reply = await environment.sendMessage(message);
      // In a task of their own: the reading is stored whatever happens to its badges (a failure there is reported
      // as the page's uncaught error, and is no failed send to retry).
      if (reply?.ok && reply.badges) setTimeout(showBadges, 0, message.visitId, reply.badges);
      return reply;
    },
    onRejected: (message, error) => console.error(`[Castlist] the background refused a ${adapter.platform} reading of ${message.reading.url}: ${error}`),
  });

  const scheduleRead = (delay = SETTLE_MS) => {
    if (readTimer !== null) return;
    const wait = Math.max(delay, lastReadAt + MIN_INTERVAL_MS - Date.now());
    readTimer = setTimeout(() => {
      readTimer = null;
      readNow();
    }, wait);
  };

  // What the readers may reuse between reads of this visit (parsed responses, walked data; lib/sites/reader-memo.ts):
  // a new one per visit.
  let memo: ReaderMemo = new Map();
  const pageInput = () => ({
    url: window.location.href,
    root: document,
    responses: inbox.responses(),
    now: new Date(),
    lang: document.documentElement.getAttribute('lang') || null,
    memo,
  });
  const tiles = adapter.tiles ? createTileTracker(adapter.platform, adapter.tiles, pageInput, models) : null;
  let sequence = 0;

  const readNow = (): Reading | null => {
    lastReadAt = Date.now();
    const identity = adapter.detect(new URL(window.location.href));
    if (!identity || identity.surface === 'unsupported') {
      removeBadges(new Set());
      return null;
    }
    let reading: Reading;
    let tilesUsed: Set<string>;
    let fingerprint: string;
    const start = performance.now();
    try {
      const input = pageInput();
      const pageReading = adapter.read(input);
      // Forged page-bridge events of this visit show in reader health (the reading is the reader's fresh object);
      // counted before the fingerprint, so that a new forged event is a change to send.
      if (invalidEvents) pageReading.problems.push(pageBridgeProblem(`${adapter.platform}.${identity.page}`, invalidEvents));
      // Whether anything changed is the page's own reading's say: tiles go out once each (and again when they
      // change), and the next read without them is no change to send again.
      fingerprint = fingerprintOf(pageReading);
      ({ reading, used: tilesUsed } = withTiles(pageReading, tiles?.pending() ?? [], ownGridOf(adapter, document, input, pageReading)));
      performance.measure('castlist:read', { start });
    } catch (error) {
      console.error(`[Castlist] the ${adapter.platform} ${identity.page} reader failed on ${window.location.href}`, error);
      return null;
    }
    const counted = hasCounts(reading);
    const settled = Date.now() - visitStartedAt >= GRACE_MS;
    const listPage = identity.surface === 'feed' || identity.surface === 'search';
    if (!counted && (!settled || listPage)) {
      // Too early to call it a miss: look again when the grace period ends. (A feed with nothing yet is no miss.)
      if (!listPage) graceTimer ??= setTimeout(() => scheduleRead(0), visitStartedAt + GRACE_MS - Date.now());
      renderBadges(reading);
      return reading;
    }
    if (fingerprint !== lastFingerprint || tilesUsed.size) {
      lastFingerprint = fingerprint;
      // Each message stands on its own (its own outbox key): a later one never drops tile posts an earlier one carried.
      outbox.send(`${visitId}:${sequence++}`, { type: 'reading.capture', visitId, reading });
      tiles?.markSent(tilesUsed);
    }
    renderBadges(reading);
    return reading;
  };

  const renderBadges = (reading: Reading) => {
    lastReading = reading;
    const placements = adapter.badgePlacements(reading, document);
    const keep = new Set<string>();
    for (const placement of placements) {
      const model = models.get(placement.key);
      if (!model) continue;
      keep.add(placement.key);
      let badge = badges.get(placement.key);
      if (badge?.isConnected) {
        updateBadge(badge, model);
        continue;
      }
      badge = createBadge(document, placement.key, model);
      // The creator's badge carries the add to the shortlist (a page's creator: the one key this page may ask for).
      const creatorKey = model.kind === 'creator' && reading.creator && creatorKeyOf(reading.platform, reading.creator);
      if (creatorKey) appendShortlistButton(badge.shadowRoot!, creatorKey, reading.creator!.name || reading.creator!.handle || creatorKey, environment.sendMessage);
      badges.set(placement.key, badge);
      if (placement.position === 'after') placement.anchor.after(badge);
      else placement.anchor.append(badge);
    }
    removeBadges(keep);
  };

  /** The background's badges for a reading of this visit: the page's go where the site places them, the tiles' in their tiles. */
  const showBadges = (forVisit: string, shown: Record<string, BadgeModel>) => {
    if (forVisit !== visitId || stopped) return; // a reply about the page before the last navigation, or after stop()
    for (const key in shown) models.set(key, shown[key]!);
    tiles?.renderBadges();
    if (lastReading) renderBadges(lastReading);
  };

  const removeBadges = (keep: Set<string>) => {
    for (const [key, badge] of badges) {
      if (keep.has(key)) continue;
      badge.remove();
      badges.delete(key);
    }
  };

  const checkNavigation = () => {
    if (window.location.href === currentUrl) return;
    currentUrl = window.location.href;
    visitId = crypto.randomUUID();
    visitStartedAt = Date.now();
    invalidEvents = 0;
    lastFingerprint = null;
    memo = new Map();
    lastReading = null;
    models.clear();
    tiles?.reset();
    if (graceTimer !== null) clearTimeout(graceTimer);
    graceTimer = null;
    removeBadges(new Set());
    // Badges left by an earlier instance of this script (after an extension reload) go too.
    for (const stale of document.querySelectorAll(BADGE_TAG)) stale.remove();
    tiles?.scan(document);
    scheduleRead(SETTLE_MS);
  };

  const inbox = listenToPageBridge(
    document,
    () => scheduleRead(),
    () => checkNavigation(),
    () => {
      invalidEvents++;
      scheduleRead();
    },
  );
  const observer = new BatchedObserver(document.documentElement);
  observer.subscribe((added) => {
    checkNavigation();
    tiles?.addedElements(added);
    scheduleRead();
  });
  observer.start();
  const onPopState = () => checkNavigation();
  window.addEventListener('popstate', onPopState);
  // The page locale's number tables first, one slice per task (no task near 50 ms), then the first read.
  const lang = document.documentElement.getAttribute('lang');
  // Its timer is the read timer: stop() clears it, and no read is scheduled before the tables are ready.
  // The reader runs once on an empty document too: its code is compiled in a task of its own, so the first real
  // read costs what reading costs (npm run bench measures both, as castlist:warm-up and castlist:read).
  const warmUp = () => {
    const start = performance.now();
    readTimer = null;
    if (!prepareLocaleNumberFormat(lang)) readTimer = setTimeout(warmUp, 0);
    else {
      parseCount('1.2K', { lang });
      // V8 compiles a pattern on its first use: the disclosure patterns' ~1 ms belongs here, not in the first read.
      hasSponsorshipDisclosure('#warm-up');
      try {
        adapter.read({ ...pageInput(), root: document.implementation.createHTMLDocument(''), responses: [] });
      } catch {
        // an empty document may not be readable at all; the real read reports its own failures
      }
      tiles?.scan(document);
      scheduleRead(0);
    }
    performance.measure('castlist:warm-up', { start });
  };
  // Not in this task: the browser has just compiled the whole script in it (npm run bench, start-up).
  readTimer = setTimeout(warmUp, 0);

  return {
    readNow,
    stop() {
      stopped = true;
      observer.stop();
      inbox.stop();
      outbox.stop();
      window.removeEventListener('popstate', onPopState);
      if (readTimer !== null) clearTimeout(readTimer);
      if (graceTimer !== null) clearTimeout(graceTimer);
      removeBadges(new Set());
      // Tile badges too (TileTracker adds them outside `badges`): none may outlive the script that updates them.
      for (const stale of document.querySelectorAll(BADGE_TAG)) stale.remove();
    },
  };
}

/** Whether a reading holds any count at all. */
function hasCounts(reading: Reading): boolean {
  const creator = reading.creator;
  return Boolean(creator?.followers || creator?.following || creator?.posts || creator?.likes) || reading.posts.some((post) => Object.keys(post.metrics).length > 0);
}

/** A reading is sent again only when something in it other than its time changed. */
function fingerprintOf(reading: Reading): string {
  return JSON.stringify({ ...reading, readAt: 0 });
}
