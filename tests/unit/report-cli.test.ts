/**
 * `npm run cli -- report`: saved pages read as visits, stored through the background's own handler, and the creator
 * ER checked against the house formula computed by hand. Our own TikTok sample pages (tests/fixtures/tiktok, written
 * by us after the 2022 SIGI_STATE profile markup) are written to a temporary folder; the real saved pages of
 * ../shared are read in place and never copied.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CommentSummary } from '../../lib/comments';
import type { Reading } from '../../lib/reading/reading';
import { readPage } from '../../lib/sites/read-page';
import { buildReport, pagesOf, type ReportOptions } from '../../scripts/cli/report';
import { UsageError } from '../../scripts/cli/args';
import { loadSavedPage } from '../../scripts/saved-page';
import { COOK, postsOf, SAMPLE_COMMENTS } from '../fixtures/tiktok/sample-data';
import { profilePageHtml, videoPageHtml } from '../fixtures/tiktok/sample-pages';
import { hasSharedFixtures, realCases, SHARED_FIXTURES, SKIP_MESSAGE } from '../support/shared-fixtures';

const HOUSE: ReportOptions = { windowSize: 12, interactions: 'all', lang: null };
const folder = mkdtempSync(join(tmpdir(), 'castlist-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function saved(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

const profileUrl = `https://www.tiktok.com/@${COOK.handle}`;
const profileFile = saved('profile.html', profilePageHtml(COOK, { state: 'sigi', script: false }));

describe('report on our own sample pages', () => {
  test('creator ER equals the house formula by hand: pinned post left out and listed', async () => {
    const report = await buildReport([{ file: profileFile, url: profileUrl }], HOUSE);
    const [first, second] = postsOf(COOK).filter((post) => !post.pinned);
    const byHand = [first!, second!].map((post) => (post.likes + post.comments + post.shares + post.saves) / COOK.followers);
    const byViews = [first!, second!].map((post) => (post.likes + post.comments + post.shares) / post.views);
    expect(report.creator.key).toBe('tiktok:castlistcook');
    expect(report.tier).toEqual({ tier: 'mega', tiers: ['mega'], straddles: false });
    expect(report.engagementRate.byFollowers.median).toBeCloseTo((byHand[0]! + byHand[1]!) / 2, 15);
    expect(report.engagementRate.byFollowers.range).toEqual([report.engagementRate.byFollowers.median, report.engagementRate.byFollowers.median]);
    expect(report.engagementRate.byViews.median).toBeCloseTo((byViews[0]! + byViews[1]!) / 2, 15);
    expect(report.engagementRate.byFollowers.n).toBe(2);
    expect(report.engagementRate.byFollowers.postsLeftOut).toEqual([expect.objectContaining({ postId: postsOf(COOK).find((post) => post.pinned)!.id, reason: 'pinned' })]);
    expect(report.sponsoredVsOrganic.byFollowers).toMatchObject({ sponsored: { posts: 1 }, organic: { posts: 1 } });
    expect(report.benchmark.band).toMatchObject({ setId: 'untapper-tiktok' });
  });

  test('several files are several visits of one creator; likes-only is a switch away', async () => {
    const video = postsOf(COOK)[0]!;
    const videoFile = saved('video.html', videoPageHtml(video, { script: false }));
    const pages = [
      { file: profileFile, url: profileUrl },
      { file: videoFile, url: `https://www.tiktok.com/@${COOK.handle}/video/${video.id}` },
    ];
    const report = await buildReport(pages, { ...HOUSE, interactions: 'likes' });
    const likesOnly = postsOf(COOK)
      .filter((post) => !post.pinned)
      .map((post) => post.likes / COOK.followers);
    expect(report.engagementRate.byFollowers.median).toBeCloseTo((likesOnly[0]! + likesOnly[1]!) / 2, 15);
    expect(report.engagementRate.byFollowers.formula).toBe('(likes) / followers at capture time');
  });

  test("the comments on the creator's posts are summarised: labels with reasons, the creator's own left out", async () => {
    const video = postsOf(COOK).find((post) => post.id === SAMPLE_COMMENTS[0]!.postId)!;
    const videoFile = saved('video-comments.html', videoPageHtml(video, { script: false, comments: SAMPLE_COMMENTS }));
    const report = await buildReport([{ file: profileFile, url: profileUrl }, { file: videoFile, url: `https://www.tiktok.com/@${COOK.handle}/video/${video.id}` }], HOUSE);
    const summary = report.comments.summary as CommentSummary;
    expect(report.comments.read).toBe(SAMPLE_COMMENTS.length);
    // The creator's own comment is not judged: three of the four are the audience's.
    expect(summary.comments).toBe(SAMPLE_COMMENTS.length - 1);
    expect(summary.labelCounts.spam + summary.labelCounts.scam).toBe(1);
    expect(summary.examples.substantive.map((example) => example.text)).toContain('What pan do you use?');
    expect(summary.examples.substantive.find((example) => example.text === 'What pan do you use?')!.reasons).toContain('asks-question');
  });

  test('pages of two creators are refused, naming both', async () => {
    const other = saved('other.html', profilePageHtml({ ...COOK, handle: 'someoneelse', id: '1' }, { state: 'sigi', script: false }));
    await expect(buildReport([{ file: profileFile, url: profileUrl }, { file: other, url: 'https://www.tiktok.com/@someoneelse' }], HOUSE)).rejects.toThrow(
      /2 creators, tiktok:castlistcook .*tiktok:someoneelse/,
    );
  });

  test('a missing file is unusable input, named', async () => {
    await expect(buildReport([{ file: join(folder, 'nope.html'), url: profileUrl }], HOUSE)).rejects.toThrow(/cannot read .*nope\.html/);
  });

  test.each<[string, string[], RegExp]>([
    ['no file', [], /at least one FILE/],
    ['a file without --url', ['a.html'], /a\.html has no --url/],
    ['--url before any file', ['--url', 'https://x.com/a', 'a.html'], /follows no FILE/],
    ['two --url for one file', ['a.html', '--url', 'https://x.com/a', '--url', 'https://x.com/b'], /follows no FILE/],
  ])('wrong usage (exit 2): %s', (_name, args, message) => {
    expect(() => pagesOf(args)).toThrow(UsageError);
    expect(() => pagesOf(args)).toThrow(message);
  });

  test('FILE --url pairs in order, other options skipped', () => {
    expect(pagesOf(['a.html', '--url', 'https://a', '--posts', '5', 'b.json', '--url', 'https://b'])).toEqual([
      { file: 'a.html', url: 'https://a' },
      { file: 'b.json', url: 'https://b' },
    ]);
  });
});

/** The house formula by hand, from what the reader read: newest first, pinned out, 12 posts, median. */
function byHandFromReading(reading: Reading) {
  const followers = reading.creator!.followers!;
  const posts = reading.posts
    .filter((post) => !post.pinned && post.metrics.likes)
    .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!))
    .slice(0, 12);
  const value = (pick: 'value' | 'min' | 'max', followersPick: 'value' | 'min' | 'max') =>
    posts.map((post) => {
      const m = post.metrics;
      const shares = m.shares ?? m.reposts;
      const saves = m.saves ?? m.bookmarks;
      const sum = [m.likes, m.comments, shares, saves].reduce((total, count) => total + (count ? count[pick] : 0), 0);
      return sum / followers[followersPick];
    });
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  return { n: posts.length, value: median(value('value', 'value')), min: median(value('min', 'max')), max: median(value('max', 'min')) };
}

describe.skipIf(!hasSharedFixtures)('report on real saved profiles (../shared)', () => {
  const profiles = realCases().filter((realCase) => /instagram\/pender__instagram-web_profile_info|tiktok\/pender__tiktok-profile-page/.test(realCase.file));

  test('the real profiles are there', () => {
    expect(profiles).toHaveLength(2);
  });

  test.each(profiles.map((realCase) => [realCase.file, realCase] as const))('%s: creator ER by followers equals the house formula by hand', async (_file, realCase) => {
    const file = join(SHARED_FIXTURES, realCase.file);
    const page = loadSavedPage(readFileSync(file, 'utf8'), realCase.url);
    const reading = readPage({ url: realCase.url, root: page.document, responses: page.responses, now: new Date(), lang: null });
    await page.close();
    const hand = byHandFromReading(reading);
    const report = await buildReport([{ file, url: realCase.url }], HOUSE);
    const er = report.engagementRate.byFollowers;
    expect(er.n).toBe(hand.n);
    expect(er.median).toBeCloseTo(hand.value, 12);
    expect(er.range![0]).toBeCloseTo(hand.min, 12);
    expect(er.range![1]).toBeCloseTo(hand.max, 12);
    expect(er.range![0]).toBeLessThanOrEqual(er.median!);
    expect(er.median!).toBeLessThanOrEqual(er.range![1]);
  });

  test('a real watch page: the one post\'s ER holds the ground truth\'s counts', async () => {
    const watch = realCases().find((realCase) => realCase.file === 'youtube/watch/yta__youtube.html')!;
    const report = await buildReport([{ file: join(SHARED_FIXTURES, watch.file), url: watch.url }], HOUSE);
    const truth = watch.expect.posts!['GJLlxj_dtq8']!;
    const followers = watch.expect.creator!.followers!;
    // every true ER the ground truth allows lies between these two; the report's range must meet it
    const lowest = (truth.likes![0] + truth.comments![0]) / followers[1];
    const highest = (truth.likes![1] + truth.comments![1]) / followers[0];
    const er = report.engagementRate.byFollowers;
    expect(er.n).toBe(1);
    expect(er.range![1]).toBeGreaterThanOrEqual(lowest);
    expect(er.range![0]).toBeLessThanOrEqual(highest);
  });
});

test.runIf(!hasSharedFixtures)('report on real saved profiles runs when ../shared is present', () => {
  console.warn(SKIP_MESSAGE);
  expect(hasSharedFixtures).toBe(false);
});
