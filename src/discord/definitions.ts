/** The command definitions registered with Discord, in Discord's own JSON shape (checked by ./definitionRules.ts). */
import type { APIApplicationCommandBasicOption, LocalizationMap } from 'discord-api-types/v10';

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
