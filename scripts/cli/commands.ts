/** Every command of `npm run cli`, one module each (scripts/cli/<command>.ts), all running the extension's own code. */
import type { CliCommand } from './args';
import { backupCommand } from './backup';
import { campaignResultsCommand } from './campaign-results';
import { exportCsvCommand } from './export-csv';
import { importCsvCommand } from './import-csv';
import { parseCountCommand } from './parse-count';
import { readPageCommand } from './read-page';
import { reportCommand } from './report';
import { restoreCheckCommand } from './restore-check';
import { scoreCommentsCommand } from './score-comments';
import { utmCommand } from './utm';

export const COMMANDS: readonly CliCommand[] = [
  readPageCommand,
  parseCountCommand,
  utmCommand,
  campaignResultsCommand,
  reportCommand,
  scoreCommentsCommand,
  backupCommand,
  exportCsvCommand,
  importCsvCommand,
  restoreCheckCommand,
];
