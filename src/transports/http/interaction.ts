/**
 * The body Discord POSTs to the endpoint, checked at the edge (after its
 * signature) and turned into the dispatcher's Incoming. Only what the bot
 * reads is checked; Discord's other fields pass untouched.
 */
import { z } from 'zod';
import type { APIEmbed } from 'discord-api-types/v10';
import { ApplicationCommandType, DEFAULT_ATTACHMENT_BYTES, InteractionType } from '../../discord/limits.js';
import type { Incoming } from '../../interactions/dispatch.js';

const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a Discord id');
/** As much of a message as the bot reads: its text, and its embeds (a "post to channel" button re-posts them). */
const message = z.object({
  id: snowflake.optional(),
  content: z.string().max(4000).default(''),
  embeds: z.array(z.record(z.string(), z.unknown())).max(10).default([]),
});
const user = z.object({ id: snowflake });

const InteractionSchema = z.object({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  // Discord documents it only as a string; it is percent-encoded where it goes into a REST path (webhookReplies.ts).
  token: z.string().min(1, 'must be an interaction token').max(500, 'must be an interaction token (at most 500 characters)'),
  // A command's data has its name and options (a message command's, its target message in `resolved`);
  // a button's has its custom_id (and component_type).
  data: z
    .object({
      name: z.string().min(1).max(32).optional(),
      type: z.number().int().optional(),
      options: z.unknown().optional(),
      target_id: snowflake.optional(),
      resolved: z.object({ messages: z.record(z.string(), message).optional() }).optional(),
      custom_id: z.string().min(1).max(100).optional(),
    })
    .optional(),
  // A button's press carries the message the button is on.
  message: message.optional(),
  locale: z.string().max(16).optional(),
  attachment_size_limit: z.number().int().positive().optional(),
  user: user.optional(),
  member: z.object({ user }).optional(),
});

export type Parsed = { kind: 'ping' } | { kind: 'interaction'; id: string; token: string; incoming: Incoming } | { kind: 'invalid'; problem: string };

export function parseInteraction(body: Buffer): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { kind: 'invalid', problem: 'body is not JSON' };
  }
  const result = InteractionSchema.safeParse(json);
  if (!result.success) return { kind: 'invalid', problem: result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') };
  const i = result.data;
  if (i.type === InteractionType.Ping) return { kind: 'ping' };
  const userId = i.member?.user.id ?? i.user?.id;
  const who = { ...(i.locale ? { locale: i.locale } : {}), ...(userId ? { userId } : {}) };
  if (i.type === InteractionType.MessageComponent) {
    // A button on one of the bot's messages (the contract is on ComponentIncoming in src/interactions/dispatch.ts).
    if (!i.data?.custom_id) return { kind: 'invalid', problem: 'data.custom_id: a component interaction needs its custom_id' };
    const pressed = i.message ? { message: { content: i.message.content, embeds: i.message.embeds as APIEmbed[] } } : {};
    return { kind: 'interaction', id: i.id, token: i.token, incoming: { type: i.type, customId: i.data.custom_id, ...pressed, ...who } };
  }
  if (i.type !== InteractionType.ApplicationCommand && i.type !== InteractionType.Autocomplete)
    return { kind: 'invalid', problem: `interaction type ${i.type} is not handled here` };
  if (!i.data?.name) return { kind: 'invalid', problem: 'data.name: a command interaction needs the command name' };
  const attachmentLimit = i.attachment_size_limit ?? DEFAULT_ATTACHMENT_BYTES;
  if (i.data.type === ApplicationCommandType.Message) {
    const target = i.data.target_id ? i.data.resolved?.messages?.[i.data.target_id] : undefined;
    if (!target || !i.data.target_id) return { kind: 'invalid', problem: 'data.resolved.messages: a message command needs the message it was used on' };
    return {
      kind: 'interaction',
      id: i.id,
      token: i.token,
      incoming: { type: i.type, commandName: i.data.name, target: { id: i.data.target_id, content: target.content }, ...who, attachmentLimit },
    };
  }
  return {
    kind: 'interaction',
    id: i.id,
    token: i.token,
    incoming: { type: i.type, commandName: i.data.name, options: i.data.options, ...who, attachmentLimit },
  };
}
