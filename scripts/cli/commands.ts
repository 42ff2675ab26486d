/** Every command of `npm run cli`, one module each (scripts/cli/<command>.ts), all running the extension's own code. */
import type { CliCommand } from './args';
import { backupCommand } from './backup';
import { exportCsvCommand } from './export-csv';
import { importCsvCommand } from './import-csv';
import { parseCountCommand } from './parse-count';
import { readPageCommand } from './read-page';
import { restoreCheckCommand } from './restore-check';

export const COMMANDS: readonly CliCommand[] = [readPageCommand, parseCountCommand, backupCommand, exportCsvCommand, importCsvCommand, restoreCheckCommand];
