/** Every command of `npm run cli`, one module each (scripts/cli/<command>.ts), all running the extension's own code. */
import type { CliCommand } from './args';
import { parseCountCommand } from './parse-count';
import { readPageCommand } from './read-page';
import { scoreCommentsCommand } from './score-comments';

export const COMMANDS: readonly CliCommand[] = [readPageCommand, parseCountCommand, scoreCommentsCommand];
