import { memoryDatabase } from './node-database';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { CsvFormatError } from '../../lib/csv/csv-text';
import { decodeCsvBytes } from '../../lib/csv/decode-csv-bytes';
import { applyCsvImport } from '../../lib/csv/import/apply-csv-import';
import { planCsvImport } from '../../lib/csv/import/plan-csv-import';
import { readBackupArgument } from './backup-file-input';
import { type CliCommand, UsageError, option, positional } from './args';

/**
 * `import-csv FILE.csv [--into BACKUP.json] [--shortlist NAME]`: the backup file of the database after importing
 * the CSV (into the backup's database, or an empty one). Castlist's own CSV names its lists; a spreadsheet from
 * elsewhere goes to the list NAME (default: the file's name). Skipped rows go to stderr as "row N: reason", then a
 * summary; exit 1 when no row could be used.
 */
export const importCsvCommand: CliCommand = {
  name: 'import-csv',
  usage: ['import-csv FILE.csv [--into BACKUP.json] [--shortlist NAME]'],
  async run(args) {
    const [file, extra] = positional(args);
    if (!file) throw new UsageError('import-csv needs FILE.csv');
    if (extra) throw new UsageError(`import-csv takes one FILE.csv (also got ${extra})`);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    const into = option(args, '--into');
    const backup = into ? readBackupArgument(into) : null;
    const now = Date.now();
    const shortlistName = option(args, '--shortlist') ?? (basename(file, extname(file)).trim().slice(0, 120) || 'Imported');

    let plan;
    try {
      plan = planCsvImport(decodeCsvBytes(bytes), { shortlistName, now });
    } catch (error) {
      if (error instanceof CsvFormatError) throw new Error(`${file}: ${error.message}`);
      throw error;
    }
    const db = memoryDatabase();
    if (backup) await restoreBackup(db, backup);
    const result = await applyCsvImport(db, plan, now);

    for (const { row, reason } of result.skipped) process.stderr.write(`row ${row}: ${reason}\n`);
    for (const { row, reason } of plan.warnings) process.stderr.write(`row ${row}: warning: ${reason}\n`);
    const usedRows = new Set(plan.rows.map((row) => row.row));
    for (const { row } of result.skipped) usedRows.delete(row);
    const lists = result.shortlists.map((list) => `"${list.name}"${list.created ? ' (new)' : ''}`).join(', ');
    process.stderr.write(
      `castlist: ${plan.format === 'castlist' ? "Castlist's CSV" : 'a CSV from elsewhere'}, ${plan.total} rows: ` +
        `${usedRows.size} imported, ${new Set(result.skipped.map((skip) => skip.row)).size} skipped; ` +
        `creators ${result.creators.created} new, ${result.creators.updated} updated, ${result.creators.matched} matched; ` +
        `entries ${result.entries.added} added, ${result.entries.updated} updated, ${result.entries.unchanged} unchanged` +
        `${lists ? ` on ${lists}` : ''}\n`,
    );
    if (usedRows.size === 0) {
      db.close();
      throw new Error(plan.total === 0 ? `${file} has a header but no rows` : `no row of ${file} could be imported`);
    }
    process.stdout.write(`${await backupDatabase(db)}\n`);
    db.close();
  },
};
