import { memoryDatabase } from './node-database';
import { readFileSync } from 'node:fs';
import { restoreBackup } from '../../lib/backup/backup-database';
import { collectExportRows } from '../../lib/csv/collect-export-rows';
import { exportCsv } from '../../lib/csv/export-csv';
import { CSV_PRESETS, type CsvPreset, type GrinColumn } from '../../lib/csv/presets';
import { readBackupArgument } from './backup-file-input';
import { type CliCommand, UsageError, flag, option, positional } from './args';

/**
 * `export-csv BACKUP.json [--shortlist NAME] [--preset castlist|upfluence|aspire|grin] [--bom] [--grin-columns FILE]`:
 * the CSV the panel would download for that backup (restored into a scratch database, then exported by the same
 * code). Without --shortlist, every list's entries and then every creator on no list. Warnings (what the CRM will
 * not like) go to stderr.
 */
export const exportCsvCommand: CliCommand = {
  name: 'export-csv',
  usage: [
    'export-csv BACKUP.json [--shortlist NAME] [--preset castlist|upfluence|aspire|grin] [--bom]',
    'export-csv BACKUP.json --preset grin --grin-columns FILE.json   (GRIN header row: [{"header": "…", "field": "…"}, …])',
  ],
  async run(args) {
    const [file, extra] = positional(args, ['--bom']);
    if (!file) throw new UsageError('export-csv needs BACKUP.json');
    if (extra) throw new UsageError(`export-csv takes one BACKUP.json (also got ${extra})`);
    const preset = (option(args, '--preset') ?? 'castlist') as CsvPreset;
    if (!CSV_PRESETS.includes(preset)) throw new UsageError(`--preset must be one of ${CSV_PRESETS.join(', ')}`);
    const grinFile = option(args, '--grin-columns');
    if (grinFile && preset !== 'grin') throw new UsageError('--grin-columns goes with --preset grin');
    const grinColumns = grinFile ? readGrinColumns(grinFile) : undefined;

    const backup = readBackupArgument(file);
    const db = memoryDatabase();
    await restoreBackup(db, backup);
    const shortlistName = option(args, '--shortlist');
    const rows = await collectExportRows(db, shortlistName === undefined ? {} : { shortlistName });
    const result = exportCsv(rows, { preset, bom: flag(args, '--bom'), ...(grinColumns ? { grinColumns } : {}) });
    db.close();
    process.stdout.write(result.text);
    for (const warning of result.warnings) process.stderr.write(`castlist: ${warning}\n`);
  },
};

function readGrinColumns(file: string): GrinColumn[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--grin-columns ${file}: ${(error as Error).message}`);
  }
  const valid =
    Array.isArray(json) &&
    json.every((item) => typeof item === 'object' && item !== null && typeof item.header === 'string' && typeof item.field === 'string');
  if (!valid) throw new Error(`--grin-columns ${file}: expected a JSON array of {"header": "…", "field": "…"}`);
  return json as GrinColumn[];
}
