import { summarizeCreatorComments } from '../../lib/comments';
import { francLanguageDetector } from '../../lib/comments/language-franc';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { mergeBenchmarks } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import { tierOf } from '../../lib/benchmarks/tiers';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { castingCard } from '../../lib/kpi/casting-card';
import { type CastingReport, castingReport } from '../../lib/kpi/casting-report';
import { DEFAULT_WINDOW } from '../../lib/kpi/creator-engagement';
import { INTERACTION_SETS, type InteractionSet } from '../../lib/kpi/interaction-sets';
import { castingRowsOf, peerKpiRecords } from '../../lib/panel/casting-queries';
import { creatorKeyOf, postKeyOf } from '../../lib/reading/keys';
import type { Reading } from '../../lib/reading/reading';
import { type CliCommand, UsageError, option } from './args';
import { type PageArg, readSavedPage } from './saved-page-reading';

export type { PageArg };

/** FILE --url URL pairs, in order; --posts, --interactions and --lang apply to all. */
export function pagesOf(args: readonly string[]): PageArg[] {
  const pages: Array<{ file: string; url?: string }> = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--url') {
      const url = args[index + 1];
      const last = pages.at(-1);
      if (!url) throw new UsageError('--url needs a URL');
      if (!last || last.url) throw new UsageError(`--url ${url} follows no FILE: give each FILE its own --url`);
      last.url = url;
      index++;
    } else if (arg.startsWith('--')) {
      index++; // --posts N, --interactions X, --lang xx
    } else {
      pages.push({ file: arg });
    }
  }
  if (pages.length === 0) throw new UsageError('report needs at least one FILE --url URL');
  const missing = pages.find((page) => !page.url);
  if (missing) throw new UsageError(`${missing.file} has no --url: give each FILE the URL it was saved from`);
  return pages as PageArg[];
}

function windowOf(args: readonly string[]): number {
  const text = option(args, '--posts');
  if (text === undefined) return DEFAULT_WINDOW;
  const posts = Number(text);
  if (!Number.isInteger(posts) || posts < 1 || posts > 1_000) throw new UsageError(`--posts takes a whole number from 1 to 1000, not "${text}"`);
  return posts;
}

function interactionsOf(args: readonly string[]): InteractionSet {
  const text = option(args, '--interactions') ?? 'all';
  if (!(INTERACTION_SETS as readonly string[]).includes(text)) throw new UsageError(`--interactions takes ${INTERACTION_SETS.join(', ')}, not "${text}"`);
  return text as InteractionSet;
}

/** The one creator the pages are about: the page creators', else the posts' authors'. Two or more is unusable input. */
async function creatorOfPages(db: CastlistDatabase, readings: ReadonlyArray<{ page: PageArg; reading: Reading }>): Promise<string> {
  const pageCreators = new Map<string, string>();
  for (const { page, reading } of readings) {
    const key = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
    if (key && !pageCreators.has(key)) pageCreators.set(key, page.file);
  }
  if (pageCreators.size > 1) {
    const named = [...pageCreators].map(([key, file]) => `${key} (${file})`).join(', ');
    throw new Error(`the pages show ${pageCreators.size} creators, ${named}: a report is one creator's casting card`);
  }
  const [only] = pageCreators.keys();
  if (only) return only;
  const authors = new Set<string>();
  for (const { reading } of readings) {
    for (const post of reading.posts) {
      const row = await db.posts.get(postKeyOf(reading.platform, post.id));
      if (row?.creatorKey) authors.add(row.creatorKey);
    }
  }
  if (authors.size === 1) return [...authors][0]!;
  throw new Error(
    authors.size === 0
      ? 'no creator found on the pages: neither a creator header nor a post author was read'
      : `the pages show posts of ${authors.size} creators (${[...authors].join(', ')}) and no creator page: a report is one creator's casting card`,
  );
}

export interface ReportOptions {
  windowSize: number;
  interactions: InteractionSet;
  lang: string | null;
}

/**
 * Reads each saved page as one visit, stores the readings through the background's own message handler (zod, then
 * lib/background/ingest-reading.ts) into an in-memory IndexedDB, and returns the creator's casting card as the report
 * (lib/kpi/casting-report.ts; the README documents its shape).
 */
export async function buildReport(pages: readonly PageArg[], options: ReportOptions): Promise<CastingReport> {
  const { windowSize, interactions, lang } = options;
  // Node has no IndexedDB: an in-memory one (the one the unit tests use), for this run only.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = new CastlistDatabase(`castlist-report-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  try {
    const readings: Array<{ page: PageArg; reading: Reading }> = [];
    for (const [index, page] of pages.entries()) {
      const reading = readSavedPage(page, lang);
      const reply = await handleBackgroundMessage({ type: 'reading.capture', visitId: `report-visit-${index + 1}`, reading }, db, Date.now());
      if (!reply.ok) throw new Error(`${page.file} (${page.url}) was not stored: ${reply.error}`);
      readings.push({ page, reading });
    }
    const creatorKey = await creatorOfPages(db, readings);
    const rows = await castingRowsOf(db, creatorKey, windowSize);
    if (!rows) throw new Error(`the pages name ${creatorKey} as the posts' author but show no creator header (followers): add the creator's profile page`);
    const followers = rows.creator.latest.followers;
    const peers = followers ? await peerKpiRecords(db, rows.creator.platform, tierOf(followers).tiers, creatorKey, { windowSize, interactions }) : null;
    const card = castingCard({
      ...rows,
      benchmarks: mergeBenchmarks(BENCHMARK_DATA).sets,
      peers,
      // Comment intelligence of every stored comment on the creator's posts (the CLI's language detector: franc-min).
      commentSummary: summarizeCreatorComments(rows.comments, { key: creatorKey }, { detectLanguage: francLanguageDetector }),
      options: { windowSize, interactions },
      now: Date.now(),
    });
    return castingReport(card);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** `report FILE --url URL [FILE --url URL ...]`: the casting card of the creator the saved pages show, as JSON. */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: ['report FILE --url URL [FILE --url URL ...] [--posts N] [--interactions likes|likes+comments|all] [--lang xx]'],
  async run(args) {
    const pages = pagesOf(args);
    const report = await buildReport(pages, { windowSize: windowOf(args), interactions: interactionsOf(args), lang: option(args, '--lang') ?? null });
    process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
  },
};
