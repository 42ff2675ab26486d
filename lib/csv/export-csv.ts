/**
 * A list of export rows as the CSV file the panel downloads and `npm run cli -- export-csv` prints.
 */
import { writeCsv } from './csv-text';
import type { ExportRow } from './export-row';
import { type CsvPreset, type GrinColumn, presetColumns, presetWarnings } from './presets';

export interface CsvExportOptions {
  preset?: CsvPreset;
  /** Start with a byte-order mark (Excel on Windows reads UTF-8 only with it). */
  bom?: boolean;
  /** The GRIN preset's header row (DEFAULT_GRIN_COLUMNS when absent). */
  grinColumns?: readonly GrinColumn[];
}

export interface CsvExport {
  text: string;
  rows: number;
  /** What the chosen CRM will not like (no email, no column for X, …); the file is written anyway. */
  warnings: string[];
}

export function exportCsv(rows: readonly ExportRow[], options: CsvExportOptions = {}): CsvExport {
  const preset = options.preset ?? 'castlist';
  const columns = presetColumns(preset, options.grinColumns);
  const text = writeCsv(
    columns.map(({ header }) => header),
    rows.map((row) => columns.map(({ column }) => column.cell(row))),
    { bom: options.bom ?? false },
  );
  return { text, rows: rows.length, warnings: presetWarnings(preset, rows) };
}

/** The download's file name: "castlist-spring-launch-upfluence-2026-12-06.csv". */
export function exportFileName(shortlistName: string | null, preset: CsvPreset, at: Date): string {
  const slug = (shortlistName ?? 'all-creators')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `castlist-${slug || 'list'}-${preset}-${at.toISOString().slice(0, 10)}.csv`;
}
