/** The two campaign commands as a user runs them (`npm run cli -- …`): output contracts and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/campaigns';
const cli = (...args: string[]) => {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

// Each case starts a tsx process: seconds on a shared machine, hence the longer timeout.
describe('npm run cli -- campaign-results', { timeout: 90_000 }, () => {
  it('prints one JSON line per creator in file order, then the unmatched rows', () => {
    const run = cli('campaign-results', '--creators', `${FIXTURES}/creators.csv`, '--orders', `${FIXTURES}/shopify-orders.csv`, '--sessions', `${FIXTURES}/ga4-sessions.csv`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]!)).toEqual(['handle', 'platform', 'code', 'orders', 'revenue', 'currency', 'cost', 'cpa', 'aov', 'roas', 'conversionRate']);
    expect(lines[0]).toEqual({
      handle: '@anna.k', platform: 'instagram', code: 'ANNA15', orders: 3, revenue: 1289.9, currency: 'EUR', cost: 500, cpa: 166.67, aov: 429.97, roas: 2.5798, conversionRate: 0.00375,
    });
    expect(lines.slice(0, 4).map((line) => line.handle)).toEqual(['@anna.k', 'ben_films', 'carla', 'dan']);
    expect((lines[4]!.unmatched as { row: number }[]).map((entry) => entry.row)).toEqual([8, 9, 10, 12, 13]);
    expect(run.stderr).toContain('Shopify orders export');
  });

  it.each([
    ['an orders file it cannot read', ['--orders', `${FIXTURES}/ga4-sessions.csv`], 1, /orders file .* cannot be used, so nothing was imported: /],
    ['a missing file', ['--orders', `${FIXTURES}/nowhere.csv`], 1, /orders file .*nowhere.csv cannot be opened/],
    ['no --orders', [], 2, /campaign-results needs --creators CREATORS.csv and --orders ORDERS.csv/],
  ])('exits with a reason on %s', (_name, args, status, message) => {
    const run = cli('campaign-results', '--creators', `${FIXTURES}/creators.csv`, ...args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('npm run cli -- utm', { timeout: 90_000 }, () => {
  it('prints handle, tagged link and promo code per creator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'castlist-utm-'));
    writeFileSync(join(dir, 'creators.csv'), 'handle,platform,promo_code,utm_content,cost\n@anna.k,Instagram,ANNA15,,500\nBen Films,TikTok,,,300\n');
    const run = cli('utm', '--base', 'https://shop.example/spring?ref=bio#top', '--campaign', 'Spring Drop', '--creators', join(dir, 'creators.csv'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(['@anna.k', 'https://shop.example/spring?ref=bio&utm_source=instagram&utm_medium=influencer&utm_campaign=spring-drop&utm_content=anna-k#top', 'ANNA15']);
    expect(lines[1]![1]).toBe('https://shop.example/spring?ref=bio&utm_source=tiktok&utm_medium=influencer&utm_campaign=spring-drop&utm_content=ben-films#top');
    expect(lines[1]![2]).toMatch(/^BENFMS[2-9]{2}$/);
  });

  it('exits 1 on a base that is no URL', () => {
    const run = cli('utm', '--base', 'shop.example', '--campaign', 'Spring', '--creators', `${FIXTURES}/creators.csv`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/base URL "shop.example" is not an absolute URL/);
  });
});
