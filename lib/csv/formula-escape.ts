/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell as a formula when its text starts with
 * `=`, `+`, `-` or `@`, or with a tab or carriage return. Page text is hostile, so every text cell that would be run
 * is written with a leading apostrophe, which spreadsheets show as text. Numbers are never escaped: they are written
 * as numbers (a negative growth stays a number).
 *
 * The escape is undone exactly on import, so a round trip loses nothing. To keep it reversible the rule also covers
 * text that merely looks escaped: a text is escaped when, after any mix of apostrophes, whitespace and invisible
 * direction or width marks, it reaches a trigger. Two properties make that exact:
 *   - anything escaped starts with an apostrophe followed by text the rule escapes;
 *   - if the rule escapes a text, it also escapes that text with an apostrophe in front;
 * so a cell is an escaped one exactly when it starts with an apostrophe and the rest would be escaped.
 *
 * Leading whitespace and marks count because some spreadsheets trim them before deciding (and a right-to-left mark
 * before "=" hides nothing from a formula parser); full-width signs count because some input methods fold them.
 */

/** Characters a spreadsheet may skip before it looks for a formula sign (whitespace, BOM, bidi and zero-width marks). */
const SKIPPABLE = "\\s'\\u00a0\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
/** The formula signs, ASCII and full-width, and the two control characters. */
const TRIGGERS = '=+\\-@\\t\\r\\uff1d\\uff0b\\uff0d\\uff20';

/** Text a spreadsheet might run (the writer, csv-text.ts, prefixes the apostrophe and quotes it, as papaparse's `escapeFormulae` would). */
export const FORMULA_TRIGGER = new RegExp(`^[${SKIPPABLE}]*[${TRIGGERS}]`);

export function wouldRunAsFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** The text as written to a cell: with a leading apostrophe when a spreadsheet might run it. */
export function neutraliseFormula(text: string): string {
  return wouldRunAsFormula(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula: the text as it was before export. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && wouldRunAsFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
