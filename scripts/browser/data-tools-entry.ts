/**
 * The backup and CSV code as one script for a page of the extension (bundled by esbuild for the end-to-end tests):
 * what the panel will call, run on the extension's own IndexedDB in Chromium.
 */
import './zod-jitless';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { readBackup } from '../../lib/backup/backup-file';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { collectExportRows } from '../../lib/csv/collect-export-rows';
import { exportCsv } from '../../lib/csv/export-csv';
import { applyCsvImport } from '../../lib/csv/import/apply-csv-import';
import { planCsvImport } from '../../lib/csv/import/plan-csv-import';

export const dataTools = { CastlistDatabase, backupDatabase, readBackup, restoreBackup, collectExportRows, exportCsv, planCsvImport, applyCsvImport };

(globalThis as { castlistDataTools?: typeof dataTools }).castlistDataTools = dataTools;
