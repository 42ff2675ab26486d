/**
 * Reading the JSON state a server embeds in its HTML (`var ytInitialData = {…};`,
 * `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">`). First-load data only: callers
 * must check that it describes the current URL.
 */

/** The object assigned to `variable` in an inline script: `var X = {…};`, `window["X"] = {…};`, `X = {…}`. */
export function readAssignedJson(root: ParentNode, variable: string): unknown | null {
  const assignment = new RegExp(`^\\s*(?:var\\s+|let\\s+|const\\s+|window\\.|window\\[["'])?${variable}["']?\\]?\\s*=\\s*`);
  for (const script of root.querySelectorAll('script:not([src])')) {
    // The head of the first text node decides; the whole text (a long script is split into several nodes) is only
    // put together for the script that matches.
    const match = assignment.exec(script.firstChild?.nodeValue?.slice(0, 200) ?? '');
    if (!match) continue;
    const text = script.textContent ?? '';
    const start = text.indexOf('{', match[0].length - 1);
    if (start < 0) continue;
    // Not cached between reads: keeping a 1.5 MB object graph alive costs more garbage collection on the first read
    // than a re-read's parse costs (npm run bench), and re-reads come at most once a second.
    const parsed = parseObjectAt(text, start);
    if (parsed !== null) return parsed;
  }
  return null;
}

/** The JSON inside `<script type="application/json">` (or ld+json) matched by `selector`. */
export function readScriptJson(root: ParentNode, selector: string): unknown | null {
  const script = root.querySelector(selector);
  const text = script?.textContent?.trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // not JSON (an anti-bot page, a truncated save): the reader reports the source missing
  }
}

/**
 * The JSON object starting at `start`. Usually it runs to the script's last "}"; when code follows it
 * (`{…};var meta = …`) the object ends at one of the "};" in between: try them in order.
 */
function parseObjectAt(text: string, start: number): unknown | null {
  const lastBrace = text.lastIndexOf('}');
  const tail = text.slice(lastBrace + 1).trim();
  if (lastBrace > start && (tail === '' || tail === ';')) {
    const parsed = tryParse(text.slice(start, lastBrace + 1));
    if (parsed !== undefined) return parsed;
  }
  for (let end = text.indexOf('};', start); end >= 0; end = text.indexOf('};', end + 2)) {
    const parsed = tryParse(text.slice(start, end + 1));
    if (parsed !== undefined) return parsed;
  }
  return null;
}

function tryParse(candidate: string): unknown | undefined {
  try {
    return JSON.parse(candidate);
  } catch {
    return undefined; // not the end of the object yet; the caller tries the next candidate
  }
}
