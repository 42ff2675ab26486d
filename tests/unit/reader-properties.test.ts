/**
 * Property-based tests of every site's reader (fast-check): our own sample pages and, when ../shared is present, the
 * real saved pages, each mutated at random (nodes removed, attributes swapped and reordered, numbers swapped,
 * digits and words in other scripts, text and embedded JSON cut short, response values replaced or dropped).
 * Whatever the page becomes:
 *   - the reader returns (no exception escapes it),
 *   - its reading passes the schema the background checks (lib/reading/reading-schema.ts),
 *   - every count it reports is written in the input (tests/support/count-evidence.ts says what that means).
 *
 * Seeded, so a failure replays. CASTLIST_PROPERTY_RUNS multiplies the runs (e.g. 20 for a long run).
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Reading } from '../../lib/reading/reading';
import { readingSchema } from '../../lib/reading/reading-schema';
import type { CapturedResponse } from '../../lib/sites/page-input';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage, type SavedPage } from '../../scripts/saved-page';
import { describeMessageError } from '../../lib/messages/background-messages';
import { NumberEvidence, countsNotIn, countsOf } from '../support/count-evidence';
import { type Mutation, inputText, mutate, mutationsArbitrary } from '../support/page-mutations';
import { sampleCorpus } from '../support/sample-corpus';
import { SHARED_FIXTURES, SKIP_MESSAGE, hasSharedFixtures, realCaseText, realCases } from '../support/shared-fixtures';

const SEED = 20_261_206;
const SCALE = Math.max(1, Number(process.env.CASTLIST_PROPERTY_RUNS ?? 1));
const NOW = new Date('2026-12-06T12:00:00Z');

interface Seed {
  name: string;
  url: string;
  lang: string | null;
  document: Document | null;
  responses: readonly CapturedResponse[];
}

/** A fresh copy of the seed with the mutations applied, and the text it now holds. */
function mutatedCopy(seed: Seed, mutations: readonly Mutation[]) {
  const root = seed.document ? (seed.document.cloneNode(true) as Document) : null;
  const bodies = seed.responses.map((response) => structuredClone(response.json));
  mutate(root, bodies, mutations);
  const responses = seed.responses.map((response, index) => ({ ...response, json: bodies[index] }));
  return { root, responses, evidence: new NumberEvidence(inputText(root, bodies)) };
}

/** What must hold of any reading of any input; a description of what broke, or null. */
function brokenPromise(seed: Seed, root: Document | null, responses: CapturedResponse[], evidence: NumberEvidence): string | null {
  let reading: Reading;
  try {
    reading = readPage({ url: seed.url, root, responses, now: NOW, lang: seed.lang });
  } catch (error) {
    return `the reader threw: ${(error as Error).stack ?? String(error)}`;
  }
  const parsed = readingSchema.safeParse(reading);
  if (!parsed.success) return `the reading fails its schema: ${describeMessageError(parsed.error)}`;
  const invented = countsNotIn(reading, evidence);
  if (invented.length) return `counts not in the input: ${invented.join('; ')}`;
  return null;
}

/**
 * Mutations that once broke a reader, replayed on every page before the random ones: a username that is a number
 * (Instagram's reader called toLowerCase on it), and a count of 20 digits (read as 1e20, past what a double holds).
 */
const REGRESSIONS: Mutation[][] = [
  [
    { kind: 'json-replace', pick: 1_891_239_596, replacement: 1 },
    { kind: 'cut-text', pick: 0, at: 0 },
  ],
  ...Array.from({ length: 8 }, (_, pick): Mutation[] => [{ kind: 'swap-number', pick, nth: 0, replacement: '99999999999999999999' }]),
];

function checkSeed(seed: Seed, numRuns: number): void {
  // The seed itself first: a sample page must read cleanly before its mutations say anything.
  const plain = mutatedCopy(seed, []);
  expect(brokenPromise(seed, plain.root, plain.responses, plain.evidence)).toBeNull();
  fc.assert(
    fc.property(mutationsArbitrary, (mutations) => {
      const copy = mutatedCopy(seed, mutations);
      const broken = brokenPromise(seed, copy.root, copy.responses, copy.evidence);
      if (broken) throw new Error(`${seed.name}: ${broken}`);
    }),
    { seed: SEED, numRuns, examples: REGRESSIONS.map((mutations) => [mutations]) },
  );
}

describe('readers on mutated sample pages of our own', () => {
  const windows: Window[] = [];
  const seeds: Seed[] = [];
  beforeAll(() => {
    for (const page of sampleCorpus()) {
      // Scripts off: the page's own script must not run in the test, and readers never need it.
      const window = new Window({ url: page.url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
      window.document.write(page.html);
      windows.push(window);
      const lang = window.document.documentElement.getAttribute('lang');
      seeds.push({
        name: page.name,
        url: page.url,
        lang,
        document: window.document as unknown as Document,
        responses: page.responses.map((response, index) => ({ url: response.url, json: response.json, at: index + 1 })),
      });
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all(windows.map((window) => window.happyDOM.close()));
  });

  test('the corpus covers every site and reads counts from every page', () => {
    expect(new Set(seeds.map((seed) => new URL(seed.url).hostname))).toEqual(
      new Set(['www.youtube.com', 'www.tiktok.com', 'www.instagram.com', 'x.com', 'www.linkedin.com']),
    );
    for (const seed of seeds) {
      const reading = readPage({ url: seed.url, root: seed.document, responses: seed.responses, now: NOW, lang: seed.lang });
      expect(countsOf(reading).length, `${seed.name} reads no count`).toBeGreaterThan(0);
    }
  });

  test('no exception, a valid reading, and only counts the page holds (30 mutated copies per sample page)', () => {
    for (const seed of seeds) checkSeed(seed, 30 * SCALE);
  }, 300_000);
});

describe.skipIf(!hasSharedFixtures)('readers on mutated real pages of ../shared', () => {
  const opened: SavedPage[] = [];
  const seeds: Seed[] = [];
  beforeAll(() => {
    for (const realCase of realCases()) {
      const saved = loadSavedPage(realCaseText(realCase), realCase.url);
      opened.push(saved);
      seeds.push({ name: realCase.file, url: realCase.url, lang: realCase.lang ?? null, document: saved.document, responses: saved.responses });
    }
  }, 120_000); // 38 pages of up to 1 MB through happy-dom
  afterAll(async () => {
    await Promise.all(opened.map((saved) => saved.close()));
  });

  test('no exception, a valid reading, and only counts the page holds (2 mutated copies per real page)', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) checkSeed(seed, 2 * SCALE);
  }, 300_000);
});

test.runIf(!hasSharedFixtures)('mutated real pages are skipped only when ../shared has no fixtures folder at all', () => {
  console.warn(SKIP_MESSAGE);
  expect(existsSync(SHARED_FIXTURES), `${SHARED_FIXTURES} exists but has no cases.json`).toBe(false);
});
