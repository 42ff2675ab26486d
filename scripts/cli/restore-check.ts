import { memoryDatabase } from './node-database';
import { restoreBackup } from '../../lib/backup/backup-database';
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES } from '../../lib/db/castlist-db';
import { readBackupArgument } from './backup-file-input';
import { type CliCommand, UsageError, positional } from './args';

/**
 * `restore-check BACKUP.json`: checks the file as a restore would (every row, then a real restore, upgrade included,
 * into a scratch database) and says what it holds; or exactly why it is refused (exit 1).
 */
export const restoreCheckCommand: CliCommand = {
  name: 'restore-check',
  usage: ['restore-check BACKUP.json'],
  async run(args) {
    const [file, extra] = positional(args);
    if (!file) throw new UsageError('restore-check needs BACKUP.json');
    if (extra) throw new UsageError(`restore-check takes one BACKUP.json (also got ${extra})`);
    const backup = readBackupArgument(file);
    const db = memoryDatabase();
    let result;
    try {
      result = await restoreBackup(db, backup);
    } catch (error) {
      throw new Error(`refused ${file}: restoring it fails, so nothing would change (${(error as Error).name}: ${(error as Error).message})`);
    }
    const lists = await db.shortlists.toArray();
    const lines = [
      `${file}: a Castlist backup (format version ${backup.formatVersion}, database schema v${backup.schemaVersion}), exported ${backup.exportedAt} by ${backup.generator}`,
      result.upgraded
        ? `restorable: upgrades from schema v${backup.schemaVersion} to v${CURRENT_SCHEMA_VERSION}`
        : `restorable: schema v${CURRENT_SCHEMA_VERSION}, as this Castlist`,
      // Rows per table after the restore; derived tables are not in the file, the restore builds them from its rows.
      ...Object.entries(result.tables).map(([table, rows]) => `  ${table}: ${rows}${DERIVED_TABLES.includes(table) ? ' (built by the restore from the posts, not in the file)' : ''}`),
    ];
    for (const list of lists.sort((a, b) => a.createdAt - b.createdAt)) {
      const entries = await db.shortlistEntries.where('shortlistId').equals(list.id).count();
      lines.push(`  shortlist ${JSON.stringify(list.name)}: ${entries} ${entries === 1 ? 'creator' : 'creators'}`);
    }
    db.close();
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
