/**
 * Interactions that once broke the bot, found by the fuzzing and kept as
 * fixed tests: test/fuzz/fuzz.test.ts replays every one through `app.handle` on
 * each `npm test`. `npm run fuzz` adds a case here (shrunk to its smallest
 * form) whenever it finds a new failure; keep it after fixing the bug.
 */
export interface Regression {
  /** The fuzz target that found it: `/year`, `/case autocomplete`, `unknown command`. */
  target: string;
  /** The day it was found. */
  found: string;
  /** What was wrong with the answer then. */
  problems: string[];
  incoming: unknown;
}

export const REGRESSIONS: Regression[] = [
  // npm run fuzz adds new cases above this line
];
