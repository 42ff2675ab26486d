/**
 * What a CSV import will do, worked out from the file alone (plan-csv-import.ts) before the database is touched
 * (apply-csv-import.ts): one ImportRow per creator a row names, and every row that cannot be used, with the reason.
 */
import type { StoredCount, ShortlistEntryFields, ShortlistStatus } from '../../db/rows';
import type { CreatorMetric, Platform } from '../../reading/reading';

export interface ImportedCreator {
  key: string;
  platform: Platform;
  kind: 'person' | 'company';
  handle: string | null;
  name: string | null;
  platformId: string | null;
  url: string | null;
  verified: boolean | null;
  latest: Partial<Record<CreatorMetric, StoredCount & { readAt: number }>>;
  firstSeenAt: number | null;
  lastSeenAt: number | null;
}

/**
 * Which creator a row means.
 *   key          the key is known from the row. `complete`: the row is Castlist's own and carries the creator's data,
 *                which merges with the stored creator (newer counts win); otherwise it only names the creator.
 *   profile-url  a profile URL that names no handle or id (YouTube /c/name): matched by the stored creator's URL
 *   post         a post's URL: the creator is the stored post's
 */
export type CreatorReference =
  | { by: 'key'; creator: ImportedCreator; complete: boolean }
  | { by: 'profile-url'; platform: Platform; url: string; name: string | null }
  | { by: 'post'; platform: Platform; postKey: string; url: string };

/** An entry to add or update. A field left undefined was not in the file, and is left as it is. */
export interface ImportedEntry {
  shortlistName: string;
  shortlistId?: string;
  entryId?: string;
  status?: ShortlistStatus;
  notes?: string;
  tags?: string[];
  fields?: Partial<ShortlistEntryFields>;
  addedAt?: number;
  updatedAt?: number;
  kpisAtAdd?: unknown;
}

export interface ImportRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  reference: CreatorReference;
  /** null: the row only brings a creator (Castlist's file lists creators on no list so). */
  entry: ImportedEntry | null;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface CsvImportPlan {
  /** Castlist's own file (the castlist preset), or a spreadsheet from elsewhere. */
  format: 'castlist' | 'foreign';
  delimiter: ',' | ';' | '\t';
  rows: ImportRow[];
  skipped: SkippedRow[];
  /** Cells left out of rows that were kept (a time a spreadsheet rewrote), by row. */
  warnings: SkippedRow[];
  /** Rows read (not counting the header). */
  total: number;
}

/** A reason a row cannot be used: thrown inside a row's reader, caught per row so other rows go on. */
export class BadRowError extends Error {
  override name = 'BadRowError';
}
