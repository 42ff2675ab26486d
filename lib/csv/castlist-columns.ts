/**
 * The columns of Castlist's own CSV (the `castlist` preset): everything about a creator on a list, in an order a
 * person reads first (who, how big, how engaging, where they stand on the list) and then the evidence that lets the
 * file come back in without loss. lib/csv/FORMAT.md lists them with their meaning; import-castlist-rows.ts reads them back.
 *
 * Numbers are numbers (counts, rates as fractions: 0.034 is 3.4 %); a count read from a rounded display carries its
 * range in _min and _max; times are ISO 8601 in UTC; true/false are written as such; text is formula-escaped by
 * the writer (csv-text.ts).
 */
import { CREATOR_METRICS, type CreatorMetric } from '../reading/reading';
import type { CsvCell } from './csv-text';
import type { ExportRow } from './export-row';

export interface CsvColumn {
  id: string;
  about: string;
  cell(row: ExportRow): CsvCell;
}

const METRIC_ABOUT: Record<CreatorMetric, string> = {
  followers: 'followers (subscribers on YouTube)',
  following: 'accounts followed',
  posts: 'posts (videos on YouTube)',
  likes: "total likes of the account (TikTok's hearts)",
};

export function isoOrNull(time: number | null | undefined): string | null {
  if (time === null || time === undefined) return null;
  // Rows share times (the counts of one reading, an entry added and not changed since), and formatting a date was
  // the largest single cost of writing 10,000 rows: each time is formatted once, in a cache kept small.
  let text = isoTexts.get(time);
  if (text === undefined) {
    text = new Date(time).toISOString();
    if (isoTexts.size >= ISO_CACHE_SIZE) isoTexts.clear();
    isoTexts.set(time, text);
  }
  return text;
}

const ISO_CACHE_SIZE = 4_096;
const isoTexts = new Map<number, string>();

function booleanCell(value: boolean | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

const countColumns: CsvColumn[] = CREATOR_METRICS.flatMap((metric) => [
  { id: metric, about: `${METRIC_ABOUT[metric]}: the value the page showed`, cell: (row: ExportRow) => row.creator.latest[metric]?.value ?? null },
  { id: `${metric}_min`, about: `${metric}: the least it can be (a rounded "1.2K" is 1,150–1,249)`, cell: (row: ExportRow) => row.creator.latest[metric]?.min ?? null },
  { id: `${metric}_max`, about: `${metric}: the most it can be`, cell: (row: ExportRow) => row.creator.latest[metric]?.max ?? null },
]);

const evidenceColumns: CsvColumn[] = CREATOR_METRICS.flatMap((metric) => [
  { id: `${metric}_exact`, about: `${metric}: true when the page showed the exact number`, cell: (row: ExportRow) => booleanCell(row.creator.latest[metric]?.exact) },
  { id: `${metric}_text`, about: `${metric}: the page's text it was read from`, cell: (row: ExportRow) => row.creator.latest[metric]?.text ?? null },
  { id: `${metric}_source`, about: `${metric}: where on the page (network, state, embedded, attribute, text, meta)`, cell: (row: ExportRow) => row.creator.latest[metric]?.source ?? null },
  { id: `${metric}_read_at`, about: `${metric}: when it was read`, cell: (row: ExportRow) => isoOrNull(row.creator.latest[metric]?.readAt) },
]);

export const CASTLIST_COLUMNS: readonly CsvColumn[] = [
  { id: 'creator_key', about: "Castlist's key of the creator: platform:handle, platform:id:…, or linkedin:company:slug", cell: (row) => row.creator.key },
  { id: 'platform', about: 'youtube, tiktok, instagram, x or linkedin', cell: (row) => row.creator.platform },
  { id: 'kind', about: 'person, or company (a LinkedIn company page)', cell: (row) => row.creator.kind ?? 'person' },
  { id: 'handle', about: 'the handle, without @', cell: (row) => row.creator.handle },
  { id: 'name', about: 'the display name the page showed', cell: (row) => row.creator.name },
  { id: 'url', about: "the profile's URL as the page gave it", cell: (row) => row.creator.url },
  { id: 'platform_id', about: "the platform's own id (YouTube channel id, X user id, …)", cell: (row) => row.creator.platformId },
  { id: 'verified', about: 'true when the page marked the account verified', cell: (row) => booleanCell(row.creator.verified) },
  ...countColumns,
  { id: 'er', about: 'engagement rate as a fraction (0.034 = 3.4 %): the median over the last posts read', cell: (row) => row.kpis.engagementRate?.value ?? null },
  { id: 'er_min', about: 'engagement rate: the least it can be, from the ranges of the counts', cell: (row) => row.kpis.engagementRate?.min ?? null },
  { id: 'er_max', about: 'engagement rate: the most it can be', cell: (row) => row.kpis.engagementRate?.max ?? null },
  { id: 'er_formula', about: 'by-views ((likes + comments + shares) / views) or by-followers', cell: (row) => row.kpis.engagementRate?.formula ?? null },
  { id: 'er_posts', about: 'how many posts the engagement rate is the median of', cell: (row) => row.kpis.engagementRate?.posts ?? null },
  { id: 'tier', about: 'follower tier (nano, micro, mid, macro, mega)', cell: (row) => row.kpis.tier },
  { id: 'benchmark_band', about: "where the engagement rate falls in its platform and tier's benchmark", cell: (row) => row.kpis.benchmark?.band ?? null },
  { id: 'benchmark_source', about: 'whose benchmark, and its year', cell: (row) => row.kpis.benchmark?.source ?? null },
  { id: 'comments_substantive_share', about: 'share (0–1) of scored comments that are substantive', cell: (row) => row.kpis.commentQuality?.substantive ?? null },
  { id: 'comments_low_effort_share', about: 'share of scored comments that are low effort', cell: (row) => row.kpis.commentQuality?.lowEffort ?? null },
  { id: 'comments_spam_share', about: 'share of scored comments that are spam or scams', cell: (row) => row.kpis.commentQuality?.spam ?? null },
  { id: 'comments_duplicate_share', about: 'share of scored comments that are duplicates', cell: (row) => row.kpis.commentQuality?.duplicate ?? null },
  { id: 'comments_scored', about: 'how many comments were scored', cell: (row) => row.kpis.commentQuality?.scored ?? null },
  { id: 'followers_per_day', about: 'followers gained per day between the last two snapshots (negative: lost)', cell: (row) => row.kpis.followerGrowthPerDay?.value ?? null },
  { id: 'followers_per_day_min', about: 'followers per day: the least it can be', cell: (row) => row.kpis.followerGrowthPerDay?.min ?? null },
  { id: 'followers_per_day_max', about: 'followers per day: the most it can be', cell: (row) => row.kpis.followerGrowthPerDay?.max ?? null },
  { id: 'shortlist', about: 'the shortlist (empty: the creator is on no list)', cell: (row) => row.shortlist?.name ?? null },
  { id: 'status', about: 'candidate, contacted, negotiating, approved or rejected', cell: (row) => row.entry?.status ?? null },
  { id: 'tags', about: 'the tags, separated by commas', cell: (row) => (row.entry ? (row.entry.tags ?? []).join(', ') : null) },
  { id: 'notes', about: 'the notes', cell: (row) => row.entry?.notes ?? null },
  { id: 'rate', about: 'your rate field', cell: (row) => row.entry?.fields?.rate ?? null },
  { id: 'email', about: 'your email field', cell: (row) => row.entry?.fields?.email ?? null },
  { id: 'agency', about: 'your agency field', cell: (row) => row.entry?.fields?.agency ?? null },
  { id: 'added_at', about: 'when the creator was added to the list', cell: (row) => isoOrNull(row.entry?.addedAt) },
  { id: 'updated_at', about: 'when the entry last changed', cell: (row) => isoOrNull(row.entry?.updatedAt) },
  ...evidenceColumns,
  { id: 'first_seen_at', about: 'when Castlist first read the creator', cell: (row) => (row.creatorStored ? isoOrNull(row.creator.firstSeenAt) : null) },
  { id: 'last_seen_at', about: 'when Castlist last read the creator', cell: (row) => (row.creatorStored ? isoOrNull(row.creator.lastSeenAt) : null) },
  { id: 'shortlist_id', about: "the list's id (to import back into the same list)", cell: (row) => row.shortlist?.id ?? null },
  { id: 'entry_id', about: "the entry's id", cell: (row) => row.entry?.id ?? null },
  {
    id: 'kpis_at_add',
    about: "the creator's KPIs when added to the list, as JSON",
    cell: (row) => (row.entry?.kpisAtAdd === undefined || row.entry.kpisAtAdd === null ? null : JSON.stringify(row.entry.kpisAtAdd)),
  },
];
