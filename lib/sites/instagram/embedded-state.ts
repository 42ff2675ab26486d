/**
 * The JSON Instagram embeds in its server HTML, first-load data only (it stays in the page after in-page
 * navigation, so the reader checks every user and post in it against the URL): since 2022,
 * `<script type="application/json" data-sjs>` blobs whose RelayPrefetchedStreamCache entries hold the page's GraphQL
 * results (`…__bbox.result.data`, yt-dlp `_SJS_RE`); the walk (data-walk.ts) finds users and posts anywhere in them.
 * Before that (–2022, and in saved pages since), `window._sharedData` and `window.__additionalDataLoaded(…)` held
 * the same objects in their legacy shape (graphql.user, graphql.shortcode_media).
 * A page holds dozens of small data-sjs blobs of app configuration: only those naming a user or a post are parsed,
 * once per visit when the caller keeps a memo.
 */
import type { Json } from '../json-path';
import { type ReaderMemo, remembered } from '../reader-memo';
import { dataSjsScripts, legacyStateScript, legacyStateStart } from './selectors';

/** Text every blob worth parsing contains: user counts or post fields of either generation. */
const MENTIONS_DATA = /"(?:xdt_|xig_|shortcode|follower_count|edge_followed_by|media_count|comment_count)/;

export function embeddedBlobs(root: Document, memo?: ReaderMemo): Json[] {
  const blobs: Json[] = [];
  for (const script of root.querySelectorAll(`${dataSjsScripts.join(',')},${legacyStateScript}`)) {
    // Inline code is only looked into when its first characters are a legacy state assignment.
    const legacy = script.getAttribute('type') !== 'application/json';
    if (legacy && !legacyStateStart.test(script.firstChild?.nodeValue?.slice(0, 50) ?? '')) continue;
    // Parsed once per text (the memo's key), however often the page is re-read.
    const json = remembered(memo, legacy ? 'instagram.legacy-state' : 'instagram.data-sjs', script.textContent ?? '', (text) => parseBlob(text, legacy));
    if (json !== null) blobs.push(json);
  }
  return blobs;
}

function parseBlob(text: string, legacy: boolean): Json | null {
  if (!MENTIONS_DATA.test(text)) return null;
  try {
    // The legacy object runs from the first "{" to the last "}" (`…};` or `…});` follows it).
    return JSON.parse(legacy ? text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1) : text) as Json;
  } catch {
    return null; // a truncated or non-JSON blob holds nothing the reader can trust
  }
}
