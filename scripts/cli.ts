/**
 * Castlist's command line, running exactly the readers and parser the extension runs.
 *
 *   npm run cli -- read-page FILE --url URL [--lang xx]   reading of a saved page or saved response, as JSON
 *   npm run cli -- parse-count TEXT --lang xx             one count as JSON, or null
 *   npm run cli -- parse-count --stdin                    "lang<TAB>text" lines in, one JSON line out per line
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCount } from '../lib/count';
import { loadSavedPage } from './saved-page';
import { readPage } from '../lib/sites/read-page';

const USAGE = `usage:
  npm run cli -- read-page FILE --url URL [--lang xx]
  npm run cli -- parse-count TEXT [--lang xx]
  npm run cli -- parse-count --stdin          (lines: lang<TAB>text)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function positional(args: string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith('--')) {
      if (args[i] !== '--stdin') i++;
      continue;
    }
    values.push(args[i]!);
  }
  return values;
}

async function readPageCommand(args: string[]): Promise<void> {
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
}

async function parseCountCommand(args: string[]): Promise<void> {
  if (args.includes('--stdin')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const tab = line.indexOf('\t');
      const [lang, text] = tab >= 0 ? [line.slice(0, tab), line.slice(tab + 1)] : ['', line];
      process.stdout.write(`${JSON.stringify(parseCount(text, { lang: lang || null }))}\n`);
    }
    return;
  }
  const [text] = positional(args);
  if (text === undefined) throw new UsageError('parse-count needs TEXT (or --stdin)');
  process.stdout.write(`${JSON.stringify(parseCount(text, { lang: option(args, '--lang') ?? null }))}\n`);
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'read-page') return readPageCommand(args);
  if (command === 'parse-count') return parseCountCommand(args);
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`castlist: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
