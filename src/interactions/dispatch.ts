/**
 * The one entry point every transport calls: an interaction in, the response
 * Discord should receive out. It owns what every command shares (finding the
 * command, checking options, turning errors into a short ephemeral message,
 * keeping replies within Discord's limits), so command files only compute.
 */
import { InteractionType, LIMITS, ResponseType } from '../discord/limits.js';
import { NO_MENTIONS, replyData, type Choice, type InteractionResponse, type Reply, type ReplyFile } from '../discord/payload.js';
import type { Dataset } from '../data/dataset.js';
import { OptionError, parseOptions } from '../commands/options.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { CommandContext } from '../commands/types.js';
import { errorReply, fitTotal, truncate } from '../render/embed.js';
import type { Logger } from '../log.js';

/** An interaction as every transport describes it: Discord's fields, flattened. */
export interface Incoming {
  type: typeof InteractionType.ApplicationCommand | typeof InteractionType.Autocomplete;
  commandName: string;
  /** Discord's `data.options`, unchecked. */
  options?: unknown;
  locale?: string;
  userId?: string;
}

export interface DispatchDeps {
  registry: CommandRegistry;
  /** Read at each interaction, so a reload takes effect for the next one. */
  data: () => Dataset;
  log: Logger;
}

export const DEFAULT_LOCALE = 'en-US';

/**
 * How an interaction ended, for the log line written for each one:
 * `ok` the handler answered (possibly with its own error message, such as a
 * year outside the data); `invalid` the options or command name were refused
 * before any handler ran; `failed` the handler threw. The layers around
 * dispatch (src/interactions/handle.ts) add `cooldown`, `silenced` and `closed`.
 */
export type Outcome = 'ok' | 'invalid' | 'failed' | 'cooldown' | 'silenced' | 'closed';

/**
 * The response as Discord's JSON, and the files that go with it as attachments.
 *
 * THE "SEND NOTHING" CONTRACT, for every transport: `response: null` means the
 * bot deliberately does not answer this interaction (today: a user over the
 * cooldown budget who has already been told once). A transport then sends
 * no interaction response at all: the gateway makes no callback (and deletes
 * a reply it had already deferred); an HTTP endpoint ends Discord's POST at
 * once with no interaction response in it (e.g. an empty 204) rather than
 * holding it open, and Discord shows the user its own "did not respond" note;
 * the terminal prints a short note and `ask` prints nothing (`null` with --json).
 * It is never null for autocomplete, which is not rate-limited.
 */
export interface Dispatched {
  response: InteractionResponse | null;
  files: ReplyFile[];
  /** Set by dispatch for the logs; transports need not read it. */
  outcome?: Outcome;
}

export async function dispatch(incoming: Incoming, deps: DispatchDeps): Promise<Dispatched> {
  if (incoming.type === InteractionType.Autocomplete) {
    const { choices, outcome } = await autocomplete(incoming, deps);
    return { response: { type: ResponseType.AutocompleteResult, data: { choices } }, files: [], outcome };
  }
  return runCommand(incoming, deps);
}

function contextFor(incoming: Incoming, deps: DispatchDeps): CommandContext {
  return {
    data: deps.data(),
    locale: typeof incoming.locale === 'string' ? incoming.locale : DEFAULT_LOCALE,
    userId: typeof incoming.userId === 'string' ? incoming.userId : 'unknown',
    commands: deps.registry.list,
  };
}

async function runCommand(incoming: Incoming, deps: DispatchDeps): Promise<Dispatched> {
  const command = deps.registry.get(incoming.commandName);
  if (!command) return { ...message(errorReply(`There is no command /${truncate(String(incoming.commandName), 32)} here. Try /help.`)), outcome: 'invalid' };
  try {
    const { options } = parseOptions(command.definition, incoming.options, 'run');
    return { ...message(await command.run(options, contextFor(incoming, deps))), outcome: 'ok' };
  } catch (error) {
    if (error instanceof OptionError) return { ...message(errorReply(`/${command.definition.name}: ${error.message}.`)), outcome: 'invalid' };
    deps.log.error({ err: error, command: command.definition.name }, 'command failed');
    return { ...message(errorReply(`Sorry, /${command.definition.name} failed. The error has been logged; please try again.`)), outcome: 'failed' };
  }
}

async function autocomplete(incoming: Incoming, deps: DispatchDeps): Promise<{ choices: Choice[]; outcome: Outcome }> {
  const command = deps.registry.get(incoming.commandName);
  if (!command?.autocomplete) return { choices: [], outcome: 'invalid' };
  try {
    const { options, focused } = parseOptions(command.definition, incoming.options, 'autocomplete');
    if (!focused) return { choices: [], outcome: 'invalid' };
    return { choices: safeChoices(await command.autocomplete(focused, options, contextFor(incoming, deps))), outcome: 'ok' };
  } catch (error) {
    // Half-typed input is normal here; an empty list is the right answer to anything odd.
    if (error instanceof OptionError) return { choices: [], outcome: 'invalid' };
    deps.log.error({ err: error, command: command.definition.name }, 'autocomplete failed');
    return { choices: [], outcome: 'failed' };
  }
}

/** At most 25 choices, names 1–100 characters; a value too long to send is dropped, never cut (it would then mean something else). */
export function safeChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => typeof c.value !== 'string' || c.value.length <= LIMITS.choiceValue)
    .map((c) => ({ ...c, name: truncate(c.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName) }))
    .filter((c) => c.name.length > 0)
    .slice(0, LIMITS.autocompleteChoices);
}

/** Wraps a reply as Discord's response, re-applying the limits and the no-ping rule whatever the command did. */
export function message(reply: Reply): Dispatched {
  const safe: Reply = { ...reply, allowed_mentions: NO_MENTIONS };
  if (safe.content !== undefined) safe.content = truncate(safe.content, LIMITS.content);
  if (safe.embeds) safe.embeds = fitTotal(safe.embeds.slice(0, LIMITS.embedsPerMessage));
  return { response: { type: ResponseType.ChannelMessageWithSource, data: replyData(safe) }, files: safe.files ?? [] };
}
