import type { ReaderMemo } from './reader-memo';

/**
 * What a reader reads: a pure function of this input, so the CLI, the tests and the content script run the same
 * code on a saved page, a saved response, or the live document.
 */
export interface CapturedResponse {
  /** The URL the page requested (https://www.youtube.com/youtubei/v1/next?…). */
  url: string;
  /** The parsed response body. */
  json: unknown;
  /** When the page received it (epoch ms); newer wins. */
  at: number;
}

export interface PageInput {
  /** The page's URL (location.href), or for a bare response the response's URL. */
  url: string;
  /** The document, or null when only responses are read (CLI on a saved JSON response). */
  root: Document | null;
  /** The page's own network responses captured since the last navigation, oldest first. */
  responses: readonly CapturedResponse[];
  now: Date;
  /** The page's locale; null when unknown. */
  lang: string | null;
  /**
   * Work the reader may reuse from earlier reads of the same page (reader-memo.ts); none: every read starts from
   * nothing.
   */
  memo?: ReaderMemo;
}
