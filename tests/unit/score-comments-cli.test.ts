/**
 * `npm run cli -- score-comments`, run as a user runs it: CSV files written for this test with a byte-order mark,
 * quoted newlines and commas, columns in any order; the exact output keys; exit codes 1 and 2 with their reasons.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'castlist-score-comments-'));

function csvFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'score-comments', ...args], { encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    get rows() {
      return result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

const KEYS = ['label', 'spam', 'reasons', 'sentiment', 'language', 'duplicate'];

// Each case starts a tsx process: 20–30 s apiece on a shared machine at a load of 20, hence the longer timeout.
describe('score-comments', { timeout: 120_000 }, () => {
  test('BOM, quoted newlines and commas, text column last: one object per row, in order, exactly the six keys', () => {
    const file = csvFile(
      'bom.csv',
      '\uFEFFid,AUTHOR,CONTENT\r\n' +
        '1,ann,"Check out my channel for daily covers, link: http://example.com/ann"\r\n' +
        '2,bob,"I love how the chorus comes back in the last minute,\nit gives me chills every single time!"\r\n' +
        '3,cid,🔥🔥🔥\r\n' +
        '4,dee,"This was the worst mix I have heard, the vocals are terrible and painful"\r\n',
    );
    const { status, rows, stderr } = cli(file, '--text-column', 'CONTENT');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(KEYS);
      expect(row.spam).toBeGreaterThanOrEqual(0);
      expect(row.spam).toBeLessThanOrEqual(1);
    }
    expect(rows.map((row) => row.label)).toEqual(['spam', 'substantive', 'low-effort', 'substantive']);
    expect(rows[0]!.reasons).toEqual(expect.arrayContaining(['link', 'self-promotion']));
    expect(rows.map((row) => row.sentiment)).toEqual([expect.any(String), 'positive', expect.any(String), 'negative']);
    expect(rows[1]!.language).toBe('en');
    expect(rows[2]!.language).toBe('und');
  });

  test('any column order, column matched without case; duplicates across rows, by the author column found', () => {
    const file = csvFile(
      'order.csv',
      'text,likes,username\n' +
        '"Message me on WhatsApp to earn 500 dollars a day",3,x1\n' +
        '"message me on whatsapp to earn 500 dollars a day!!",0,x2\n' +
        'nice,1,x3\n' +
        'nice,1,x4\n' +
        '"A thoughtful comment about the editing of the second half",9,x5\n',
    );
    const { status, rows } = cli(file, '--text-column', 'TEXT');
    expect(status).toBe(0);
    expect(rows.map((row) => row.duplicate)).toEqual([true, true, false, false, false]);
    expect(rows[0]).toMatchObject({ label: 'scam', reasons: expect.arrayContaining(['contact-me', 'duplicate']) });
  });

  test('one account repeating a short text is a duplicate when the author column says so', () => {
    const file = csvFile('repeat.csv', 'AUTHOR,CONTENT\npod,🔥🔥\npod,🔥🔥\nother,🔥🔥\n');
    expect(cli(file, '--text-column', 'CONTENT').rows.map((row) => row.duplicate)).toEqual([true, true, false]);
  });

  test('a header-only file prints nothing', () => {
    const { status, stdout } = cli(csvFile('empty.csv', 'CONTENT\n'), '--text-column', 'CONTENT');
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });

  test('--help says what it prints and how authors are found', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('--text-column');
    expect(stdout).toContain('author');
  });

  test.each([
    ['no --text-column', ['FILE']],
    ['no file', ['--text-column', 'CONTENT']],
    ['two files', ['FILE', 'FILE', '--text-column', 'CONTENT']],
  ])('wrong usage (%s): exit 2 with the usage', (_name, args) => {
    const file = csvFile('usage.csv', 'CONTENT\nhello there\n');
    const { status, stderr } = cli(...args.map((arg) => (arg === 'FILE' ? file : arg)));
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  });

  test('a missing column: exit 1 naming the columns there are', () => {
    const { status, stderr } = cli(csvFile('cols.csv', 'a,b\n1,2\n'), '--text-column', 'CONTENT');
    expect(status).toBe(1);
    expect(stderr).toContain('no column "CONTENT"');
    expect(stderr).toContain('a, b');
  });

  test('an unreadable file: exit 1 with the reason', () => {
    const { status, stderr } = cli(join(dir, 'does-not-exist.csv'), '--text-column', 'CONTENT');
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read');
  });
});
