/**
 * What one reading says about the health of the reader that produced it: a 'missed' event for each number it could
 * not give (reading.problems, with the reader's own name and reason) and one 'found' event listing the numbers it did
 * give. The panel's "YouTube reader degraded since …" compares the two over time.
 */
import type { ReaderEventRow } from '../db/rows';
import { CREATOR_METRICS, POST_METRICS, type Reading } from '../reading/reading';
import { identifyPage } from '../sites/identify-page';

/**
 * The name of the reader that produced a reading's counts, e.g. "youtube.watch", "youtube.shorts", "x.status".
 * A Reading does not carry its reader's name, so it is derived from the page: `${platform}.${page}` with the page
 * name lib/sites gives the URL (the same names readers use for themselves, "youtube.watch.embedded" being the watch
 * reader's embedded-data source). When the URL is not one lib/sites knows, `${platform}.${surface}`.
 */
export function foundReaderName(reading: Pick<Reading, 'platform' | 'surface' | 'url'>): string {
  const page = identifyPage(reading.url);
  if (page && page.platform === reading.platform && page.page) return `${reading.platform}.${page.page}`;
  return `${reading.platform}.${reading.surface}`;
}

/** Every field a reading has at least one count for: "post.views", "creator.followers", "comment.likes", … */
export function fieldsFound(reading: Reading): string[] {
  const fields: string[] = [];
  for (const metric of POST_METRICS) {
    if (reading.posts.some((post) => post.metrics[metric])) fields.push(`post.${metric}`);
  }
  for (const metric of CREATOR_METRICS) {
    if (reading.creator?.[metric]) fields.push(`creator.${metric}`);
  }
  if (reading.comments.some((comment) => comment.likes)) fields.push('comment.likes');
  if (reading.comments.some((comment) => comment.replies)) fields.push('comment.replies');
  return fields;
}

export function readerEventsOf(reading: Reading, visitId: string, readAt: number): ReaderEventRow[] {
  const common = { platform: reading.platform, surface: reading.surface, at: readAt, pageUrl: reading.url, visitId };
  const missed: ReaderEventRow[] = reading.problems.map((problem) => ({
    ...common,
    reader: problem.reader,
    field: problem.field,
    outcome: 'missed',
    code: problem.code,
    detail: problem.detail,
  }));
  const found = fieldsFound(reading);
  if (found.length === 0) return missed;
  return [
    ...missed,
    { ...common, reader: foundReaderName(reading), field: '*', outcome: 'found', code: null, detail: found.join(',') },
  ];
}
