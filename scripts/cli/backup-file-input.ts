import { readFileSync } from 'node:fs';
import { BackupRefusedError, readBackup, type ValidBackup } from '../../lib/backup/backup-file';

/** A backup file given on the command line, checked; a refusal names the file and says why (exit 1). */
export function readBackupArgument(file: string): ValidBackup {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return readBackup(text);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new Error(`refused ${file}: ${error.message}`);
    throw error;
  }
}
