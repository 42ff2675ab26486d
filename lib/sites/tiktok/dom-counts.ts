/**
 * Reading one count shown as text through a selector list, with what went wrong when it could not be read: no
 * element (not-found), a label without digits (hidden: TikTok shows "Like" instead of a number), elements that
 * disagree or a locale reading that disagrees with the English one (ambiguous).
 */
import type { SourcedCount } from '../../count';
import type { ProblemCode } from '../../reading/reading';
import { agreedText } from '../dom-text';
import { tiktokTextCount } from './tiktok-counts';

export type DomCount = { count: SourcedCount } | { count: null; code: ProblemCode; detail: string };

export function domCount(root: ParentNode, selectors: readonly string[], lang: string | null): DomCount {
  const shown = agreedText(root, selectors);
  if (shown.conflicting) return { count: null, code: 'ambiguous', detail: `${selectors[0]} elements disagree` };
  if (shown.value === null) return { count: null, code: 'not-found', detail: `no ${selectors.join(' / ')}` };
  if (!/\d/.test(shown.value)) return { count: null, code: 'hidden', detail: `"${shown.value}" shows no number` };
  const read = tiktokTextCount(shown.value, lang, 'text');
  if (read.count) return { count: read.count };
  return read.ambiguous
    ? { count: null, code: 'ambiguous', detail: `"${shown.value}" means different numbers in ${lang} and in English` }
    : { count: null, code: 'not-found', detail: `"${shown.value}" is not a count` };
}
