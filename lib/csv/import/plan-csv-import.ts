/**
 * A CSV file read into an import plan, without touching the database: Castlist's own file (it has a creator_key
 * column) row by row with every column, or a spreadsheet from elsewhere by the roles of its columns. A row that
 * cannot be used is listed with its reason; the others go on.
 */
import { readCsv } from '../csv-text';
import { restoreFormula } from '../formula-escape';
import { RowCells } from './cell-values';
import { BadRowError, type CsvImportPlan, type ImportRow, type SkippedRow } from './import-plan';
import { readCastlistRow } from './read-castlist-row';
import { foreignLayout, looksLikeCreatorCell, readForeignRow } from './read-foreign-row';

export interface PlanOptions {
  /** The list a foreign file's rows go to (Castlist's own file names its lists in its shortlist column). */
  shortlistName: string;
  now: number;
}

/** Throws CsvFormatError when the text is not CSV at all; bad rows are in the plan's `skipped`. */
export function planCsvImport(text: string, options: PlanOptions): CsvImportPlan {
  const csv = readCsv(text);
  const header = csv.header.map((cell) => restoreFormula(cell).trim());
  const decimalComma = csv.delimiter === ';';
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: SkippedRow[] = [];
  const cellsOf = (index: ReadonlyMap<string, number>, row: number, cells: string[]) =>
    new RowCells(index, cells, decimalComma, (message) => warnings.push({ row, reason: message }));
  const keep = (row: number, read: () => ImportRow[]) => {
    try {
      rows.push(...read());
    } catch (error) {
      if (!(error instanceof BadRowError)) throw error;
      skipped.push({ row, reason: error.message });
    }
  };

  if (header.includes('creator_key')) {
    const index = columnIndex(header);
    for (const { row, cells } of csv.records) {
      keep(row, () => {
        if (cells.length !== header.length) {
          throw new BadRowError(`the row has ${cells.length} cells for ${header.length} columns (a line break or separator outside quotes?)`);
        }
        return [readCastlistRow(cellsOf(index, row, cells), row, options.now)];
      });
    }
    const kept = withoutRepeats(rows, skipped);
    return { format: 'castlist', delimiter: csv.delimiter, rows: kept, skipped: sortByRow(skipped), warnings: warningsOfKept(warnings, skipped), total: csv.records.length };
  }

  const headerless = csv.header.some(looksLikeCreatorCell);
  const columns = headerless ? csv.header.map((_, at) => `column ${at + 1}`) : uniqueNames(header);
  const records = headerless ? [{ row: 1, cells: csv.header }, ...csv.records] : csv.records;
  const layout = foreignLayout(columns);
  const index = columnIndex(columns);
  for (const { row, cells } of records) {
    keep(row, () => readForeignRow(cellsOf(index, row, cells), layout, row, options.shortlistName));
  }
  const kept = withoutRepeats(rows, skipped);
  return { format: 'foreign', delimiter: csv.delimiter, rows: kept, skipped: sortByRow(skipped), warnings: warningsOfKept(warnings, skipped), total: records.length };
}

function columnIndex(columns: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  columns.forEach((column, at) => {
    if (!index.has(column)) index.set(column, at);
  });
  return index;
}

/** Header cells made unique ("Link", "Link (2)"), so that every column can be told apart. */
function uniqueNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, at) => {
    const name = cell || `column ${at + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** The same creator twice on one list (or twice with no list): the first row counts, later ones are listed. */
function withoutRepeats(rows: ImportRow[], skipped: SkippedRow[]): ImportRow[] {
  const firstRow = new Map<string, number>();
  return rows.filter((row) => {
    if (row.reference.by !== 'key') return true;
    const id = `${row.entry?.shortlistName ?? ''}\u0000${row.reference.creator.key}`;
    const first = firstRow.get(id);
    if (first === undefined) {
      firstRow.set(id, row.row);
      return true;
    }
    if (first === row.row) return false; // one row naming the same account twice
    const where = row.entry ? ` on the list "${row.entry.shortlistName}"` : '';
    skipped.push({ row: row.row, reason: `${row.reference.creator.key} is already on row ${first}${where}` });
    return false;
  });
}

/** Warnings about rows that were skipped anyway say nothing more. */
function warningsOfKept(warnings: SkippedRow[], skipped: SkippedRow[]): SkippedRow[] {
  const skippedRows = new Set(skipped.map(({ row }) => row));
  return warnings.filter(({ row }) => !skippedRows.has(row));
}

function sortByRow(skipped: SkippedRow[]): SkippedRow[] {
  return skipped.sort((a, b) => a.row - b.row);
}
