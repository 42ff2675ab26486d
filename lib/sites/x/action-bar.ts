/**
 * A post's counts from its action bar, by what each element is (its data-testid), never by the words of its
 * label, which X translates:
 *   buttons:   reply / retweet|unretweet / like|unlike / bookmark|removeBookmark, aria-label "499 Replies. Reply";
 *   views:     the analytics link, aria-label "9281975 views. View post analytics";
 *   the bar:   [role=group] aria-label "499 replies, 4027 reposts, Reposted, 7120 likes, Liked, 2358 bookmarks,
 *              9281975 views": every count the page shows, zeros left out, in this fixed order.
 * A button without a number in its label ("Bookmark") shows no count; the bar's label may still list it. The bar's
 * numbers are matched to the buttons' in order; a number is given to a metric only when every consistent way of
 * matching gives it that number. An empty bar label (the counts not loaded yet) gives no counts at all.
 */
import type { Count, SourcedCount } from '../../count';
import { cleanText } from '../dom-text';
import { ownElement, ownElements } from './dom-scope';
import * as selectors from './selectors';
import { hasDigit, xLabelCount, xShownCount } from './x-counts';

export type BarMetric = 'comments' | 'reposts' | 'likes' | 'bookmarks' | 'views';

/** The order of the counts in the bar's aria-label. */
export const LABEL_ORDER: readonly BarMetric[] = ['comments', 'reposts', 'likes', 'bookmarks', 'views'];

const BUTTONS: [BarMetric, string][] = [
  ['comments', selectors.replyButton],
  ['reposts', selectors.repostButton],
  ['likes', selectors.likeButton],
  ['bookmarks', selectors.bookmarkButton],
];

export interface ActionBarReading {
  metrics: Partial<Record<BarMetric, SourcedCount>>;
  /** Metrics whose element is there but shows no number (a label without digits). */
  hidden: Set<BarMetric>;
  /** The bar is there with an empty label: its counts are not loaded yet. */
  empty: boolean;
  /** The bar's label and the buttons disagree: nothing was taken from the label. */
  conflicting: boolean;
}

export function actionBarOf(article: Element): Element | null {
  const groups = ownElements(article, selectors.actionBar);
  return groups.find((group) => group.querySelector(`${selectors.replyButton},${selectors.likeButton}`)) ?? groups[0] ?? null;
}

/** `shownViews`: the views the focused post shows beside its time, when the page has them (compact). */
export function readActionBar(article: Element, lang: string | null, shownViews: SourcedCount | null): ActionBarReading {
  const reading: ActionBarReading = { metrics: {}, hidden: new Set(), empty: false, conflicting: false };
  const bar = actionBarOf(article);
  const barLabel = bar?.getAttribute('aria-label') ?? null;
  if (bar && barLabel !== null && !cleanText(barLabel)) return { ...reading, empty: true };

  const known: Partial<Record<BarMetric, SourcedCount>> = {};
  const notShown = new Set<BarMetric>();
  const elements: [BarMetric, Element | null][] = [
    ...BUTTONS.map(([metric, selector]): [BarMetric, Element | null] => [metric, ownElement(article, selector)]),
    ['views', ownElement(article, selectors.analyticsLink)],
  ];
  for (const [metric, element] of elements) {
    const label = element?.getAttribute('aria-label');
    const count = xLabelCount(label, lang);
    if (count) known[metric] = count;
    else if (label && !hasDigit(label)) {
      reading.hidden.add(metric);
      // The analytics link without a number: this post shows no views (posts from before views existed).
      if (metric === 'views') notShown.add(metric);
    }
  }
  Object.assign(reading.metrics, known);

  if (hasDigit(barLabel)) {
    const parts = barLabel!
      .split(/,(?!\d)|[،、，;]/)
      .map((part) => xLabelCount(part.trim(), lang))
      .filter((count): count is SourcedCount => count !== null);
    const inferred = inferFromBarLabel(parts, known, notShown, shownViews);
    if (inferred) Object.assign(reading.metrics, inferred, known);
    else reading.conflicting = true;
  }

  for (const [metric, element] of elements) {
    if (reading.metrics[metric] || !element || metric === 'views') continue;
    // Last resort: the number drawn on the button ("4K"), truncated by X.
    const shown = xShownCount(cleanText(element.querySelector(selectors.buttonShownCount)?.textContent), lang);
    if (shown) reading.metrics[metric] = shown;
  }
  if (!reading.metrics.views && shownViews && !notShown.has('views')) reading.metrics.views = shownViews;
  return reading;
}

function agree(a: Count, b: Count): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/**
 * The counts the bar's label gives for metrics no button gave. Each label number is matched, in order, to a metric:
 * a known count must match its number (a known zero is left out), a metric the page does not show has none, an
 * unknown one may have one or not (views must when the page shows views). Null when no matching is consistent.
 */
export function inferFromBarLabel(
  parts: readonly SourcedCount[],
  known: Partial<Record<BarMetric, Count>>,
  notShown: ReadonlySet<BarMetric>,
  shownViews: Count | null,
): Partial<Record<BarMetric, SourcedCount>> | null {
  const solutions: (number | undefined)[][] = [];
  const assigned: (number | undefined)[] = [];
  const visit = (metricIndex: number, partIndex: number) => {
    if (metricIndex === LABEL_ORDER.length) {
      if (partIndex === parts.length) solutions.push([...assigned]);
      return;
    }
    const metric = LABEL_ORDER[metricIndex]!;
    const part = parts[partIndex];
    const count = known[metric];
    const expected = count ?? (metric === 'views' ? shownViews : null);
    const mustAppear = count ? count.value > 0 : metric === 'views' && shownViews !== null;
    assigned[metricIndex] = undefined;
    if (!mustAppear || notShown.has(metric)) visit(metricIndex + 1, partIndex);
    if (part && !notShown.has(metric) && (!expected || agree(part, expected))) {
      assigned[metricIndex] = partIndex;
      visit(metricIndex + 1, partIndex + 1);
      assigned[metricIndex] = undefined;
    }
  };
  visit(0, 0);
  if (!solutions.length) return null;

  const inferred: Partial<Record<BarMetric, SourcedCount>> = {};
  LABEL_ORDER.forEach((metric, index) => {
    if (known[metric]) return;
    const values = new Set(solutions.map((solution) => (solution[index] === undefined ? undefined : parts[solution[index]!]!.value)));
    const [value] = values;
    if (values.size !== 1 || value === undefined) return;
    inferred[metric] = parts[solutions[0]![index]!]!;
  });
  return inferred;
}
