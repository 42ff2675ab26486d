/**
 * Breakout posts: views far above the creator's usual, by the rule of unusual-values.ts (robust z of ln(views)
 * ≥ 3.5 against the creator's posts, and at least 3× their median), judged on the least the count can be
 * ("1.2M" is judged as 1,150,000) so a rounded display never makes a breakout. Posts are compared only with posts
 * whose views measure the same thing (YouTube Shorts before and after 2025-03-31 apart; pinned posts are in, since
 * a breakout is what they often are). Fewer than 5 posts with views: no judgement.
 *
 * Not the "views ≥ 5 × followers" rule of some tools (market.md b2): that one calls every post of a creator with a
 * small, loyal audience a breakout, and none of a large creator's; the creator's own median is the fairer baseline.
 */
import type { PostInput } from './post-inputs';
import type { ViewsDefinition } from './shorts-views';
import { UNUSUAL_RULE, unusualValues } from './unusual-values';

export interface Breakout {
  key: string;
  postId: string;
  url: string;
  publishedAt: number | null;
  views: { value: number; min: number; max: number; text: string; readAt: number };
  /** The least the views can be / the median views of the posts it is compared with. */
  factor: number;
  medianViews: number;
  comparedWith: number;
  viewsDefinition: ViewsDefinition;
}

export interface BreakoutSummary {
  rule: string;
  /** Posts with views, by what their views measure. */
  postsWithViews: number;
  breakouts: Breakout[];
}

export const BREAKOUT_RULE_TEXT =
  `views (the least a rounded count can be) at least ${UNUSUAL_RULE.minFactor}× the median of the creator's posts with ` +
  `views and a robust z-score of ln(views) of at least ${UNUSUAL_RULE.zCut}; judged among ${UNUSUAL_RULE.minValues} or more posts whose views measure the same thing`;

export function breakouts(posts: readonly PostInput[]): BreakoutSummary {
  const groups = new Map<ViewsDefinition, PostInput[]>();
  for (const post of posts) if (post.metrics.views) (groups.get(post.viewsDefinition) ?? groups.set(post.viewsDefinition, []).get(post.viewsDefinition)!).push(post);
  const found: Breakout[] = [];
  let postsWithViews = 0;
  for (const [definition, group] of groups) {
    postsWithViews += group.length;
    const values = group.map((post) => post.metrics.views!.value);
    const unusual = unusualValues(values, UNUSUAL_RULE, (index) => group[index]!.metrics.views!.min);
    for (const [index, result] of unusual) {
      if (result.direction !== 'high') continue;
      const post = group[index]!;
      found.push({
        key: post.key,
        postId: post.postId,
        url: post.url,
        publishedAt: post.publishedAt,
        views: post.counts.views!,
        factor: result.factor,
        medianViews: result.median,
        comparedWith: group.length,
        viewsDefinition: definition,
      });
    }
  }
  found.sort((a, b) => b.factor - a.factor || a.key.localeCompare(b.key));
  return { rule: BREAKOUT_RULE_TEXT, postsWithViews, breakouts: found };
}
