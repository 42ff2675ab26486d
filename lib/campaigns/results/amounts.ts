/**
 * Money and counts as one file writes them. A file uses one decimal mark throughout, so the mark is decided once per
 * file from all of its amount cells (detectDecimalMark), then every cell is read with it (readAmount):
 *
 * - a cell with both marks ("1.234,56", "1,234.56") has its decimal mark last;
 * - a cell with one mark that is not followed by exactly three digits ("1234,5", "12.50") shows its decimal mark;
 * - a mark that occurs twice ("1.234.567") is a thousands separator, so the other one is the decimal mark;
 * - "1,234" or "1.234" alone says nothing: when no cell of the file decides, a semicolon-separated file (the
 *   European spreadsheet default) reads a decimal comma, any other a decimal point; if cells disagree the majority wins.
 *
 * With the mark decided, a cell must be well formed to be read: digits grouped by threes when grouped (with the other
 * mark, a space, a thin space or an apostrophe), at most one decimal mark, an optional sign or parentheses, and an
 * optional currency symbol or ISO code, which is returned. Anything else is unreadable (null), never guessed.
 */
import { normalizeNumberText } from '../../count';
import type { Delimiter } from './csv-records';

export type DecimalMark = '.' | ',';

export interface DecimalDecision {
  mark: DecimalMark;
  /** How the mark was decided, for the import summary. */
  basis: 'cells' | 'delimiter default';
}

export interface Amount {
  value: number;
  /** The ISO code the cell itself names ("EUR", or "€" read as EUR), or null. */
  currency: string | null;
}

const SYMBOL_CURRENCIES: Record<string, string> = { '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₽': 'RUB', '₴': 'UAH', zł: 'PLN' };
/** "$", "¥" and "kr" name several currencies: they are stripped but name none. */
const AMBIGUOUS_SYMBOLS = ['us$', 'ca$', 'a$', 'r$', '$', '¥', '￥', 'kr', 'fr.'];

export function detectDecimalMark(cells: readonly string[], delimiter: Delimiter): DecimalDecision {
  let pointVotes = 0;
  let commaVotes = 0;
  for (const cell of cells) {
    const vote = decimalMarkShownBy(cell);
    if (vote === '.') pointVotes++;
    else if (vote === ',') commaVotes++;
  }
  if (pointVotes === commaVotes) return { mark: delimiter === ';' ? ',' : '.', basis: 'delimiter default' };
  return { mark: pointVotes > commaVotes ? '.' : ',', basis: 'cells' };
}

/** The decimal mark one cell shows by itself, or null when it shows none. */
export function decimalMarkShownBy(cell: string): DecimalMark | null {
  const digits = normalizeNumberText(cell).replace(/[^\d.,]/g, '');
  const lastPoint = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastPoint >= 0 && lastComma >= 0) return lastPoint > lastComma ? '.' : ',';
  const mark = lastPoint >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const occurrences = digits.split(mark).length - 1;
  if (occurrences > 1) return mark === '.' ? ',' : '.';
  const decimals = digits.length - digits.lastIndexOf(mark) - 1;
  return decimals === 3 ? null : mark;
}

/** The amount in a cell, read with the file's decimal mark; null when the cell is empty or not a well-formed amount. */
export function readAmount(cell: string, mark: DecimalMark): Amount | null {
  let text = normalizeNumberText(cell).toLowerCase().replace(/\u2212/g, '-');
  if (text === '') return null;
  let currency: string | null = null;
  const code = /\b([a-z]{3})\b/.exec(text);
  if (code && !AMBIGUOUS_SYMBOLS.includes(code[1]!)) {
    currency = code[1]!.toUpperCase();
    text = text.replace(code[0], ' ');
  }
  for (const [symbol, iso] of Object.entries(SYMBOL_CURRENCIES)) {
    if (text.includes(symbol)) {
      currency ??= iso;
      text = text.replace(symbol, ' ');
    }
  }
  for (const symbol of AMBIGUOUS_SYMBOLS) text = text.replace(symbol, ' ');
  text = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-') || text.endsWith('-')) {
    negative = true;
    text = text.replace(/^-|-$/, '').trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  const value = readUnsigned(text, mark);
  if (value === null) return null;
  return { value: negative && value !== 0 ? -value : value, currency };
}

/** A currency cell as an ISO code where it can be told ("eur", "€", "EUR €", "Euro" → EUR), else as written. */
export function normalizeCurrency(cell: string): string | null {
  const text = cell.trim().toUpperCase();
  if (text === '') return null;
  if (/^[A-Z]{3}$/.test(text)) return text;
  if (text.includes('€') || /\bEUROS?\b/.test(text)) return 'EUR';
  for (const [symbol, iso] of Object.entries(SYMBOL_CURRENCIES)) if (text.includes(symbol.toUpperCase())) return iso;
  return /\b([A-Z]{3})\b/.exec(text)?.[1] ?? text;
}

/** A whole count ("1234", "1,234", "1.234", "1 234"): grouping marks of either kind, no decimals. */
export function readWholeCount(cell: string): number | null {
  const text = normalizeNumberText(cell);
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}([.,' ]\d{3})+$/.test(text) && new Set(text.replace(/\d/g, '')).size === 1) return Number(text.replace(/\D/g, ''));
  return null;
}

function readUnsigned(text: string, mark: DecimalMark): number | null {
  const group = mark === '.' ? ',' : '.';
  const [whole = '', fraction, extra] = text.split(mark);
  if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (new RegExp(`^\\d{1,3}([${group} ']\\d{3})+$`).test(whole) && new Set(whole.replace(/\d/g, '')).size === 1) {
    digits = whole.replace(/\D/g, '');
  } else if (whole === '' && fraction !== undefined) digits = '0';
  else return null;
  return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}
