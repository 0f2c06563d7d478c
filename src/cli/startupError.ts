/**
 * How a command-line entry point reports what stopped it: bad data and bad
 * configuration as their own clear lines (every data problem on its own line,
 * `file: path: what is wrong`), anything else with its stack.
 */
import { ConfigError } from '../config/env.js';
import { DataError } from '../data/problems.js';

/** Writes the error to standard error and returns the exit code to use. */
export function reportStartupError(error: unknown): number {
  if (error instanceof DataError) {
    process.stderr.write(`The data is invalid, so the bot will not serve it:\n${error.problems.map((p) => `  ${p.file}: ${p.path || '(whole file)'}: ${p.message}`).join('\n')}\n`);
    return 1;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
