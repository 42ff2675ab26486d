/**
 * What inside a post's <article> belongs to that post: not the elements of a post nested in it (a quoted post
 * has its own author, time and text), and not those of another article.
 */
import * as selectors from './selectors';

export function isOwnElement(element: Element, article: Element): boolean {
  if (element.closest(selectors.tweetArticle) !== article) return false;
  const quote = element.closest(selectors.quoteContainer);
  return !quote || !article.contains(quote);
}

export function ownElements(article: Element, selector: string): Element[] {
  return [...article.querySelectorAll(selector)].filter((element) => isOwnElement(element, article));
}

export function ownElement(article: Element, selector: string): Element | null {
  for (const element of article.querySelectorAll(selector)) if (isOwnElement(element, article)) return element;
  return null;
}

/** Text with the emoji X draws as images put back (`<img alt="🇬🇧">`), whitespace kept as written. */
export function richText(element: Element | null): string | null {
  if (!element) return null;
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'IMG') text += child.getAttribute('alt') ?? '';
      else for (const next of child.childNodes) walk(next);
    }
  };
  walk(element);
  const trimmed = text.replace(/[ \t\u00a0]+/g, ' ').trim();
  return trimmed || null;
}
