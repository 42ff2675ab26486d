/**
 * Reading typed values out of text cells, strictly: a cell that does not hold what its column promises makes its
 * row bad (BadRowError, with the column and the text), never a guess.
 */
import { restoreFormula } from '../formula-escape';
import { BadRowError } from './import-plan';

/** A row's cells by column name, with the formula escape undone. */
export class RowCells {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
    /** A semicolon-separated file comes from a spreadsheet that writes decimals with a comma. */
    readonly decimalComma: boolean,
    /** Where a cell that is kept out (not the row) is reported. */
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The cell's text; undefined when the file has no such column. */
  text(column: string): string | undefined {
    const at = this.index.get(column);
    if (at === undefined) return undefined;
    return restoreFormula(this.cells[at] ?? '');
  }

  /** The text, or null when the cell is empty (or only spaces). */
  optionalText(column: string): string | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    return text.trim() === '' ? null : text;
  }

  /** A whole number; digit grouping a spreadsheet may add ("3,680,000", "3.680.000", "3 680 000") is read too. */
  integer(column: string): number | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (/^\d{1,3}([,.\s\u00a0\u202f'])\d{3}(\1\d{3})*$/.test(trimmed)) return Number(trimmed.replace(/\D/g, ''));
    return parseNumberCell(text, column, this.decimalComma);
  }

  /**
   * true or false, as spreadsheets write them in a few languages (TRUE, WAHR, VRAI, …). A flag is evidence, not a
   * number: one that cannot be read is left out with a warning.
   */
  boolean(column: string): boolean | null | undefined {
    const text = this.text(column)?.trim().toLowerCase();
    if (text === undefined) return undefined;
    if (text === '') return null;
    if (TRUE_WORDS.has(text)) return true;
    if (FALSE_WORDS.has(text)) return false;
    this.warn(`${column}: "${this.text(column)}" is not true or false; left out`);
    return null;
  }

  /**
   * A time is evidence about a number, not the number: one a spreadsheet rewrote beyond reading is left out (the
   * caller falls back to another time) with a warning, and the row is kept.
   */
  time(column: string): number | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    try {
      return parseTimeCell(text, column);
    } catch (error) {
      if (!(error instanceof BadRowError)) throw error;
      this.warn(`${error.message}; left out`);
      return null;
    }
  }
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'wahr', 'vrai', 'verdadero', 'vero', 'waar', 'sant', 'prawda', 'verdadeiro']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'falsch', 'faux', 'falso', 'onwaar', 'falskt', 'fałsz']);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumberCell(text: string, column: string, decimalComma = false): number | null {
  let cleaned = text.trim();
  if (cleaned === '') return null;
  if (decimalComma && /^[+-]?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  const value = Number(cleaned);
  if (!NUMBER.test(cleaned) || !Number.isFinite(value)) throw new BadRowError(`${column}: "${text}" is not a number`);
  return value;
}

/** ISO 8601 ("2026-12-06T10:00:00.000Z", or a spreadsheet's "2026-12-06 10:00:00", read as UTC), or "2026/12/06 …". */
export function parseTimeCell(text: string, column: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4}[-/]\d{2}[-/]\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(trimmed);
  const time = match ? Date.parse(`${match[1]!.replaceAll('/', '-')}T${match[2] ?? '00:00'}${match[3] ? normaliseOffset(match[3]) : 'Z'}`) : Number.NaN;
  if (Number.isNaN(time)) throw new BadRowError(`${column}: "${text}" is not a date and time (ISO 8601, e.g. 2026-12-06T10:00:00Z)`);
  return time;
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}
