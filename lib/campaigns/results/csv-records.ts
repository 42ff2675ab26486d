/**
 * A delimited text file as the records a spreadsheet shows, each with its spreadsheet row number: the header is row 1
 * when it is the file's first line, and every record counts, blank lines and GA4's "# …" comment lines included. A
 * cell that spans lines (a quoted note with a line break) keeps its record on one row, as a spreadsheet shows it, so
 * row numbers equal file line numbers whenever no cell spans lines.
 *
 * The delimiter is read from the header line (the first line that is neither blank nor a comment): whichever of
 * comma, semicolon, tab or bar occurs most often outside quotes, comma on a tie. Excel's "sep=;" first line is obeyed
 * (and, as in Excel, not counted as a row). Parsing itself is papaparse's.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface CsvRecord {
  /** The spreadsheet row number (1-based). */
  row: number;
  kind: 'data' | 'blank' | 'comment';
  cells: string[];
  /** Why the record cannot be trusted as the parser split it (an unterminated quote), or null. */
  problem: string | null;
}

export interface CsvRecords {
  delimiter: Delimiter;
  records: CsvRecord[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
/** GA4 writes "# ----", "# Account: …", "#" and "# Start date: 20260101"; Shopify order names ("#1001") are no comment. */
const COMMENT_CELL = /^#(\s|$)/;
const SEP_LINE = /^sep=(.)\s*$/i;

export function readCsvRecords(text: string): CsvRecords {
  let body = text.replace(/^\uFEFF/, '');
  let declared: Delimiter | null = null;
  const firstLineEnd = body.search(/\r?\n/);
  const sepMatch = SEP_LINE.exec(firstLineEnd < 0 ? body : body.slice(0, firstLineEnd));
  if (sepMatch && (DELIMITERS as readonly string[]).includes(sepMatch[1]!)) {
    declared = sepMatch[1] as Delimiter;
    body = firstLineEnd < 0 ? '' : body.slice(body.indexOf('\n', firstLineEnd) + 1);
  }
  const delimiter = declared ?? detectDelimiter(body);
  const records: CsvRecord[] = [];
  let rest = body;
  while (rest.length > 0) {
    const unterminatedAt = parseInto(rest, delimiter, records);
    if (unterminatedAt === null) break;
    // An unterminated quote swallows the rest of the file into one cell: keep only its own line as a broken record
    // and read on from the next line, so one stray quote costs one row, not every row after it.
    const lineEnd = rest.indexOf('\n', unterminatedAt);
    const line = (lineEnd < 0 ? rest.slice(unterminatedAt) : rest.slice(unterminatedAt, lineEnd)).replace(/\r$/, '');
    records.push({ row: records.length + 1, kind: 'data', cells: line.split(delimiter), problem: 'a quoted cell is never closed' });
    rest = lineEnd < 0 ? '' : rest.slice(lineEnd + 1);
  }
  // The line break that ends the last line is no row of its own.
  const last = records.at(-1);
  if (last && last.kind === 'blank' && body.endsWith('\n')) records.pop();
  return { delimiter, records };
}

/** Appends the records of `text`; returns the offset where an unterminated quoted record starts, or null. */
function parseInto(text: string, delimiter: Delimiter, records: CsvRecord[]): number | null {
  let start = 0;
  let unterminatedAt: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        unterminatedAt = start;
        parser.abort();
        return;
      }
      const cells = result.data;
      const quoteProblem = result.errors[0];
      records.push({
        row: records.length + 1,
        kind: kindOf(cells),
        cells,
        problem: quoteProblem ? `the row's quotes are malformed (${quoteProblem.message})` : null,
      });
      start = result.meta.cursor;
    },
  });
  return unterminatedAt;
}

function kindOf(cells: string[]): CsvRecord['kind'] {
  if (cells.every((cell) => cell.trim() === '')) return 'blank';
  return COMMENT_CELL.test(cells[0] ?? '') ? 'comment' : 'data';
}

function detectDelimiter(text: string): Delimiter {
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '' && !COMMENT_CELL.test(line)) ?? '';
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}
