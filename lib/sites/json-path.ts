/**
 * Safe reading of JSON the page produced. Page data is untyped and hostile: every access is checked, nothing throws.
 */

export type Json = unknown;

/** obj[k1][k2]… or undefined; numbers index arrays. */
export function at(value: Json, ...path: (string | number)[]): Json {
  let current: Json = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[key];
  }
  return current;
}

export function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: Json): string | null {
  return typeof value === 'string' ? value : null;
}

export function asRecord(value: Json): Record<string, Json> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

/** A whole number from JSON, given as a number or as a string of digits (X sends views as "979440"). */
export function asCountNumber(value: Json): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : null;
  }
  return null;
}

/**
 * Every object found under `key` anywhere below `value`, depth-first, stopping after `limit` hits or `maxNodes`
 * visited nodes so a huge response cannot stall the page.
 */
export function findAllUnderKey(value: Json, key: string, limit = 1000, maxNodes = 200_000): Json[] {
  return walkForKeys(value, (name) => name === key, (_name, found) => found, limit, maxNodes);
}

/** Like findAllUnderKey for several keys in one walk: [key, value] pairs in document order. */
export function findUnderKeys(value: Json, keys: ReadonlySet<string>, limit = 1000, maxNodes = 200_000): Array<[string, Json]> {
  return walkForKeys(value, (name) => keys.has(name), (name, found): [string, Json] => [name, found], limit, maxNodes);
}

/**
 * The one walk behind both: depth-first in document order, with an explicit stack (no recursion, no copies of the
 * tree; every recommendation of a watch page is walked so), not descending into what it keeps.
 */
function walkForKeys<Hit>(value: Json, isKey: (name: string) => boolean, hit: (name: string, found: Json) => Hit, limit: number, maxNodes: number): Hit[] {
  const found: Hit[] = [];
  const stack: Json[] = [value];
  let visited = 0;
  while (stack.length && found.length < limit && visited < maxNodes) {
    const node = stack.pop();
    visited++;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const record = node as Record<string, Json>;
    const names = Object.keys(record);
    for (const name of names) if (isKey(name)) found.push(hit(name, record[name]));
    for (let i = names.length - 1; i >= 0; i--) if (!isKey(names[i]!)) stack.push(record[names[i]!]);
  }
  return found;
}
