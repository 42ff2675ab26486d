/**
 * Duplicate comments: the same or nearly the same text from several accounts (a bot farm, a copy-paste campaign),
 * or one account repeating itself. Near-sameness is judged on letter 4-grams with MinHash and banding (locality-
 * sensitive hashing), so 10,000 comments are compared without comparing every pair; candidate pairs are confirmed
 * by their actual resemblance. Texts shorter than three words count only when one known account repeats them
 * ("🔥🔥" under every post is a pod's habit); from many accounts, "❤️" and "nice" are low effort, not a campaign.
 */
import { FNV_OFFSET, fnv1a } from './hashing';

export interface DuplicateInput {
  text: string;
  /** The account; null when unknown (then every comment counts as a different account). */
  author: string | null;
}

export interface DuplicateGroup {
  /** Indices of the comments in the group (input order). */
  members: number[];
  /** Distinct accounts among them (comments of unknown authors count one each). */
  accounts: number;
}

/**
 * Jaccard resemblance of letter 4-grams from which two texts count as the same: a changed plural or an added "my"
 * stays above (≈ 0.76), one changed word in a short sentence falls below (≈ 0.45).
 */
export const NEAR_DUPLICATE_RESEMBLANCE = 0.7;
const MIN_WORDS = 3;
const SHINGLE = 4;
// 5 bands of 3 hashes: texts at the threshold meet in some band 88 % of the time (at 0.8, 97 %), texts at 0.2 only 4 %.
const BANDS = 5;
const ROWS = 3;
/** Each text is checked against at most this many groups per band: templated texts cannot make it quadratic. */
const MAX_CHECKS_PER_BUCKET = 8;
const HASHES = BANDS * ROWS;
// Fixed odd multipliers and offsets: a family of hash permutations (any fixed choice works; these are random digits).
// Kept as 32-bit integers: Math.imul and the sum wrap to the same unsigned value as with their unsigned forms.
const MULTIPLIERS = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`minhash-a-${i}`) | 1);
const OFFSETS = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`minhash-b-${i}`) | 0);

/** The text as compared: lower case, letters, digits and single spaces only. */
export function duplicateKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The text's letter 4-grams, hashed, in text order and with repeats, into `into` (grown when short); how many. */
function shingleHashes(key: string, into: { hashes: Uint32Array }): number {
  if (key.length <= SHINGLE) {
    into.hashes[0] = fnv1a(key);
    return 1;
  }
  const count = key.length - SHINGLE + 1;
  if (into.hashes.length < count) into.hashes = new Uint32Array(count * 2);
  const hashes = into.hashes;
  for (let i = 0; i < count; i++) {
    let hash = FNV_OFFSET;
    for (let at = i; at < i + SHINGLE; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
    hashes[i] = hash >>> 0;
  }
  return count;
}

/** The text's letter 4-grams, hashed, sorted and distinct. */
function shingles(key: string): Uint32Array {
  const scratch = { hashes: new Uint32Array(Math.max(1, key.length - SHINGLE + 1)) };
  const hashes = scratch.hashes.subarray(0, shingleHashes(key, scratch));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.subarray(0, distinct);
}

function resemblance(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The share of equal MinHash values of the signatures at `a` and `b` (offsets into `signatures`). */
function agreement(signatures: Uint32Array, a: number, b: number): number {
  let equal = 0;
  for (let h = 0; h < HASHES; h++) if (signatures[a + h] === signatures[b + h]) equal++;
  return equal / HASHES;
}

/**
 * Writes the MinHash signature of `key` at `at` in `signatures`: per permutation, the least permuted 4-gram hash. A
 * minimum needs neither sorted nor distinct 4-grams, so only the few texts that meet in a band are ever sorted.
 */
function writeSignature(key: string, signatures: Uint32Array, at: number, scratch: { hashes: Uint32Array }): void {
  const count = shingleHashes(key, scratch);
  const hashes = scratch.hashes;
  for (let h = 0; h < HASHES; h++) {
    const multiplier = MULTIPLIERS[h]!;
    const offset = OFFSETS[h]!;
    let least = 0xffffffff;
    for (let i = 0; i < count; i++) {
      const permuted = (Math.imul(hashes[i]!, multiplier) + offset) >>> 0;
      if (permuted < least) least = permuted;
    }
    signatures[at + h] = least;
  }
}

function wordCount(key: string): number {
  if (!key) return 0;
  let words = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
  return words;
}

/** Groups of same or near-same texts of three words or more (two or more comments each), whatever their authors. */
export function similarTextGroups(texts: readonly string[], keys: readonly string[] = texts.map(duplicateKey)): number[][] {
  const parent = texts.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };

  const eligible = keys.map((key) => wordCount(key) >= MIN_WORDS);
  // Exact matches first (cheap), then near matches among one representative per exact text.
  const exact = new Map<string, number>();
  const representatives: number[] = [];
  keys.forEach((key, index) => {
    if (!eligible[index]) return;
    const first = exact.get(key);
    if (first === undefined) {
      exact.set(key, index);
      representatives.push(index);
    } else union(first, index);
  });

  // Each representative's signature at HASHES × its place among the representatives; 4-gram sets only when compared.
  const signatures = new Uint32Array(representatives.length * HASHES);
  const signatureAt = new Int32Array(texts.length);
  const shingleSets = new Map<number, Uint32Array>();
  const shingleSet = (index: number) => {
    let set = shingleSets.get(index);
    if (!set) shingleSets.set(index, (set = shingles(keys[index]!)));
    return set;
  };
  const scratch = { hashes: new Uint32Array(256) };
  const bands = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  representatives.forEach((index, place) => {
    const at = place * HASHES;
    signatureAt[index] = at;
    writeSignature(keys[index]!, signatures, at, scratch);
    for (let band = 0; band < BANDS; band++) {
      let bucketKey = FNV_OFFSET;
      for (let row = 0; row < ROWS; row++) bucketKey = Math.imul(bucketKey ^ signatures[at + band * ROWS + row]!, 0x01000193);
      const bucket = bands[band]!.get(bucketKey);
      if (bucket) bucket.push(index);
      else bands[band]!.set(bucketKey, [index]);
    }
  });
  // Within a band's bucket, each text is compared with the groups seen so far (one representative each).
  for (const band of bands)
    for (const bucket of band.values()) {
      if (bucket.length < 2) continue;
      const representatives: number[] = [bucket[0]!];
      for (let j = 1; j < bucket.length; j++) {
        const b = bucket[j]!;
        let joined = false;
        for (let r = Math.max(0, representatives.length - MAX_CHECKS_PER_BUCKET); r < representatives.length && !joined; r++) {
          const a = representatives[r]!;
          if (find(a) === find(b)) joined = true;
          // The share of equal MinHash values estimates the resemblance: only plausible pairs are measured exactly.
          else if (agreement(signatures, signatureAt[a]!, signatureAt[b]!) >= NEAR_DUPLICATE_RESEMBLANCE - 0.25 && resemblance(shingleSet(a), shingleSet(b)) >= NEAR_DUPLICATE_RESEMBLANCE) {
            union(a, b);
            joined = true;
          }
        }
        if (!joined) representatives.push(b);
      }
    }

  const groups = new Map<number, number[]>();
  texts.forEach((_, index) => {
    if (!eligible[index]) return;
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * The duplicate groups of a set of comments: same or near-same text (three words or more) from two or more accounts
 * or from one account more than once; and any text, however short, that one known account repeats.
 */
export function duplicateGroups(comments: readonly DuplicateInput[]): DuplicateGroup[] {
  return duplicateMembers(comments).map((members) => {
    const known = new Set(members.map((index) => comments[index]!.author).filter((author): author is string => author !== null));
    const unknown = members.filter((index) => comments[index]!.author === null).length;
    return { members, accounts: known.size + unknown };
  });
}

/** duplicateGroups' members alone, without counting accounts (scoring needs only who is in a group). */
export function duplicateMembers(comments: readonly DuplicateInput[]): number[][] {
  // Pasted campaigns and short reactions repeat texts: each distinct text is keyed once.
  const keyOfText = new Map<string, string>();
  const keys = comments.map((comment) => {
    let key = keyOfText.get(comment.text);
    if (key === undefined) keyOfText.set(comment.text, (key = duplicateKey(comment.text)));
    return key;
  });
  const repeatedShort = new Map<string, number[]>();
  comments.forEach((comment, index) => {
    const key = keys[index]!;
    if (comment.author === null || wordCount(key) >= MIN_WORDS) return;
    // Emoji-only texts have no letters: compare them as written (spaces aside).
    const shortKey = key || comment.text.replace(/\s+/g, '');
    if (!shortKey) return;
    const byAuthor = `${comment.author}\u0000${shortKey}`;
    const members = repeatedShort.get(byAuthor);
    if (members) members.push(index);
    else repeatedShort.set(byAuthor, [index]);
  });
  const shortGroups = [...repeatedShort.values()].filter((members) => members.length > 1);
  return [...similarTextGroups(comments.map((comment) => comment.text), keys), ...shortGroups];
}

/** Per comment: whether it belongs to a duplicate group. */
export function duplicateFlags(comments: readonly DuplicateInput[]): boolean[] {
  const flags = comments.map(() => false);
  for (const group of duplicateGroups(comments)) for (const index of group.members) flags[index] = true;
  return flags;
}
