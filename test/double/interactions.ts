/**
 * INTERACTION_CREATE payloads as Discord sends them, with every field
 * discord.js 14 reads when it builds an interaction (BaseInteraction,
 * CommandInteraction, AutocompleteInteraction, MessageComponentInteraction):
 * without `entitlements` it throws, without `app_permissions` or
 * `authorizing_integration_owners` it builds broken bitfields, and a button
 * press without the whole `message` it was on cannot be built at all. The
 * same payload is what Discord POSTs to an HTTP Interactions Endpoint.
 */
import { randomBytes } from 'node:crypto';
import { snowflake } from './ids.js';

/** The user every interaction comes from unless a test names another. */
export const DEFAULT_USER_ID = '1300000000000000100';
export const APPLICATION_ID = '1300000000000000001';
export const GUILD_ID = '1300000000000000002';
export const CHANNEL_ID = '1300000000000000003';
export const BOT_USER_ID = APPLICATION_ID;

export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
}

export interface InteractionPayload {
  id: string;
  application_id: string;
  type: number;
  token: string;
  version: 1;
  data?: CommandData | MessageCommandData | ComponentData;
  /** For a component interaction: the message the component is on, as it stood when it was pressed. */
  message?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface CommandData {
  id: string;
  name: string;
  type: 1;
  options?: RawOption[];
  guild_id?: string;
}

/** A message command (context menu on a message): the message it is used on travels in `resolved`. */
export interface MessageCommandData {
  id: string;
  name: string;
  type: 3;
  target_id: string;
  resolved: { messages: Record<string, Record<string, unknown>> };
  guild_id?: string;
}

export interface ComponentData {
  custom_id: string;
  /** 2: a button. */
  component_type: 2;
}

export interface InteractionSpec {
  name: string;
  options?: RawOption[];
  locale?: string;
  userId?: string;
  /** 2 chat-input command (default), 4 autocomplete. */
  type?: 2 | 4;
  /** The server it is used in (GUILD_ID unless a test names another, e.g. one on another shard). */
  guildId?: string;
  /** Discord documents the token only as a string: a test may give one with any characters. */
  token?: string;
}

/** Discord's interaction tokens are long opaque strings; this one is unique and URL-safe like theirs. */
function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`;
}

export function userObject(id: string) {
  return { id, username: `reporter${id.slice(-4)}`, discriminator: '0', global_name: 'Reporter', avatar: null, public_flags: 0 };
}

/** A press of a button on one of the bot's messages. */
export interface ButtonPressSpec {
  /** The id of the message the button is on (the double must hold it). */
  messageId: string;
  customId: string;
  locale?: string;
  /** Anyone who can see the message can press its buttons; the asker unless a test names another. */
  userId?: string;
}

/** What every interaction in a guild text channel carries, whatever its type. */
function basePayload(type: number, userId: string, locale: string | undefined, guildId: string = GUILD_ID) {
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: interactionToken(),
    version: 1,
    guild_id: guildId,
    channel_id: CHANNEL_ID,
    channel: {
      id: CHANNEL_ID,
      type: 0,
      guild_id: guildId,
      name: 'skynet-desk',
      position: 0,
      parent_id: null,
      nsfw: false,
      flags: 0,
      permissions: '2248473465835073',
      last_message_id: null,
      rate_limit_per_user: 0,
      topic: null,
    },
    member: {
      user: userObject(userId),
      roles: [],
      permissions: '2248473465835073',
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    },
    locale: locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10485760,
  } as const;
}

/** A chat-input command (or its autocomplete) used in a guild text channel, as a newsroom would. */
export function interactionPayload(spec: InteractionSpec): InteractionPayload {
  return {
    ...basePayload(spec.type ?? 2, spec.userId ?? DEFAULT_USER_ID, spec.locale, spec.guildId),
    ...(spec.token === undefined ? {} : { token: spec.token }),
    data: {
      id: snowflake(),
      name: spec.name,
      type: 1,
      ...(spec.options && spec.options.length > 0 ? { options: spec.options } : {}),
    },
  };
}

/** A button pressed (interaction type 3): Discord sends the custom_id, and the whole message the button is on. */
export function buttonPayload(spec: ButtonPressSpec, message: Record<string, unknown>): InteractionPayload {
  return {
    ...basePayload(3, spec.userId ?? DEFAULT_USER_ID, spec.locale),
    message,
    data: { custom_id: spec.customId, component_type: 2 },
  };
}

/** A message command ("Check facts") used on `message`: Discord sends the message, content and all, in `data.resolved`. */
export interface MessageCommandSpec {
  /** The command's name as registered: `Check facts`. */
  name: string;
  /** The id of the message it is used on (the double must hold it). */
  messageId: string;
  locale?: string;
  userId?: string;
}

export function messageCommandPayload(spec: MessageCommandSpec, message: Record<string, unknown>): InteractionPayload {
  return {
    ...basePayload(2, spec.userId ?? DEFAULT_USER_ID, spec.locale),
    data: { id: snowflake(), name: spec.name, type: 3, target_id: spec.messageId, resolved: { messages: { [spec.messageId]: message } } },
  };
}

/** Whoever an interaction came from. */
export function userOf(payload: InteractionPayload): Record<string, unknown> {
  const member = payload.member as { user?: Record<string, unknown> } | undefined;
  return member?.user ?? (payload.user as Record<string, unknown>);
}

/** What Discord POSTs to an Interactions Endpoint to check it is there. */
export function pingPayload() {
  return { id: snowflake(), application_id: APPLICATION_ID, type: 1, token: interactionToken(), version: 1, user: userObject(DEFAULT_USER_ID) };
}
