/** The two campaign commands: their output contracts (run in-process) and exit codes (run as a user runs them). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { campaignResultsCommand } from '../../../scripts/cli/campaign-results';
import { utmCommand } from '../../../scripts/cli/utm';

const FIXTURES = 'tests/fixtures/campaigns';

async function output(run: () => Promise<void>): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  await run();
  return { stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('campaign-results', () => {
  it('prints one JSON line per creator in file order, then the unmatched rows', async () => {
    const { stdout, stderr } = await output(() =>
      campaignResultsCommand.run(['--creators', `${FIXTURES}/creators.csv`, '--orders', `${FIXTURES}/shopify-orders.csv`, '--sessions', `${FIXTURES}/ga4-sessions.csv`]),
    );
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]!)).toEqual(['handle', 'platform', 'code', 'orders', 'revenue', 'currency', 'cost', 'cpa', 'aov', 'roas', 'conversionRate']);
    expect(lines[0]).toEqual({
      handle: '@anna.k', platform: 'instagram', code: 'ANNA15', orders: 3, revenue: 1289.9, currency: 'EUR', cost: 500, cpa: 166.67, aov: 429.97, roas: 2.5798, conversionRate: 0.00375,
    });
    expect(lines.slice(0, 4).map((line) => line.handle)).toEqual(['@anna.k', 'ben_films', 'carla', 'dan']);
    expect(lines[4]).toEqual({
      unmatched: [
        { row: 8, reason: 'order #1005: promo code "UNKNOWN20" matches no creator' },
        { row: 9, reason: 'order #1005: promo code "UNKNOWN20" matches no creator' },
        { row: 10, reason: 'order #1006: no promo code or UTM content' },
        { row: 12, reason: "unreadable row: only 4 of the header's 79 cells" },
        { row: 13, reason: 'unreadable row: order #1009: total "abc" is not an amount' },
      ],
    });
    expect(stderr).toContain('Shopify orders export, comma-separated, decimal point');
    expect(stderr).toContain('ben_films: order #1004 (row 7) does not count: its status is "refunded"');
    expect(stderr).toContain('ga4-sessions.csv row 15: ad content "mystery-link" matches no creator\'s utm_content');
  });

  it.each([
    ['an orders file it cannot read', ['--orders', `${FIXTURES}/ga4-sessions.csv`], /orders file .* cannot be used, so nothing was imported: it is a sessions export/],
    ['a sessions file it cannot read', ['--orders', `${FIXTURES}/shopify-orders.csv`, '--sessions', `${FIXTURES}/creators.csv`], /sessions file .* cannot be used/],
    ['a missing file', ['--orders', `${FIXTURES}/nowhere.csv`], /orders file .*nowhere.csv cannot be opened/],
  ])('refuses %s and prints nothing', async (_name, args, message) => {
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    await expect(campaignResultsCommand.run(['--creators', `${FIXTURES}/creators.csv`, ...args])).rejects.toThrow(message);
    expect(stdout).toBe('');
  });
});

describe('utm', () => {
  it('prints handle, tagged link and promo code per creator', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castlist-utm-'));
    writeFileSync(join(dir, 'creators.csv'), 'handle,platform,promo_code,utm_content,cost\n@anna.k,Instagram,ANNA15,,500\nBen Films,TikTok,,,300\n');
    const { stdout } = await output(() => utmCommand.run(['--base', 'https://shop.example/spring?ref=bio#top', '--campaign', 'Spring Drop', '--creators', join(dir, 'creators.csv')]));
    const lines = stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(['@anna.k', 'https://shop.example/spring?ref=bio&utm_source=instagram&utm_medium=influencer&utm_campaign=spring-drop&utm_content=anna-k#top', 'ANNA15']);
    expect(lines[1]![1]).toBe('https://shop.example/spring?ref=bio&utm_source=tiktok&utm_medium=influencer&utm_campaign=spring-drop&utm_content=ben-films#top');
    expect(lines[1]![2]).toMatch(/^BENFMS[2-9]{2}$/);
  });

  it('refuses a base that is no URL', async () => {
    await expect(utmCommand.run(['--base', 'shop.example', '--campaign', 'Spring', '--creators', `${FIXTURES}/creators.csv`])).rejects.toThrow(
      'base URL "shop.example" is not an absolute URL',
    );
  });
});

// Each case starts a tsx process: seconds on a shared machine, hence the longer timeout.
describe('exit codes of npm run cli', { timeout: 120_000 }, () => {
  const cli = (...args: string[]) => spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { encoding: 'utf8' });

  it('1 for a file that cannot be used, with the reason', () => {
    const run = cli('campaign-results', '--creators', `${FIXTURES}/creators.csv`, '--orders', `${FIXTURES}/ga4-sessions.csv`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot be used, so nothing was imported/);
  });

  it('2 for a command called wrongly, with the usage', () => {
    const run = cli('utm', '--campaign', 'Spring');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/utm needs --base URL, --campaign NAME and --creators CREATORS.csv/);
    expect(run.stderr).toMatch(/npm run cli -- campaign-results --creators/);
  });
});
