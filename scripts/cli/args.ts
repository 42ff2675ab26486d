/** The command line's small shared vocabulary: options, positionals, and the usage error that exits with 2. */

/** A mistake in how a command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** The value after `--name`, or undefined. */
export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Every value given after a repeated `--name` (`--url A --url B`). */
export function options(args: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length - 1; i++) if (args[i] === name) values.push(args[i + 1]!);
  return values;
}

/** Whether the flag `--name` (which takes no value) is present. */
export function flag(args: readonly string[], name: string): boolean {
  return args.includes(name);
}

/**
 * The arguments that are not options. `flags` names the options that take no value (everything else starting with
 * `--` is followed by its value).
 */
export function positional(args: readonly string[], flags: readonly string[] = []): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      if (!flags.includes(arg)) i++;
      continue;
    }
    values.push(arg);
  }
  return values;
}

/** One command of `npm run cli -- <name> …`. */
export interface CliCommand {
  name: string;
  /** Lines of the usage text, without the `npm run cli -- ` prefix. */
  usage: string[];
  run(args: string[]): Promise<void>;
}
