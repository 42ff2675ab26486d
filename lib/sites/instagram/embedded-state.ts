/**
 * The JSON Instagram embeds in its server HTML, first-load data only (it stays in the page after in-page
 * navigation, so the reader checks every user and post in it against the URL): since 2022,
 * `<script type="application/json" data-sjs>` blobs whose RelayPrefetchedStreamCache entries hold the page's GraphQL
 * results (`…__bbox.result.data`, yt-dlp `_SJS_RE`); the walk (data-walk.ts) finds users and posts anywhere in them.
 * The –2022 `window._sharedData` is not read: Instagram no longer serves it.
 * A page holds dozens of small data-sjs blobs of app configuration: only those naming a user or a post are parsed,
 * once per script element.
 */
import type { Json } from '../json-path';
import { dataSjsScripts } from './selectors';

/** Text every blob worth parsing contains: user counts or post fields of either generation. */
const MENTIONS_DATA = /"(?:xdt_|xig_|shortcode|follower_count|edge_followed_by|media_count|comment_count)/;

const parsed = new WeakMap<Element, Json | null>();

export function embeddedBlobs(root: Document): Json[] {
  const blobs: Json[] = [];
  for (const script of root.querySelectorAll(dataSjsScripts.join(','))) {
    let json = parsed.get(script);
    if (json === undefined) {
      json = parseBlob(script.textContent ?? '');
      parsed.set(script, json);
    }
    if (json !== null) blobs.push(json);
  }
  return blobs;
}

function parseBlob(text: string): Json | null {
  if (!MENTIONS_DATA.test(text)) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null; // a truncated or non-JSON blob holds nothing the reader can trust
  }
}
