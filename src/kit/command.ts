/**
 * What a command file exports. A command computes a reply from its options
 * and the dataset; it never touches the transport (gateway, HTTP endpoint or
 * terminal), which only carries what it returns.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { CommandDefinition, MessageCommandDefinition } from '../discord/definitions.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Choice, Reply } from '../discord/payload.js';
import type { CommandOptions } from './options.js';

export interface CommandContext {
  readonly data: Dataset;
  /** Discord locale of the person asking, e.g. `en-US` or `zh-CN`. */
  readonly locale: string;
  readonly userId: string;
  /** Every loaded slash command, for /help. */
  readonly commands: readonly Command[];
  /** Every loaded message command, for /help. */
  readonly messageCommands?: readonly MessageCommand[];
  /** For a button press: the message the button is on, as Discord sends it with the press. */
  readonly message?: PressedMessage;
  /** Bytes a reply may attach here (Discord says, per interaction); undefined: no limit, as in the terminal. */
  readonly attachmentLimit?: number;
}

/** The message a button is on, as far as a handler reads it. */
export interface PressedMessage {
  content?: string;
  embeds?: APIEmbed[];
}

/** The message a message command was used on: Discord sends its content with the interaction. */
export interface TargetMessage {
  id: string;
  /** Empty for a message of only images or embeds. */
  content: string;
}

export interface FocusedOption {
  name: string;
  /** What has been typed so far: always text, even for an integer option. */
  value: string;
}

/**
 * What pressing one of a command's buttons does: `update` replaces the
 * message the button is on (Discord's type 7), `reply` answers with a new
 * message, e.g. a private refusal (type 4).
 */
export type ComponentAnswer = { update: Reply } | { reply: Reply };

export interface Command {
  definition: CommandDefinition;
  /** Lines as typed in Discord's chat bar, shown by /help and exercised by the tests. */
  examples: readonly string[];
  run(options: CommandOptions, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(focused: FocusedOption, options: CommandOptions, ctx: CommandContext): Choice[] | Promise<Choice[]>;
  /**
   * Buttons on this command's replies: every `custom_id` it issues starts with
   * `<command name>:`, and the dispatcher routes a press back here by that
   * prefix. State travels in the `custom_id` itself, so a press still works
   * after a restart.
   */
  onComponent?(customId: string, ctx: CommandContext): ComponentAnswer | Promise<ComponentAnswer>;
  /**
   * Acknowledge at once (Discord's type 5, "thinking…") and send the reply
   * when it is ready, for work that may not fit Discord's 3-second window
   * (rendering an image). Without it a transport still defers anything that
   * runs close to the window.
   */
  defer?: boolean;
  /**
   * Work worth doing before anyone asks (drawing the charts), run in the
   * background after start and after each reload, with the data then served.
   */
  warm?(data: Dataset): Promise<void>;
}

/** Identity function that checks a command module's shape where it is written. */
export function defineCommand(command: Command): Command {
  return command;
}

/**
 * A command on a message's context menu ("Check facts"): it runs on the
 * message it was used on. Its `key` (the file's name, `check-facts`) starts
 * the `custom_id` of its buttons and names it in the terminal, where
 * `/message check-facts <text>` runs it on a pasted line.
 */
export interface MessageCommand {
  definition: MessageCommandDefinition;
  key: string;
  /** Terminal lines (`/message check-facts …`), shown by /help and exercised by the tests. */
  examples: readonly string[];
  run(target: TargetMessage, ctx: CommandContext): Reply | Promise<Reply>;
  onComponent?(customId: string, ctx: CommandContext): ComponentAnswer | Promise<ComponentAnswer>;
  defer?: boolean;
}

export function defineMessageCommand(command: MessageCommand): MessageCommand {
  return command;
}

export type AnyCommand = Command | MessageCommand;

export function isMessageCommand(command: AnyCommand): command is MessageCommand {
  return 'type' in command.definition && command.definition.type === 3;
}

/** What starts the `custom_id` of a command's buttons: a slash command's name, a message command's key. */
export function componentKey(command: AnyCommand): string {
  return isMessageCommand(command) ? command.key : command.definition.name;
}

/**
 * A command's own refusal, already in the asker's words (from labels): the
 * asker gets it as a short private message, `/<command>: <message>`. For
 * what the data cannot answer, such as a country no case is tied to.
 */
export class ReplyError extends Error {
  override name = 'ReplyError';
}
