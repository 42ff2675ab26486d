/**
 * Reading rendered text and attributes through lists of alternative selectors. A value is taken only when every
 * element that matches agrees: two layouts on one page (YouTube keeps a hidden copy of the owner row) that disagree
 * mean we cannot tell which is current, so nothing is read.
 */

/** Trimmed, whitespace-collapsed text. */
export function cleanText(text: string | null | undefined): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

export interface Agreement {
  value: string | null;
  /** More than one different value was found. */
  conflicting: boolean;
}

/** The one text (or attribute, when `attribute` is given) that all matches of the first matching selector share. */
export function agreedText(root: ParentNode, selectors: readonly string[], attribute?: string): Agreement {
  for (const selector of selectors) {
    const values = new Set<string>();
    for (const element of root.querySelectorAll(selector)) {
      const value = cleanText(attribute ? element.getAttribute(attribute) : element.textContent);
      if (value) values.add(value);
    }
    if (values.size === 1) return { value: [...values][0]!, conflicting: false };
    if (values.size > 1) return { value: null, conflicting: true };
  }
  return { value: null, conflicting: false };
}

/** The first element found by the first alternative that finds one (alternatives in order of preference). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function firstAttribute(root: ParentNode, selectors: readonly string[], attribute: string): string | null {
  for (const selector of selectors) {
    const value = root.querySelector(selector)?.getAttribute(attribute);
    if (value) return value;
  }
  return null;
}

export function metaContent(root: ParentNode, key: string): string | null {
  return cleanText(
    root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
      root.querySelector(`meta[name="${key}"]`)?.getAttribute('content'),
  );
}
