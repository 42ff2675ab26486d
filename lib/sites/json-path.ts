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
  // findUnderKeys' walk for one key, without its set and pairs: every recommendation of a watch page is walked so.
  const found: Json[] = [];
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
    for (const name of names) if (name === key) found.push(record[name]);
    for (let i = names.length - 1; i >= 0; i--) if (names[i] !== key) stack.push(record[names[i]!]);
  }
  return found;
}

/** Like findAllUnderKey for several keys in one walk: [key, value] pairs in document order. */
export function findUnderKeys(value: Json, keys: ReadonlySet<string>, limit = 1000, maxNodes = 200_000): Array<[string, Json]> {
  const found: Array<[string, Json]> = [];
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
    for (const name of names) if (keys.has(name)) found.push([name, record[name]]);
    for (let i = names.length - 1; i >= 0; i--) if (!keys.has(names[i]!)) stack.push(record[names[i]!]);
  }
  return found;
}
