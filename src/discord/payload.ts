/**
 * The payloads that cross the boundary between the bot and Discord, in
 * Discord's own JSON shape, so every transport (gateway, HTTP endpoint,
 * terminal) carries exactly the same thing.
 */
import type { APIEmbed, APIActionRowComponent, APIComponentInMessageActionRow, APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { ResponseType } from './limits.js';

/** `parse: []` stops every ping, whatever a user managed to get into the text. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[] });

export interface ReplyFile {
  name: string;
  data: Uint8Array;
  contentType: string;
  description?: string;
}

/** A message reply as Discord receives it in `data`, plus any files to attach. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: number;
  allowed_mentions: { parse: never[] };
  /** Sent as multipart attachments; the transports turn them into `attachments` entries. */
  files?: ReplyFile[];
}

export type Choice = APIApplicationCommandOptionChoice<string | number>;

export type InteractionResponse =
  | { type: typeof ResponseType.Pong }
  | {
      type: typeof ResponseType.ChannelMessageWithSource;
      data: Omit<Reply, 'files'> & { attachments?: { id: number; filename: string; description?: string }[] };
    }
  | { type: typeof ResponseType.DeferredChannelMessageWithSource; data?: { flags?: number } }
  | { type: typeof ResponseType.UpdateMessage; data: Omit<Reply, 'files'> }
  | { type: typeof ResponseType.AutocompleteResult; data: { choices: Choice[] } };

/** The JSON body Discord would receive for a reply: files become `attachments` entries. */
export function replyData(reply: Reply): MessageData {
  const { files, ...data } = reply;
  if (!files || files.length === 0) return data;
  return {
    ...data,
    attachments: files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })),
  };
}

/** The `data` of a message response (type 4), which is also what an edit or a follow-up message carries. */
export type MessageData = Extract<InteractionResponse, { type: 4 }>['data'];
