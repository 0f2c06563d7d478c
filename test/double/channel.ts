/**
 * The one channel the Discord double keeps: the messages the bot's answers
 * made (replies, placeholders, follow-ups), messages posted before a test
 * began, and reporters' own messages, each as Discord returns it. Edits apply
 * as Discord applies them; outside this module a message is only ever seen as
 * a copy.
 */
import { snowflake } from './ids.js';
import {
  APPLICATION_ID,
  BOT_USER_ID,
  CHANNEL_ID,
  DEFAULT_USER_ID,
  GUILD_ID,
  userObject,
  userOf,
  type ButtonPressSpec,
  type InteractionPayload,
} from './interactions.js';
import { messageProblems } from './messageRules.js';
import type { SentFile } from './restCall.js';

/** A message in the channel, as Discord returns it. */
export type DiscordMessage = Record<string, unknown> & { id: string };

export class Channel {
  private readonly messages = new Map<string, DiscordMessage>();

  /** The message as it stands now (a copy), or undefined once deleted. */
  messageById(id: string): DiscordMessage | undefined {
    const message = this.messages.get(id);
    return message && structuredClone(message);
  }

  /** The message itself, for an answer that changes it in place. */
  live(id: string): DiscordMessage | undefined {
    return this.messages.get(id);
  }

  has(id: string): boolean {
    return this.messages.has(id);
  }

  delete(id: string): void {
    this.messages.delete(id);
  }

  /**
   * The message a button press carries (a copy). Only a button that is there
   * can be pressed: on a message in the channel, from the bot, enabled
   * (Discord's client does not send a press of a disabled one).
   */
  pressable(spec: ButtonPressSpec): DiscordMessage {
    const message = this.messages.get(spec.messageId);
    if (!message) throw new Error(`no message ${spec.messageId} in the channel: a user can only press a button they can see`);
    if ((message.author as { id?: string } | undefined)?.id !== BOT_USER_ID) throw new Error(`message ${spec.messageId} is not the bot's`);
    const rows = (message.components ?? []) as { components?: { type: number; custom_id?: string; disabled?: boolean }[] }[];
    const button = rows.flatMap((row) => row.components ?? []).find((c) => c.type === 2 && c.custom_id === spec.customId);
    if (!button) throw new Error(`message ${spec.messageId} has no button ${spec.customId}`);
    if (button.disabled) throw new Error(`button ${spec.customId} is disabled: Discord's client cannot press it`);
    return structuredClone(message);
  }

  /** The message a message command is used on (a copy): only one a user can see. */
  usable(messageId: string): DiscordMessage {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no message ${messageId} in the channel: a user can only use a command on a message they can see`);
    return structuredClone(message);
  }

  /** A reporter's message in the channel (not the bot's), for a message command to be used on. */
  reporterPosts(content: string, userId = DEFAULT_USER_ID): DiscordMessage {
    const at = Date.now();
    const { webhook_id: _webhook, application_id: _application, ...base } = messageBase(at);
    return structuredClone(this.store({ ...base, type: 0, author: userObject(userId), content, embeds: [], components: [], attachments: [], flags: 0 }));
  }

  /**
   * A message the bot sent before the test began, `at` (ms since 1970): for a
   * button that has been in the channel for a while. Discord would have
   * checked it when it was sent, so it is checked as a reply now.
   */
  postedEarlier(data: Record<string, unknown>, at: number): DiscordMessage {
    const problems = messageProblems(data, { hasFiles: false, isEdit: false });
    if (problems.length > 0) throw new Error(`Discord would have refused that message: ${JSON.stringify(problems)}`);
    return structuredClone(this.store({ ...messageBase(at), ...messageContent(data, []) }));
  }

  /** A message the bot's answer to this interaction makes (a reply, a placeholder, a follow-up), kept in the channel. */
  newMessage(payload: InteractionPayload, data: Record<string, unknown>, files: SentFile[]): DiscordMessage {
    const { id, type } = payload;
    return this.store({
      ...messageBase(Date.now()),
      ...messageContent(data, files),
      interaction_metadata: { id, type, user: userOf(payload), authorizing_integration_owners: { '0': GUILD_ID } },
    });
  }

  /**
   * An edit as Discord applies it: the fields sent replace those of the
   * message, the rest stay. New files become the attachments; without files,
   * an `attachments` list keeps only the attachments it names.
   */
  edit(message: DiscordMessage | undefined, edit: Record<string, unknown>, files: SentFile[]): void {
    if (!message) throw new Error('the Discord double lost the message being edited');
    const { attachments: kept, ...fields } = edit;
    const current = (message.attachments ?? []) as { id: string }[];
    const attachments =
      files.length > 0
        ? attachmentsOf(files)
        : Array.isArray(kept)
          ? current.filter((a) => kept.some((k: { id?: unknown }) => String(k?.id) === a.id))
          : current;
    Object.assign(message, fields, { attachments, flags: Number(message.flags ?? 0) & ~128, edited_timestamp: new Date().toISOString() });
  }

  private store(message: DiscordMessage): DiscordMessage {
    this.messages.set(message.id, message);
    return message;
  }
}

/** What every message of the bot's carries: a message object as Discord returns it, complete enough for discord.js's Message class. */
function messageBase(at: number) {
  return {
    id: snowflake(at),
    type: 20,
    channel_id: CHANNEL_ID,
    guild_id: GUILD_ID,
    author: { id: BOT_USER_ID, username: 'Sky Net desk', discriminator: '0', global_name: null, avatar: null, bot: true },
    timestamp: new Date(at).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  };
}

function messageContent(data: Record<string, unknown>, files: SentFile[]) {
  return {
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: attachmentsOf(files),
    flags: Number(data.flags ?? 0),
  };
}

function attachmentsOf(files: SentFile[]) {
  return files.map((f) => ({
    id: snowflake(),
    filename: f.name,
    size: f.data.length,
    content_type: f.type,
    url: `https://cdn.example.invalid/${f.name}`,
    proxy_url: `https://media.example.invalid/${f.name}`,
  }));
}
