/**
 * Turns the bot's response into what discord.js sends, and discord.js's
 * interaction into the bot's. Kept apart so the gateway code stays about
 * timing and errors.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, CommandInteractionOption, InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
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

type UpdateData = Extract<InteractionResponse, { type: 7 }>['data'];

/** A new version of the message a button is on; an empty `components` removes the old buttons. */
export function updateOptions(data: UpdateData): InteractionUpdateOptions {
  return {
    ...(data.content !== undefined ? { content: data.content } : {}),
    ...(data.embeds ? { embeds: data.embeds } : {}),
    components: data.components ?? [],
    allowedMentions: { parse: [] },
  } as InteractionUpdateOptions;
}

type MessageData = Extract<InteractionResponse, { type: 4 }>['data'];

/** The reply as discord.js options; discord.js writes it back out as the same JSON. */
export function replyOptions(data: MessageData, files: readonly ReplyFile[]): InteractionReplyOptions & { flags?: number } {
  return {
    ...(data.content !== undefined ? { content: data.content } : {}),
    ...(data.embeds ? { embeds: data.embeds } : {}),
    ...(data.components ? { components: data.components } : {}),
    ...(data.flags !== undefined ? { flags: data.flags } : {}),
    allowedMentions: { parse: [] },
    ...(files.length > 0 ? { files: files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
  } as InteractionReplyOptions & { flags?: number };
}
