/**
 * YouTube changed what a Shorts view is on 2025-03-31: from then on every start or replay counts; the old metric
 * lives on as "engaged views", in YouTube Analytics only (market.md b2, searchenginejournal.com and ppc.land).
 * A Shorts view count read before that day and one read after it are different measures, and a Short published
 * before it but read after it holds some of each. Such counts are flagged, never compared as if alike.
 *
 * The day is taken as 2025-03-31T00:00Z: YouTube announced a day, not an instant; a count read within hours of it
 * is rare enough that the flag errs on either side of midnight UTC without harm.
 */
import type { Platform, PostFormat } from '../reading/reading';

export const SHORTS_VIEWS_CHANGED_AT = Date.parse('2025-03-31T00:00:00Z');

/**
 * What a view count measures:
 *   'standard'                 every post that is not a YouTube Short (one definition throughout)
 *   'shorts-before-2025-03-31' a Short's views read before the change (the old, engaged-view-like count)
 *   'shorts-since-2025-03-31'  a Short published on or after the change (every start and replay)
 *   'shorts-mixed'             a Short published before the change, read after it: old views plus new plays
 */
export type ViewsDefinition = 'standard' | 'shorts-before-2025-03-31' | 'shorts-since-2025-03-31' | 'shorts-mixed';

export function viewsDefinitionOf(
  platform: Platform,
  format: PostFormat | null | undefined,
  publishedAt: number | null | undefined,
  viewsReadAt: number,
): ViewsDefinition {
  if (platform !== 'youtube' || format !== 'short') return 'standard';
  if (viewsReadAt < SHORTS_VIEWS_CHANGED_AT) return 'shorts-before-2025-03-31';
  if (publishedAt !== null && publishedAt !== undefined && publishedAt >= SHORTS_VIEWS_CHANGED_AT) return 'shorts-since-2025-03-31';
  // Published before the change, or on an unknown day: its count may hold views of both kinds.
  return 'shorts-mixed';
}

export interface ViewsComparability {
  comparable: boolean;
  /** The definitions present, with the posts (keys) of each; only filled when not comparable. */
  definitions: Partial<Record<ViewsDefinition, string[]>>;
  note: string | null;
}

/** Whether a set of view counts measures one thing: true unless YouTube Shorts of different definitions meet. */
export function viewsComparability(posts: ReadonlyArray<{ key: string; viewsDefinition: ViewsDefinition }>): ViewsComparability {
  const definitions: Partial<Record<ViewsDefinition, string[]>> = {};
  for (const post of posts) (definitions[post.viewsDefinition] ??= []).push(post.key);
  const shortsKinds = Object.keys(definitions).filter((definition) => definition !== 'standard');
  const comparable = shortsKinds.length === 0 || (shortsKinds.length === 1 && shortsKinds[0] !== 'shorts-mixed');
  if (comparable) return { comparable, definitions: {}, note: null };
  return {
    comparable,
    definitions,
    note:
      'YouTube counts Shorts views differently since 2025-03-31 (every start and replay): Shorts views read before that day, ' +
      'or of Shorts published before it, are not comparable with views counted since.',
  };
}
