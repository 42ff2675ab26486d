import { createInterface } from 'node:readline';
import { parseCount } from '../../lib/count';
import { type CliCommand, UsageError, flag, option, positional } from './args';

/** `parse-count TEXT [--lang xx]` or `parse-count --stdin` (lines `lang<TAB>text`): one count as JSON, or null. */
export const parseCountCommand: CliCommand = {
  name: 'parse-count',
  usage: ['parse-count TEXT [--lang xx]', 'parse-count --stdin          (lines: lang<TAB>text)'],
  async run(args) {
    if (flag(args, '--stdin')) {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const tab = line.indexOf('\t');
        const [lang, text] = tab >= 0 ? [line.slice(0, tab), line.slice(tab + 1)] : ['', line];
        process.stdout.write(`${JSON.stringify(parseCount(text, { lang: lang || null }))}\n`);
      }
      return;
    }
    const [text] = positional(args, ['--stdin']);
    if (text === undefined) throw new UsageError('parse-count needs TEXT (or --stdin)');
    process.stdout.write(`${JSON.stringify(parseCount(text, { lang: option(args, '--lang') ?? null }))}\n`);
  },
};
