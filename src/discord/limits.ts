/**
 * Discord's limits, in one place (../shared/reference/discord.md, from
 * Discord's API documentation). Everything that builds or checks a reply
 * reads them from here.
 */
import type { APIEmbed } from 'discord-api-types/v10';

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of a message, together. */
  embedsTotal: 6000,
  commandName: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  autocompleteChoices: 25,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
} as const;

/** Command and option names: letters, digits, `-`, `_` and `'`, lower-case where a lower-case form exists. */
export const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Seconds Discord waits for the first response before the interaction token dies. */
export const INITIAL_RESPONSE_MS = 3000;

/** How far from the server's clock a signed request's timestamp may be: the window in which a captured request could be replayed. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/**
 * What a reply may attach, in bytes, when an interaction does not say: the
 * upload limit of a server without boosts. Discord states each interaction's
 * own limit in its `attachment_size_limit`, and that is what is used.
 */
export const DEFAULT_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Message flag that shows a reply only to the person who asked. */
export const EPHEMERAL = 64;

export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;

/** What kind of application command: a slash command, or one on a user's or a message's context menu. */
export const ApplicationCommandType = { ChatInput: 1, User: 2, Message: 3 } as const;

/** A user or message command's name: 1–32 characters, capitals and spaces allowed, not blank at either end. */
export const CONTEXT_MENU_NAME = /^\S(?:.{0,30}\S)?$/u;

export const ResponseType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
} as const;

export const ComponentType = { ActionRow: 1, Button: 2 } as const;

/** Style 5 is a link button: it opens a url and sends no interaction, so it has no custom_id. */
export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3, Danger: 4, Link: 5, Premium: 6 } as const;

export const OptionType = { String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Mentionable: 9, Number: 10 } as const;

/** Characters that count towards the 6000 total of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
