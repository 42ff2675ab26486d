/**
 * Small DOM helpers for LinkedIn's markup, which writes most texts twice: once for the eye
 * (span[aria-hidden="true"]) and once for screen readers (.visually-hidden). Reading textContent would double them
 * ("48 comments48 comments").
 */
import type { SourcedCount } from '../../count';
import { cleanText } from '../dom-text';
import { type LabelledMetric, labelledCount, linkedinCount } from './linkedin-counts';
import { cardBoundary } from './selectors';

/** The text a sighted user sees in `element`. */
export function visibleText(element: Element | null | undefined): string | null {
  if (!element) return null;
  if (!element.querySelector('.visually-hidden,.sr-only')) return cleanText(element.textContent);
  // The eye's copy: the first aria-hidden element with text (icons are aria-hidden too, and empty).
  for (const shown of element.querySelectorAll('[aria-hidden="true"]')) {
    const text = cleanText(shown.textContent);
    if (text) return text;
  }
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden,.sr-only')) hidden.remove();
  return cleanText(copy.textContent);
}

/** The elements matching `selector` that belong to `card` itself, not to a reshared post or a comment inside it. */
export function ownMatches(card: Element, selector: string): Element[] {
  return [...card.querySelectorAll(selector)].filter((element) => element.closest(cardBoundary) === card);
}

/** The first alternative that has an element of the card's own. */
export function ownFirst(card: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = ownMatches(card, selector)[0];
    if (found) return found;
  }
  return null;
}

/**
 * The one count of `metric` that small elements show as "48 comments": on their aria-label (an attribute)
 * first, else as their visible text. 'conflict' when two elements show different counts.
 */
export function agreedCount(elements: Iterable<Element>, metric: LabelledMetric, lang: string | null): SourcedCount | 'conflict' | null {
  let found: SourcedCount | null = null;
  for (const element of elements) {
    if (element.childElementCount > 3) continue;
    const label = element.getAttribute('aria-label');
    const count = (label ? labelledCount(label, metric, lang, 'attribute') : null) ?? labelledCount(visibleText(element), metric, lang, 'text');
    if (!count) continue;
    if (found && (found.min !== count.min || found.max !== count.max)) return 'conflict';
    if (!found || (count.source === 'attribute' && found.source === 'text')) found = count;
  }
  return found;
}

/** A count shown as a bare number ("1,234") by an element that only ever holds that count. */
export function bareCount(element: Element | null, lang: string | null): SourcedCount | null {
  const text = visibleText(element);
  return text && /^[\d.,' ]+$/.test(text) ? linkedinCount(text, lang, 'text') : null;
}
