/**
 * Runs the fuzzing: one target per command handler, one per autocomplete
 * handler and one for unknown command names, all read from the command
 * registry, each driven through `app.handle`, the entry every transport
 * uses. Shared by the quick run in `npm test` and the long `npm run fuzz`.
 */
import fc from 'fast-check';
import type { App } from '../../src/app.js';
import type { Command } from '../../src/kit/command.js';
import { InteractionType, ResponseType } from '../../src/discord/limits.js';
import { responseProblems } from '../../src/discord/validate.js';
import type { Dispatched, Incoming } from '../../src/interactions/dispatch.js';
import { commandInteraction, messageCommandInteraction, unknownCommandInteraction, type Suggestions } from './arbitraries.js';

export interface FuzzTarget {
  /** `/year`, `/year autocomplete`, `unknown command`. */
  name: string;
  arbitrary: fc.Arbitrary<Incoming>;
}

/** What each of the command's autocompleted options suggests when nothing is typed yet. */
async function suggestionsFor(app: Pick<App, 'handle'>, command: Command): Promise<Suggestions> {
  const out = new Map<string, unknown[]>();
  for (const option of command.definition.options ?? []) {
    if (!('autocomplete' in option && option.autocomplete)) continue;
    const { response } = await app.handle({
      type: InteractionType.Autocomplete,
      commandName: command.definition.name,
      options: [{ name: option.name, type: option.type, value: '', focused: true }],
    });
    if (response?.type === ResponseType.AutocompleteResult)
      out.set(
        option.name,
        response.data.choices.map((c) => c.value),
      );
  }
  return out;
}

/** Every handler in the registry, so a command added later is fuzzed without touching this file. */
export async function fuzzTargets(app: Pick<App, 'handle' | 'registry'>): Promise<FuzzTarget[]> {
  const targets: FuzzTarget[] = [];
  for (const command of app.registry.list) {
    const suggested = await suggestionsFor(app, command);
    targets.push({ name: `/${command.definition.name}`, arbitrary: commandInteraction(command, 'run', suggested) });
    if (command.autocomplete)
      targets.push({ name: `/${command.definition.name} autocomplete`, arbitrary: commandInteraction(command, 'autocomplete', suggested) });
  }
  for (const command of app.registry.messageCommands) targets.push({ name: `"${command.definition.name}"`, arbitrary: messageCommandInteraction(command) });
  targets.push({ name: 'unknown command', arbitrary: unknownCommandInteraction(app.registry.list.map((c) => c.definition.name)) });
  return targets;
}

/** What is wrong with the bot's answer to one interaction; empty when Discord would accept it and nobody could be pinged. */
export async function answerProblems(app: Pick<App, 'handle'>, incoming: Incoming, outcomes?: Map<string, number>): Promise<string[]> {
  let result: Dispatched;
  try {
    result = await app.handle(incoming);
  } catch (error) {
    return [`threw out of the handler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const { response } = result;
  if (outcomes) outcomes.set(result.outcome ?? 'unknown', (outcomes.get(result.outcome ?? 'unknown') ?? 0) + 1);
  // The fuzzing app has no cooldown, so every interaction must get an answer.
  if (response === null) return ['sent nothing'];
  const wanted = incoming.type === InteractionType.Autocomplete ? ResponseType.AutocompleteResult : ResponseType.ChannelMessageWithSource;
  const problems = responseProblems(response);
  if (response.type !== wanted) problems.push(`response type ${response.type}, expected ${wanted}`);
  try {
    JSON.stringify(response);
  } catch (error) {
    problems.push(`cannot be sent as JSON: ${String(error)}`);
  }
  return problems;
}

export interface FuzzFailure {
  target: string;
  /** The smallest failing interaction fast-check found, as JavaScript source (fc.stringify). */
  incoming: string;
  problems: string[];
}

export interface FuzzReport {
  target: string;
  tried: number;
  failed: number;
  seed: number;
  /** How the interactions ended (`ok` reached the handler, `invalid` was refused before it), to show the fuzzing reaches the handlers. */
  outcomes: Record<string, number>;
  /** The longest one interaction took, in ms: a hint at input that could hold the bot up (not a pass/fail figure). */
  slowestMs: number;
  /** The first failure, shrunk to its smallest form. */
  failure?: FuzzFailure;
}

/**
 * Tries `runs` interactions on one target and counts every failure (the run
 * does not stop at the first), then shrinks the first failure so it can be
 * kept as a regression case.
 */
export async function fuzzTarget(app: Pick<App, 'handle'>, target: FuzzTarget, runs: number, seed: number): Promise<FuzzReport> {
  let tried = 0;
  let failed = 0;
  let slowestMs = 0;
  const counted = new Map<string, number>();
  await fc.check(
    fc.asyncProperty(target.arbitrary, async (incoming) => {
      tried += 1;
      const started = performance.now();
      if ((await answerProblems(app, incoming, counted)).length > 0) failed += 1;
      slowestMs = Math.max(slowestMs, performance.now() - started);
      return true;
    }),
    { numRuns: runs, seed },
  );
  const outcomes = Object.fromEntries([...counted].sort());
  slowestMs = Math.round(slowestMs);
  if (failed === 0) return { target: target.name, tried, failed, seed, outcomes, slowestMs };
  let problems: string[] = [];
  const shrunk = await fc.check(
    fc.asyncProperty(target.arbitrary, async (incoming) => {
      problems = await answerProblems(app, incoming);
      return problems.length === 0;
    }),
    { numRuns: runs, seed },
  );
  const example = shrunk.counterexample?.[0];
  // Re-run the smallest case: the last `problems` seen may belong to a shrinking step that passed.
  if (example !== undefined) problems = await answerProblems(app, example);
  return {
    target: target.name,
    tried,
    failed,
    seed,
    outcomes,
    slowestMs,
    failure: { target: target.name, incoming: example === undefined ? '(not reproduced)' : fc.stringify(example), problems },
  };
}
