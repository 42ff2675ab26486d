/**
 * Reads a sessions export by ad content: GA4's "Session manual ad content" with "Sessions" (Reports → Traffic
 * acquisition, or an exploration, downloaded as CSV), or any file with a utm_content column and a sessions column.
 *
 * GA4 files open with "# …" comment lines and may hold several tables, each after its own comments: the table read
 * is the first whose header has both columns, up to the next comment line. Its "Grand total"/"Totals" row (and a
 * row with no ad content, which is how a total shows) is a total, not a row of data. Sessions are whole numbers,
 * grouped or not ("1,234", "1.234", "1234").
 */
import { SESSION_COLUMN_NAMES, locateColumns } from './columns';
import { readWholeCount } from './amounts';
import { readCsvRecords } from './csv-records';
import { UnreadableFileError, type RowProblem } from './row-problem';

export interface SessionsRow {
  row: number;
  content: string;
  sessions: number;
}

export interface SessionsFileReading {
  headerRow: number;
  rows: SessionsRow[];
  /** Rows that could not be read. */
  problems: RowProblem[];
  /** Totals rows, left out on purpose. */
  totals: number[];
}

const TOTAL_LABELS = new Set(['grand total', 'total', 'totals', 'gesamtsumme', 'summe', 'total général', 'totale']);

export function readSessionsFile(text: string): SessionsFileReading {
  const { records } = readCsvRecords(text);
  let headerIndex = -1;
  let columns = { content: -1, sessions: -1 };
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    if (record.kind !== 'data') continue;
    const located = locateColumns(record.cells, SESSION_COLUMN_NAMES);
    if (located.content >= 0 && located.sessions >= 0) {
      headerIndex = index;
      columns = located;
      break;
    }
  }
  if (headerIndex < 0) {
    throw new UnreadableFileError('no table with an ad content column (Session manual ad content, utm_content) and a Sessions column');
  }
  const header = records[headerIndex]!;
  const reading: SessionsFileReading = { headerRow: header.row, rows: [], problems: [], totals: [] };
  for (const record of records.slice(headerIndex + 1)) {
    if (record.kind === 'comment') break;
    if (record.kind === 'blank') continue;
    const { row, cells } = record;
    if (record.problem) {
      reading.problems.push({ row, reason: `unreadable row: ${record.problem}` });
      continue;
    }
    if (Math.max(columns.content, columns.sessions) >= cells.length) {
      reading.problems.push({ row, reason: `unreadable row: only ${cells.length} of the header's ${header.cells.length} cells` });
      continue;
    }
    const content = cells[columns.content]!.trim();
    if (content === '' || cells.some((cell) => TOTAL_LABELS.has(cell.trim().toLowerCase()))) {
      reading.totals.push(row);
      continue;
    }
    const sessions = readWholeCount(cells[columns.sessions]!);
    if (sessions === null) {
      reading.problems.push({ row, reason: `unreadable row: sessions "${cells[columns.sessions]!.trim()}" is not a whole number` });
      continue;
    }
    reading.rows.push({ row, content, sessions });
  }
  return reading;
}
