/**
 * The panel's file uploads, written by the background (the only writer): a CSV imported into shortlists
 * (lib/csv/import: planned from the text, then applied in one transaction), and a backup restored over the whole
 * database (lib/backup: the file is checked completely before anything is written, an older schema upgraded).
 * The panel plans and checks the same file first to show what will happen; the background does it again, because a
 * message is never taken on trust.
 */
import { restoreBackup, type RestoreResult } from '../backup/backup-database';
import { BackupRefusedError, readBackup } from '../backup/backup-file';
import { CsvFormatError } from '../csv/csv-text';
import { applyCsvImport, type CsvImportResult } from '../csv/import/apply-csv-import';
import { planCsvImport } from '../csv/import/plan-csv-import';
import type { CastlistDatabase } from '../db/castlist-db';
import type { BackgroundMessage } from '../messages/background-messages';

type MessageOf<Type extends BackgroundMessage['type']> = Extract<BackgroundMessage, { type: Type }>;

/** A file that cannot be used as it is: sending it again would be refused again; nothing was written. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

export async function importCsvFile(db: CastlistDatabase, message: MessageOf<'csv.import'>, now: number): Promise<{ imported: CsvImportResult }> {
  let plan;
  try {
    plan = planCsvImport(message.text, { shortlistName: message.shortlistName, now });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new DataFileError(`the file is not a CSV Castlist can read: ${error.message}`);
    throw error;
  }
  return { imported: await applyCsvImport(db, plan, now) };
}

export async function restoreBackupFile(db: CastlistDatabase, message: MessageOf<'backup.restore'>): Promise<{ restored: RestoreResult }> {
  let backup;
  try {
    backup = readBackup(message.text);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new DataFileError(`backup refused, nothing changed: ${error.message}`);
    throw error;
  }
  return { restored: await restoreBackup(db, backup) };
}
