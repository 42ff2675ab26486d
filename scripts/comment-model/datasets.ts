/**
 * The labelled comments in ../shared/datasets, read where they lie (they are not ours to redistribute, so nothing of
 * them is ever copied into the project). Each loader fails loudly, naming the file, when a file or column is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';

export type SpamSource = 'youtube' | 'instagram';

export interface SpamExample {
  text: string;
  /** true: spam (YouTube) or scam (Instagram). */
  spam: boolean;
  source: SpamSource;
  /** The YouTube video the comment was left on (its file's name), or 'instagram'. */
  group: string;
  author: string | null;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface SentimentExample {
  text: string;
  label: SentimentLabel;
  /** TweetEval's split: 'val' (SemEval 2013–2016 collections) or 'test' (SemEval 2017, later topics). */
  split: string;
}

function readCsv(path: string, columns: readonly string[]): Record<string, string>[] {
  if (!existsSync(path)) throw new Error(`comment datasets: ${path} not found`);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const missing = columns.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length) throw new Error(`comment datasets: ${path} has no column ${missing.join(', ')}`);
  return parsed.data;
}

/** YouTube Spam Collection: one CSV per video (COMMENT_ID, AUTHOR, DATE, CONTENT, CLASS). */
export function loadYoutubeSpam(datasetsDir: string): SpamExample[] {
  const dir = join(datasetsDir, 'youtube-spam-collection');
  if (!existsSync(dir)) throw new Error(`comment datasets: ${dir} not found`);
  const files = readdirSync(dir).filter((name) => name.endsWith('.csv')).sort();
  if (!files.length) throw new Error(`comment datasets: no CSV in ${dir}`);
  return files.flatMap((file) =>
    readCsv(join(dir, file), ['AUTHOR', 'CONTENT', 'CLASS']).map((row) => ({
      text: row.CONTENT!,
      spam: row.CLASS === '1',
      source: 'youtube' as const,
      group: basename(file, '.csv'),
      author: row.AUTHOR || null,
    })),
  );
}

/** ScamSpot Instagram comments (number, scam, msg_length, msg): the published training split. */
export function loadInstagramScams(datasetsDir: string): SpamExample[] {
  const path = join(datasetsDir, 'scamspot-instagram-scam-comments', 'comments-train.csv');
  return readCsv(path, ['scam', 'msg']).map((row) => ({
    text: row.msg!,
    spam: row.scam === '1',
    source: 'instagram' as const,
    group: 'instagram',
    author: null,
  }));
}

/** TweetEval sentiment, validation and test splits (text, sentiment). */
export function loadTweetEvalSentiment(datasetsDir: string): SentimentExample[] {
  const dir = join(datasetsDir, 'tweeteval-sentiment');
  return ['val', 'test'].flatMap((split) =>
    readCsv(join(dir, `${split}.csv`), ['text', 'sentiment']).map((row) => {
      const label = row.sentiment as SentimentLabel;
      if (!SENTIMENT_LABELS.includes(label)) throw new Error(`comment datasets: ${dir}/${split}.csv has sentiment "${row.sentiment}"`);
      return { text: row.text!, label, split };
    }),
  );
}
