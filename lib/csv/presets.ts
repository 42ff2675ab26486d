/**
 * The CSV layouts Castlist writes: its own (every column, comes back in without loss) and the import templates of
 * influencer CRMs (market.md (e); lib/csv/FORMAT.md). A preset is a list of named columns over the same export rows.
 *
 *   castlist   every column of castlist-columns.ts
 *   upfluence  profile_name, media_url, email: the three it needs (one profile URL per influencer)
 *   aspire     id (or email) and the social columns: instagram and tiktok as bare handles, youtube as a channel URL
 *   grin       a header row the user maps in GRIN's importer: which fields, under which headers, is the user's
 *              choice (GrinColumn[]; DEFAULT_GRIN_COLUMNS otherwise)
 */
import type { Platform } from '../reading/reading';
import { CASTLIST_COLUMNS, type CsvColumn } from './castlist-columns';
import type { ExportRow } from './export-row';
import { profileUrlOf } from './profile-url';

export const CSV_PRESETS = ['castlist', 'upfluence', 'aspire', 'grin'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

const handleOn = (platform: Platform) => (row: ExportRow) => (row.creator.platform === platform ? row.creator.handle : null);
const urlOn = (platform: Platform) => (row: ExportRow) => (row.creator.platform === platform ? profileUrlOf(row.creator) : null);

/** Fields a GRIN header may map to: every castlist column, and these, derived from the creator. */
const DERIVED_FIELDS: readonly CsvColumn[] = [
  { id: 'profile_url', about: "the creator's profile URL", cell: (row) => profileUrlOf(row.creator) },
  { id: 'display_name', about: 'the display name, else the handle', cell: (row) => row.creator.name ?? row.creator.handle },
  { id: 'instagram_handle', about: 'the Instagram handle (empty for creators on other platforms)', cell: handleOn('instagram') },
  { id: 'tiktok_handle', about: 'the TikTok handle', cell: handleOn('tiktok') },
  { id: 'youtube_url', about: "the YouTube channel's URL", cell: urlOn('youtube') },
  { id: 'x_handle', about: 'the X handle', cell: handleOn('x') },
  { id: 'linkedin_url', about: "the LinkedIn profile's or company page's URL", cell: urlOn('linkedin') },
];

export const EXPORT_FIELDS: ReadonlyMap<string, CsvColumn> = new Map(
  [...CASTLIST_COLUMNS, ...DERIVED_FIELDS].map((column) => [column.id, column]),
);

export interface GrinColumn {
  /** The header GRIN's importer shows the user, who maps it to a GRIN field. */
  header: string;
  /** Which export field fills it (EXPORT_FIELDS). */
  field: string;
}

export const DEFAULT_GRIN_COLUMNS: readonly GrinColumn[] = [
  { header: 'Name', field: 'display_name' },
  { header: 'Email', field: 'email' },
  { header: 'Instagram', field: 'instagram_handle' },
  { header: 'TikTok', field: 'tiktok_handle' },
  { header: 'YouTube', field: 'youtube_url' },
  { header: 'Twitter', field: 'x_handle' },
  { header: 'LinkedIn', field: 'linkedin_url' },
  { header: 'Profile URL', field: 'profile_url' },
  { header: 'Followers', field: 'followers' },
  { header: 'Followers (min)', field: 'followers_min' },
  { header: 'Followers (max)', field: 'followers_max' },
  { header: 'Engagement Rate', field: 'er' },
  { header: 'Engagement Rate (min)', field: 'er_min' },
  { header: 'Engagement Rate (max)', field: 'er_max' },
  { header: 'Status', field: 'status' },
  { header: 'Tags', field: 'tags' },
  { header: 'Notes', field: 'notes' },
  { header: 'Rate', field: 'rate' },
  { header: 'Agency', field: 'agency' },
];

export class CsvPresetError extends Error {
  override name = 'CsvPresetError';
}

/** The header and columns of a preset; GRIN's from the user's mapping, checked. */
export function presetColumns(preset: CsvPreset, grinColumns: readonly GrinColumn[] = DEFAULT_GRIN_COLUMNS): Array<{ header: string; column: CsvColumn }> {
  const field = (id: string) => EXPORT_FIELDS.get(id)!;
  switch (preset) {
    case 'castlist':
      return CASTLIST_COLUMNS.map((column) => ({ header: column.id, column }));
    case 'upfluence':
      return [
        { header: 'profile_name', column: field('display_name') },
        { header: 'media_url', column: field('profile_url') },
        { header: 'email', column: field('email') },
      ];
    case 'aspire':
      return [
        { header: 'id', column: field('creator_key') },
        { header: 'email', column: field('email') },
        { header: 'name', column: field('display_name') },
        { header: 'instagram', column: field('instagram_handle') },
        { header: 'tiktok', column: field('tiktok_handle') },
        { header: 'youtube', column: field('youtube_url') },
      ];
    case 'grin':
      return checkGrinColumns(grinColumns).map(({ header, field: id }) => ({ header, column: field(id) }));
  }
}

function checkGrinColumns(columns: readonly GrinColumn[]): readonly GrinColumn[] {
  if (columns.length === 0) throw new CsvPresetError('the GRIN header row is empty: map at least one field');
  const headers = new Set<string>();
  for (const { header, field } of columns) {
    if (header.trim() === '') throw new CsvPresetError(`a GRIN header is empty (for the field ${field})`);
    if (headers.has(header)) throw new CsvPresetError(`the GRIN header "${header}" appears twice`);
    headers.add(header);
    if (!EXPORT_FIELDS.has(field)) {
      throw new CsvPresetError(`"${field}" (under "${header}") is not a field Castlist exports; the fields: ${[...EXPORT_FIELDS.keys()].join(', ')}`);
    }
  }
  return columns;
}

/** What a CRM will not like about these rows, said before the user uploads the file. */
export function presetWarnings(preset: CsvPreset, rows: readonly ExportRow[]): string[] {
  const count = (test: (row: ExportRow) => boolean) => rows.filter(test).length;
  const warnings: string[] = [];
  if (preset === 'upfluence') {
    const noEmail = count((row) => !row.entry?.fields?.email);
    if (noEmail) warnings.push(`${noEmail} of ${rows.length} rows have no email: Upfluence needs profile_name, media_url and email`);
    const noUrl = count((row) => !profileUrlOf(row.creator));
    if (noUrl) warnings.push(`${noUrl} of ${rows.length} rows have no profile URL for media_url`);
  }
  if (preset === 'aspire') {
    const other = count((row) => row.creator.platform === 'x' || row.creator.platform === 'linkedin');
    if (other) warnings.push(`${other} of ${rows.length} rows are X or LinkedIn accounts: Aspire has no column for them (the row keeps id, email and name)`);
  }
  return warnings;
}
