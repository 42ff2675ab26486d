import { readFileSync } from 'node:fs';
import { readPage } from '../../lib/sites/read-page';
import { loadSavedPage } from '../saved-page';
import { type CliCommand, UsageError, option, positional } from './args';

/** `read-page FILE --url URL [--lang xx]`: the reading of a saved page or saved response, as JSON. */
export const readPageCommand: CliCommand = {
  name: 'read-page',
  usage: ['read-page FILE --url URL [--lang xx]'],
  async run(args) {
    const [file] = positional(args);
    const url = option(args, '--url');
    if (!file || !url) throw new UsageError('read-page needs FILE and --url URL');
    const saved = loadSavedPage(readFileSync(file, 'utf8'), url);
    try {
      const reading = readPage({ url, root: saved.document, responses: saved.responses, now: new Date(), lang: option(args, '--lang') ?? null });
      process.stdout.write(`${JSON.stringify(reading, null, 1)}\n`);
    } finally {
      await saved.close();
    }
  },
};
