/**
 * Turns the bot's response into what discord.js sends, and discord.js's
 * interaction into the bot's. Kept apart so the gateway code stays about
 * timing and errors.
 */
import { MessagePayload, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type CommandInteractionOption } from 'discord.js';
import type { CommandIncoming, ComponentIncoming } from '../interactions/dispatch.js';
import { InteractionType } from './limits.js';
import type { InteractionResponse, ReplyFile } from './payload.js';

function rawOptions(options: readonly CommandInteractionOption[]) {
  return options.map((o) => ({ name: o.name, type: o.type, value: o.value, ...(o.focused ? { focused: true } : {}) }));
}

export function incomingFrom(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandIncoming {
  return {
    type: interaction.isAutocomplete() ? InteractionType.Autocomplete : InteractionType.ApplicationCommand,
    commandName: interaction.commandName,
    options: rawOptions(interaction.options.data),
    locale: interaction.locale,
    userId: interaction.user.id,
  };
}

export function componentIncomingFrom(interaction: ButtonInteraction): ComponentIncoming {
  return { type: InteractionType.MessageComponent, customId: interaction.customId, locale: interaction.locale, userId: interaction.user.id };
}

type MessageData = Extract<InteractionResponse, { type: 4 | 7 }>['data'];

/**
 * The reply as discord.js sends it, byte for byte the JSON the dispatcher
 * made (and the HTTP endpoint and `npm run ask -- --json` give). Built from
 * reply options, discord.js would rewrite it on the way out: `tts: false` and
 * `enforce_nonce: false` added, embeds and components passed through its JSON
 * transformer. A MessagePayload whose body is already resolved goes out as it
 * is (discord.js's resolveBody() and resolveFiles() keep a body and files that
 * are set); files become `files[i]` parts beside `payload_json`.
 */
export function replyPayload(target: ChatInputCommandInteraction | ButtonInteraction, data: MessageData, files: readonly ReplyFile[] = []): MessagePayload {
  const payload = new MessagePayload(target, {});
  payload.body = data as NonNullable<MessagePayload['body']>;
  payload.files = files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: f.contentType }));
  return payload;
}
