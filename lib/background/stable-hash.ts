/**
 * A short, stable, non-cryptographic hash of a text (cyrb53: 53 bits, 14 hex digits). Used to name things the page
 * gives no id, such as a comment shown without its platform id: the same text always gets the same name, on every
 * visit, so re-reading a page updates the row instead of adding a copy. 53 bits keep accidental collisions out of
 * reach for the few thousand comments one post can show.
 */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
