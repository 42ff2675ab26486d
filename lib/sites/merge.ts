/**
 * Combining what several sources say about one post or one creator: the first source (the most robust) wins each
 * field; later sources only fill what it lacked.
 */
import type { CreatorReading, PostReading, ReaderProblem } from '../reading/reading';

export function mergePost(primary: PostReading | null, fallback: PostReading | null): PostReading | null {
  if (!primary) return fallback;
  if (!fallback) return primary;
  const merged: PostReading = { ...fallback, ...withoutEmpty(primary), metrics: { ...fallback.metrics, ...primary.metrics } };
  if (!primary.author && fallback.author) merged.author = fallback.author;
  return merged;
}

export function mergeCreator(primary: CreatorReading | null, fallback: CreatorReading | null): CreatorReading | null {
  if (!primary) return fallback;
  if (!fallback) return primary;
  return { ...fallback, ...withoutEmpty(primary) };
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
