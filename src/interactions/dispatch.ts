/**
 * The one entry point every transport calls: an interaction in, the response
 * Discord should receive out. It owns what every command shares (finding the
 * command, checking options, turning errors into a short ephemeral message,
 * keeping replies within Discord's limits), so command files only compute.
 */
import { InteractionType, LIMITS, ResponseType } from '../discord/limits.js';
import { NO_MENTIONS, replyData, type Choice, type InteractionResponse, type Reply, type ReplyFile } from '../discord/payload.js';
import type { Dataset } from '../dataset/dataset.js';
import { OptionError, parseOptions } from '../kit/options.js';
import type { CommandRegistry } from '../registry/registry.js';
import { labels } from '../i18n/labels.js';
import { componentKey, ReplyError, type CommandContext, type MessageCommand, type PressedMessage, type TargetMessage } from '../kit/command.js';
import { stripControls, withoutControls } from '../discord/controls.js';
import { errorReply, fitTotal, truncate } from '../render/embed.js';
import { escapeMarkdown } from '../discord/markdown.js';
import type { Logger } from '../log.js';

/** An interaction as every transport describes it: Discord's fields, flattened. */
export type Incoming = CommandIncoming | ComponentIncoming;

export interface CommandIncoming {
  type: typeof InteractionType.ApplicationCommand | typeof InteractionType.Autocomplete;
  commandName: string;
  /** Discord's `data.options`, unchecked. */
  options?: unknown;
  /** For a message command (context menu): the message it was used on. */
  target?: TargetMessage;
  locale?: string;
  userId?: string;
  /** Bytes a reply may attach (Discord's `attachment_size_limit`); none said: no limit (the terminal writes files to disk). */
  attachmentLimit?: number;
}

/**
 * A button pressed on one of the bot's messages (Discord's interaction type 3).
 *
 * Contract for every transport (the gateway does this; an HTTP endpoint must too):
 * - in: `{ type: 3, customId: body.data.custom_id, userId: body.member?.user.id ?? body.user?.id,
 *   locale: body.locale }`;
 * - out: `app.handle` answers `{ type: 7, data }` (UPDATE_MESSAGE: the message the button is on
 *   is replaced by `data`; discord.js `interaction.update`) or `{ type: 4, data }` with flag 64 (a
 *   private message to the presser, e.g. "only the person who asked can turn these pages";
 *   discord.js `interaction.reply`). Send it back as it is, as the HTTP response body.
 * - Button work is quick (no rendering), so it is never deferred.
 * The command that issued the button is found by the `custom_id`'s prefix, `<command name>:`.
 */
export interface ComponentIncoming {
  type: typeof InteractionType.MessageComponent;
  customId: string;
  /** The message the button is on, as Discord sends it with a press (a "post to channel" button re-posts it). */
  message?: PressedMessage;
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
  if (incoming.type === InteractionType.MessageComponent) return runComponent(incoming, deps);
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
    messageCommands: deps.registry.messageCommands,
    ...(incoming.type === InteractionType.MessageComponent && incoming.message ? { message: incoming.message } : {}),
    ...(incoming.type !== InteractionType.MessageComponent && typeof incoming.attachmentLimit === 'number'
      ? { attachmentLimit: incoming.attachmentLimit }
      : {}),
  };
}

/** A message command ("Check facts") on the message it was used on. */
async function runMessageCommand(command: MessageCommand, incoming: CommandIncoming, deps: DispatchDeps): Promise<Dispatched> {
  const t = labels(incoming.locale);
  const target = incoming.target;
  if (!target || typeof target.content !== 'string') return { ...message(errorReply(t.noTargetMessage)), outcome: 'invalid' };
  try {
    return { ...message(await command.run(target, contextFor(incoming, deps))), outcome: 'ok' };
  } catch (error) {
    deps.log.error({ err: error, command: command.key }, 'command failed');
    return { ...message(errorReply(t.commandFailed(command.definition.name))), outcome: 'failed' };
  }
}

async function runCommand(incoming: CommandIncoming, deps: DispatchDeps): Promise<Dispatched> {
  const onMessage = incoming.target !== undefined ? deps.registry.message(String(incoming.commandName)) : undefined;
  if (onMessage) return runMessageCommand(onMessage, incoming, deps);
  const command = deps.registry.get(incoming.commandName);
  const t = labels(incoming.locale);
  if (!command) return { ...message(errorReply(t.noSuchCommand(escapeMarkdown(truncate(String(incoming.commandName), 32))))), outcome: 'invalid' };
  const name = command.definition.name;
  try {
    const { options } = parseOptions(command.definition, incoming.options, 'run');
    return { ...message(await command.run(options, contextFor(incoming, deps))), outcome: 'ok' };
  } catch (error) {
    if (error instanceof OptionError) return { ...message(errorReply(t.optionProblem(name, error.problem))), outcome: 'invalid' };
    if (error instanceof ReplyError) return { ...message(errorReply(`/${name}: ${error.message}`)), outcome: 'invalid' };
    deps.log.error({ err: error, command: name }, 'command failed');
    return { ...message(errorReply(t.commandFailed(name))), outcome: 'failed' };
  }
}

async function autocomplete(incoming: CommandIncoming, deps: DispatchDeps): Promise<{ choices: Choice[]; outcome: Outcome }> {
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

async function runComponent(incoming: ComponentIncoming, deps: DispatchDeps): Promise<Dispatched> {
  const customId = typeof incoming.customId === 'string' ? incoming.customId : '';
  const command = deps.registry.forComponent(customId);
  const t = labels(incoming.locale);
  if (!command?.onComponent) return { ...message(errorReply(t.buttonGone)), outcome: 'invalid' };
  try {
    const answer = await command.onComponent(customId, contextFor(incoming, deps));
    return { ...('update' in answer ? update(answer.update) : message(answer.reply)), outcome: 'ok' };
  } catch (error) {
    deps.log.error({ err: error, command: componentKey(command) }, 'button failed');
    return { ...message(errorReply(t.buttonFailed(command.definition.name))), outcome: 'failed' };
  }
}

/** At most 25 choices, names 1–100 characters; a value too long to send is dropped, never cut (it would then mean something else). */
export function safeChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => typeof c.value !== 'string' || c.value.length <= LIMITS.choiceValue)
    .map((c) => ({ ...c, name: truncate(stripControls(c.name).replace(/\s+/g, ' ').trim(), LIMITS.choiceName) }))
    .filter((c) => c.name.length > 0)
    .slice(0, LIMITS.autocompleteChoices);
}

/** The limits, the no-ping rule and no control or bidi characters (src/render/controls.ts), re-applied whatever the command did. */
function safeReply(reply: Reply): Reply {
  // Every string, file names and alt text included; a file's bytes are left as they are.
  const safe: Reply = { ...withoutControls(reply), allowed_mentions: NO_MENTIONS };
  if (safe.content !== undefined) safe.content = truncate(safe.content, LIMITS.content);
  if (safe.embeds) safe.embeds = fitTotal(safe.embeds.slice(0, LIMITS.embedsPerMessage));
  return safe;
}

/** Wraps a reply as Discord's response. */
export function message(reply: Reply): Dispatched {
  const safe = safeReply(reply);
  return { response: { type: ResponseType.ChannelMessageWithSource, data: replyData(safe) }, files: safe.files ?? [] };
}

/** Wraps a new version of the message a button is on as Discord's UPDATE_MESSAGE response. */
export function update(reply: Reply): Dispatched {
  const { files: _files, ...data } = safeReply(reply);
  // Paging answers keep the buttons row even when a page has none, so Discord removes old ones.
  return { response: { type: ResponseType.UpdateMessage, data: { ...data, components: data.components ?? [] } }, files: [] };
}
