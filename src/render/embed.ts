/**
 * Building replies that Discord always accepts: every part cut to its limit,
 * the 6000-character total kept across all embeds, code blocks closed after a
 * cut, and mentions switched off.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { embedLength, EPHEMERAL, LIMITS } from '../discord/limits.js';
import { NO_MENTIONS, type Reply, type ReplyFile } from '../discord/payload.js';

export const COLOR = { data: 0xb22222, info: 0x3b6ea5, warn: 0xd4a017 } as const;

/** Cuts `text` to `max` characters (UTF-16 units, as Discord counts), ending with `…`, keeping a code block closed. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const fence = '\n```';
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  if ((cut.match(/```/g) ?? []).length % 2 === 1) {
    cut = text.slice(0, Math.max(0, max - fence.length - 1));
    const lastLine = cut.lastIndexOf('\n');
    if (lastLine > 0) cut = cut.slice(0, lastLine);
    return `${cut}…${fence}`.slice(0, max);
  }
  return `${cut}…`;
}

export interface FieldSpec {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedSpec {
  title?: string;
  description?: string;
  fields?: readonly (FieldSpec | undefined | false)[];
  footer?: string;
  color?: number;
  /** An image shown inside the embed: `attachment://chart.png` for a file sent with the reply. */
  image?: string;
}

export function buildEmbed(spec: EmbedSpec): APIEmbed {
  const embed: APIEmbed = {};
  if (spec.title) embed.title = truncate(spec.title, LIMITS.embedTitle);
  if (spec.description) embed.description = truncate(spec.description, LIMITS.embedDescription);
  const fields: APIEmbedField[] = (spec.fields ?? [])
    .filter((f): f is FieldSpec => Boolean(f) && (f as FieldSpec).value.trim() !== '')
    .slice(0, LIMITS.embedFields)
    .map((f) => ({
      name: truncate(f.name.trim() || '\u200b', LIMITS.fieldName),
      value: truncate(f.value, LIMITS.fieldValue),
      ...(f.inline ? { inline: true } : {}),
    }));
  if (fields.length > 0) embed.fields = fields;
  if (spec.footer) embed.footer = { text: truncate(spec.footer, LIMITS.footerText) };
  if (spec.color !== undefined) embed.color = spec.color;
  if (spec.image) embed.image = { url: spec.image };
  return embed;
}

/** Shortens the longest parts until the embeds fit in the 6000 total together. */
export function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.map((e) => ({ ...e, fields: e.fields?.map((f) => ({ ...f })) }));
  for (const e of out) if (!e.fields) delete e.fields;
  let excess = out.reduce((n, e) => n + embedLength(e), 0) - LIMITS.embedsTotal;
  while (excess > 0) {
    // The longest field value or description gives way first: it is the least likely to be the point.
    let target: { get: () => string; set: (s: string) => void } | undefined;
    let longest = 0;
    for (const e of out) {
      if (e.description && e.description.length > longest) {
        longest = e.description.length;
        target = { get: () => e.description!, set: (s) => (e.description = s) };
      }
      for (const f of e.fields ?? []) {
        if (f.value.length > longest) {
          longest = f.value.length;
          target = { get: () => f.value, set: (s) => (f.value = s) };
        }
      }
    }
    if (!target || longest <= 1) break;
    const before = target.get().length;
    target.set(truncate(target.get(), Math.max(1, before - excess)));
    excess -= before - target.get().length;
  }
  return out;
}

export interface ReplySpec {
  content?: string;
  embeds?: EmbedSpec[];
  ephemeral?: boolean;
  files?: ReplyFile[];
  components?: Reply['components'];
}

export function reply(spec: ReplySpec): Reply {
  const out: Reply = { allowed_mentions: NO_MENTIONS };
  if (spec.content) out.content = truncate(spec.content, LIMITS.content);
  if (spec.embeds && spec.embeds.length > 0) out.embeds = fitTotal(spec.embeds.slice(0, LIMITS.embedsPerMessage).map(buildEmbed));
  if (spec.components && spec.components.length > 0) out.components = spec.components;
  if (spec.files && spec.files.length > 0) out.files = spec.files;
  if (spec.ephemeral) out.flags = EPHEMERAL;
  return out;
}

/** A short message only the asker sees: how every error reaches a user. */
export function errorReply(message: string): Reply {
  return reply({ content: `⚠️ ${message}`, ephemeral: true });
}
