/**
 * CSV text in and out (read with papaparse, written to the same rules here): RFC 4180 (CRLF between records,
 * fields quoted when they hold a delimiter, quote or line break, quotes doubled), UTF-8, optionally with the
 * byte-order mark Excel needs to read UTF-8.
 *
 * A cell is a string (text, always quoted, formula-escaped), a number (written as a number, never escaped) or null
 * (empty). Reading undoes nothing by itself: lib/csv/formula-escape.ts restores text cells where the format says so.
 */
import Papa from 'papaparse';
import { FORMULA_TRIGGER } from './formula-escape';

export type CsvCell = string | number | null;

export const UTF8_BOM = '\ufeff';
const RECORD_END = '\r\n';

export interface WriteCsvOptions {
  /** Start with a byte-order mark, so that Excel reads the file as UTF-8. */
  bom?: boolean;
}

/**
 * The header row and the records as CSV text, ending with a line break.
 *
 * Written here rather than with papaparse's unparse, to the same rules as unparse with `quotes` for text and
 * `escapeFormulae: FORMULA_TRIGGER` (tests/unit/csv-export.test.ts checks the two agree): unparse appends every cell
 * to one growing string, and flattening that string took longer alone than the export budget of `npm run bench`
 * (10,000 rows × 67 columns in 300 ms). Each record here is one join of its cells, and the file one join of records.
 */
export function writeCsv(header: readonly string[], records: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const lines = new Array<string>(records.length + 1);
  lines[0] = header.map(cellText).join(',');
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    if (record.length !== header.length) {
      throw new Error(`a CSV record has ${record.length} cells for ${header.length} columns`);
    }
    lines[index + 1] = record.map(cellText).join(',');
  }
  return `${options.bom ? UTF8_BOM : ''}${lines.join(RECORD_END)}${RECORD_END}`;
}

/** One cell as written: empty for null, a number as JavaScript prints it, text formula-escaped, quotes doubled, quoted. */
function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`a CSV cell holds ${cell}, not a number a spreadsheet reads`);
    return String(cell);
  }
  const text = FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

export interface ParsedCsv {
  /** The first record. */
  header: string[];
  /** Every other non-empty record, each with its spreadsheet row number (the header is row 1). */
  records: Array<{ row: number; cells: string[] }>;
  delimiter: ',' | ';' | '\t';
  hadBom: boolean;
}

export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

/**
 * CSV text as records of text cells. Comma, semicolon (spreadsheets in locales with a decimal comma) or tab
 * separated, with or without a BOM, CRLF or LF line ends. Blank records are left out; row numbers count them, so
 * they match what a spreadsheet shows.
 */
export function readCsv(text: string): ParsedCsv {
  const hadBom = text.startsWith(UTF8_BOM);
  const content = hadBom ? text.slice(1) : text;
  if (content.trim() === '') throw new CsvFormatError('the file is empty');
  const delimiter = delimiterOf(content);
  const result = Papa.parse<string[]>(content, { delimiter, header: false, skipEmptyLines: false, newline: lineEndOf(content) });
  const fatal = result.errors.find((error) => error.code === 'MissingQuotes');
  if (fatal) {
    throw new CsvFormatError(`a quoted cell never ends (row ${(fatal.row ?? 0) + 1}): the file is cut short or not CSV`);
  }
  const [header, ...rest] = result.data;
  if (!header) throw new CsvFormatError('the file has no rows');
  const records: ParsedCsv['records'] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    records.push({ row: index + 2, cells });
  });
  return { header, records, delimiter, hadBom };
}

/** The separator of the first record: whichever of comma, semicolon and tab occurs most outside quotes. */
function delimiterOf(text: string): ParsedCsv['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** The line end of the first record (a line break inside a quoted cell does not count). */
function lineEndOf(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\r') return text[index + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && char === '\n') return '\n';
  }
  return '\r\n';
}
