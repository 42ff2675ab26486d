/** Every command of `npm run cli`, one module each (scripts/cli/<command>.ts), all running the extension's own code. */
import type { CliCommand } from './args';
import { campaignResultsCommand } from './campaign-results';
import { parseCountCommand } from './parse-count';
import { readPageCommand } from './read-page';
import { reportCommand } from './report';
import { utmCommand } from './utm';
import { scoreCommentsCommand } from './score-comments';

export const COMMANDS: readonly CliCommand[] = [readPageCommand, parseCountCommand, utmCommand, campaignResultsCommand, reportCommand, scoreCommentsCommand];
