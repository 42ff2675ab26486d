import { memoryDatabase } from './node-database';
import { backupDatabase } from '../../lib/backup/backup-database';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import type { BackgroundMessage } from '../../lib/messages/background-messages';
import { creatorKeyOf } from '../../lib/reading/keys';
import { type CliCommand, UsageError } from './args';
import { readSavedPage } from './saved-page-reading';

/**
 * `backup FILE --url URL [FILE --url URL ...] [--shortlist NAME]`: the backup file of the database that visiting
 * those saved pages would leave. Each page is read as read-page reads it and sent to the background's own message
 * handler (zod, then lib/background/ingest-reading.ts), one visit each, in order; with --shortlist, the creator of
 * each page goes on that list (once), through the background's shortlist messages.
 */
export const backupCommand: CliCommand = {
  name: 'backup',
  usage: ['backup FILE --url URL [FILE --url URL ...] [--shortlist NAME]'],
  async run(args) {
    const { pages, shortlistName } = parseBackupArgs(args);
    const db = memoryDatabase();
    const send = async (message: BackgroundMessage, what: string) => {
      const reply = await handleBackgroundMessage(message, db);
      if (!reply.ok) throw new Error(`${what}: ${reply.error}`);
      return reply;
    };
    const shortlistId = shortlistName ? (await send({ type: 'shortlist.create', name: shortlistName }, `shortlist "${shortlistName}"`)).id! : null;
    const listed = new Set<string>();
    for (const [index, page] of pages.entries()) {
      try {
        const reading = readSavedPage(page, null);
        await send({ type: 'reading.capture', visitId: `cli-visit-${index + 1}`, reading }, page.file);
        if (!shortlistId) continue;
        const creatorKey = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
        if (!creatorKey) {
          process.stderr.write(`castlist: ${page.file}: the page shows no creator to add to "${shortlistName}"\n`);
          continue;
        }
        if (listed.has(creatorKey)) continue;
        listed.add(creatorKey);
        await send({ type: 'shortlist.add', shortlistId, creatorKey }, `${page.file}: adding ${creatorKey} to "${shortlistName}"`);
      } catch (error) {
        if (error instanceof Error && !error.message.includes(page.file)) error.message = `${page.file}: ${error.message}`;
        throw error;
      }
    }
    process.stdout.write(`${await backupDatabase(db)}\n`);
    db.close();
  },
};

export function parseBackupArgs(args: readonly string[]): { pages: Array<{ file: string; url: string }>; shortlistName: string | null } {
  const pages: Array<{ file: string; url?: string }> = [];
  let shortlistName: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url' || arg === '--shortlist') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      i++;
      if (arg === '--shortlist') {
        shortlistName = value;
        continue;
      }
      const page = pages.at(-1);
      if (!page || page.url !== undefined) throw new UsageError(`--url ${value} follows no FILE: give FILE --url URL for each page`);
      page.url = value;
      continue;
    }
    if (arg.startsWith('--')) throw new UsageError(`backup does not know the option ${arg}`);
    pages.push({ file: arg });
  }
  if (pages.length === 0) throw new UsageError('backup needs at least one FILE --url URL');
  const missing = pages.find((page) => page.url === undefined);
  if (missing) throw new UsageError(`${missing.file} has no --url: give FILE --url URL for each page`);
  return { pages: pages as Array<{ file: string; url: string }>, shortlistName };
}
