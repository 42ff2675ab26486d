/**
 * The language of a comment, for comment scoring in the panel: the browser's own detector (CLD in Chrome, free in
 * the bundle), through lib/comments' adapter. Injected into the panel (CastlistPanel's `detectLanguage`), so that
 * tests and the benchmark page pass their own and lib/comments never touches a browser API.
 */
import { browser } from 'wxt/browser';
import { type AsyncLanguageDetector, browserLanguageDetector } from '../comments/language';

export const browserCommentLanguage: AsyncLanguageDetector = browserLanguageDetector((text) => browser.i18n.detectLanguage(text));
