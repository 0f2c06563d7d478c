/** The command definitions registered with Discord, in Discord's own JSON shape (checked by ./definitionRules.ts). */
import type { APIApplicationCommandBasicOption, LocalizationMap } from 'discord-api-types/v10';
import type { ApplicationCommandType } from './limits.js';

/** The JSON registered with Discord for a chat-input (slash) command without subcommands. */
export interface CommandDefinition {
  name: string;
  description: string;
  name_localizations?: LocalizationMap;
  description_localizations?: LocalizationMap;
  options?: APIApplicationCommandBasicOption[];
  /** 0 guild, 1 bot DM, 2 private channel. */
  contexts?: number[];
  integration_types?: number[];
  nsfw?: boolean;
}

/**
 * A command on a message's context menu (right-click a message, Apps):
 * application command type 3. Discord takes a name (1–32 characters, capitals
 * and spaces allowed: "Check facts") and no description and no options.
 */
export interface MessageCommandDefinition {
  type: typeof ApplicationCommandType.Message;
  name: string;
  name_localizations?: LocalizationMap;
  contexts?: number[];
  integration_types?: number[];
  nsfw?: boolean;
}
