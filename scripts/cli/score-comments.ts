import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type CommentInput, scoreComments } from '../../lib/comments';
import { francLanguageDetector } from '../../lib/comments/language-franc';
import { type CliCommand, UsageError, flag, option, positional } from './args';

/** Author columns recognised without --author-column, in order of preference (compared without case). */
export const AUTHOR_COLUMNS = ['author', 'username', 'user_name', 'user', 'screen_name', 'handle', 'account', 'author_name', 'commenter', 'name'];

const HELP = `score-comments FILE.csv --text-column COL [--author-column COL]

Scores every row's comment and prints one JSON object per row, in the file's order:
  {"label": "spam"|"scam"|"low-effort"|"substantive", "spam": 0–1, "reasons": [...], "sentiment": "positive"|"neutral"|"negative",
   "language": "en"|…|"und", "duplicate": true|false}
The CSV may have a byte-order mark, quoted newlines and its columns in any order. Columns are matched exactly, else
without regard to case. Duplicates are judged across the file's rows; the author column (--author-column, else the
first of ${AUTHOR_COLUMNS.join(', ')}) tells one account repeating itself from several accounts. Language: franc-min,
"und" under 20 letters.`;

function findColumn(fields: readonly string[], wanted: string): string | undefined {
  return fields.find((field) => field === wanted) ?? fields.find((field) => field.trim().toLowerCase() === wanted.trim().toLowerCase());
}

/** `score-comments FILE.csv --text-column COL [--author-column COL]`: one JSON score per row. */
export const scoreCommentsCommand: CliCommand = {
  name: 'score-comments',
  usage: ['score-comments FILE.csv --text-column COL [--author-column COL]   (--help: what it prints)'],
  async run(args) {
    if (flag(args, '--help')) {
      process.stdout.write(`${HELP}\n`);
      return;
    }
    const files = positional(args, ['--help']);
    const textColumn = option(args, '--text-column');
    if (files.length !== 1) throw new UsageError('score-comments needs exactly one FILE.csv');
    if (!textColumn || textColumn.startsWith('--')) throw new UsageError('score-comments needs --text-column COL');
    const authorOption = option(args, '--author-column');
    if (args.includes('--author-column') && (!authorOption || authorOption.startsWith('--'))) throw new UsageError('--author-column needs a column name');

    const file = files[0]!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`score-comments: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields ?? [];
    if (!fields.length) throw new Error(`score-comments: ${file} has no header row`);
    const textField = findColumn(fields, textColumn);
    if (!textField) throw new Error(`score-comments: ${file} has no column "${textColumn}" (columns: ${fields.join(', ')})`);
    const authorField = authorOption
      ? findColumn(fields, authorOption)
      : AUTHOR_COLUMNS.map((name) => findColumn(fields, name)).find((field) => field !== undefined && field !== textField);
    if (authorOption && !authorField) throw new Error(`score-comments: ${file} has no column "${authorOption}" (columns: ${fields.join(', ')})`);
    const badRow = parsed.errors.find((error) => error.type === 'Quotes');
    if (badRow) throw new Error(`score-comments: ${file} row ${(badRow.row ?? 0) + 2}: ${badRow.message}`);

    const inputs: CommentInput[] = parsed.data.map((row) => ({
      text: row[textField] ?? '',
      author: authorField ? row[authorField]?.trim() || null : null,
    }));
    const scores = scoreComments(inputs, { detectLanguage: francLanguageDetector });
    const lines = scores.map(({ label, spam, reasons, sentiment, language, duplicate }) =>
      JSON.stringify({ label, spam, reasons, sentiment, language, duplicate }),
    );
    process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  },
};
