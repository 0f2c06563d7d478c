/**
 * How a command-line entry point reports what stopped it: bad data and bad
 * configuration as their own clear lines (every data problem on its own line,
 * `file: path: what is wrong`), anything else with its stack.
 */
import { ConfigError } from '../config/env.js';
import { DataError, formatProblem } from '../data/problems.js';

/** Writes the error to standard error and returns the exit code to use. */
export function reportStartupError(error: unknown): number {
  if (error instanceof DataError) {
    process.stderr.write(`The data is invalid, so the bot will not serve it:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    return 1;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

/** Runs a command-line entry point: its result is the exit code; whatever stops it is reported as above. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportStartupError(error);
    },
  );
}
