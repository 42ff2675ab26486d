/**
 * Combining what several sources say about one post or one creator. The first source (the most robust) wins each
 * field; later sources fill what it lacked. Counts are compared, not just layered:
 *   - an exact count and a rounded one that holds it ("12,345" and "12.3K") are one number: the exact one is kept,
 *     whichever source had it;
 *   - two rounded ones, one inside the other ("3.68M" and "3.6M"): the narrower is kept;
 *   - ranges that exclude each other: at least one source is wrong about this page, so neither is reported, and the
 *     log says why ('ambiguous');
 *   - two different exact counts are the same number read at two moments (counts move while a page is open): the
 *     first, most current source's is kept.
 */
import type { SourcedCount } from '../count';
import { CREATOR_METRICS, POST_METRICS, type CreatorReading, type PostReading, type ReaderProblem } from '../reading/reading';
import type { ProblemLog } from './reader-problems';

export function mergePost(primary: PostReading | null, fallback: PostReading | null, log: ProblemLog): PostReading | null {
  if (!primary || !fallback) return primary ?? fallback;
  const merged: PostReading = { ...fallback, ...withoutEmpty(primary), metrics: { ...fallback.metrics, ...primary.metrics } };
  if (!primary.author && fallback.author) merged.author = fallback.author;
  agreeOn(merged.metrics, primary.metrics, fallback.metrics, POST_METRICS, 'post.', log);
  return merged;
}

export function mergeCreator(primary: CreatorReading | null, fallback: CreatorReading | null, log: ProblemLog): CreatorReading | null {
  if (!primary || !fallback) return primary ?? fallback;
  const merged: CreatorReading = { ...fallback, ...withoutEmpty(primary) };
  agreeOn(merged, primary, fallback, CREATOR_METRICS, 'creator.', log);
  return merged;
}

type Counts = Partial<Record<string, SourcedCount>>;

/** Sets each count of `merged` to what the two sources agree on, and removes it where they disagree. */
function agreeOn(merged: object, primary: object, fallback: object, metrics: readonly string[], scope: string, log: ProblemLog): void {
  for (const metric of metrics) {
    const count = agreedCount((primary as Counts)[metric], (fallback as Counts)[metric], scope + metric, log);
    if (count) (merged as Counts)[metric] = count;
    else delete (merged as Counts)[metric];
  }
}

/** One number from two sources' readings of it (see the top of this file); undefined when they disagree. */
export function agreedCount(
  first: SourcedCount | undefined,
  second: SourcedCount | undefined,
  field: string,
  log: ProblemLog,
  /** Which post or creator, where the field alone does not say (a list of posts). */
  about = '',
): SourcedCount | undefined {
  if (!first || !second) return first ?? second;
  if (first.max < second.min || second.max < first.min) {
    if (first.exact && second.exact) return first;
    log.add(field, 'ambiguous', `${about}sources disagree: "${first.text}" (${first.source}) and "${second.text}" (${second.source})`);
    return undefined;
  }
  if (first.exact || second.exact) return first.exact ? first : second;
  return second.min >= first.min && second.max <= first.max ? second : first;
}

/** A problem about a number that another source found is not a problem of the reading. */
export function unresolvedProblems(
  problems: readonly ReaderProblem[],
  creator: CreatorReading | null,
  post: PostReading | null,
): ReaderProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const [scope, metric] = problem.field.split('.') as [string, string | undefined];
    if (scope === 'creator' && creator && (metric ? (creator as unknown as Record<string, unknown>)[metric] !== undefined : true)) return false;
    if (scope === 'post' && post && (metric ? metric in post.metrics : true)) return false;
    const key = `${problem.field}:${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as Partial<T>;
}
