/**
 * Castlist's command line, running exactly the code the extension runs. Each command lives in scripts/cli/<name>.ts
 * and is listed in scripts/cli/commands.ts; `npm run cli` with no command prints them all.
 *
 * Exit codes: 0 done; 1 the input could not be used (the message says why); 2 the command was called wrongly.
 */
import { UsageError } from './cli/args';
import { COMMANDS } from './cli/commands';

const USAGE = `usage:\n${COMMANDS.flatMap((command) => command.usage.map((line) => `  npm run cli -- ${line}`)).join('\n')}`;

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(name ? `unknown command "${name}"` : 'no command given');
  await command.run(args);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`castlist: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
