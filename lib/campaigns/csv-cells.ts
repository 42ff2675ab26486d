/**
 * CSV cells safe to open in a spreadsheet: a text cell that starts with =, +, -, @, a tab or a carriage return (after
 * any spaces) would run as a formula in Excel, Sheets or LibreOffice, so it is prefixed with an apostrophe (OWASP's
 * CSV-injection advice). Numbers are written as numbers and never prefixed.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) || /^[\t\r]/.test(text) ? `'${text}` : text;
}

/** The text as it was before escapeFormulaText, for files that come back in (a creators file saved from our export). */
export function unescapeFormulaText(text: string): string {
  return /^'[\s]*[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export type CsvCell = string | number | null;

/** A CSV text (comma, CRLF, header row) whose text cells are formula-escaped; null is an empty cell. */
export function toSafeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cells = (row: readonly CsvCell[]): string[] =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : escapeFormulaText(cell)));
  return Papa.unparse({ fields: cells(header), data: rows.map(cells) }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}
