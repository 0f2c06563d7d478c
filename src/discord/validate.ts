/**
 * One checker of Discord's limits for any interaction response, used by the
 * tests over every command, the fuzzing and the dispatcher's safety net.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { embedLength } from '../render/embed.js';
import { LIMITS, ResponseType } from './limits.js';

function embedProblems(e: APIEmbed, at: string): string[] {
  const out: string[] = [];
  if ((e.title?.length ?? 0) > LIMITS.embedTitle) out.push(`${at}.title longer than ${LIMITS.embedTitle}`);
  if ((e.description?.length ?? 0) > LIMITS.embedDescription) out.push(`${at}.description longer than ${LIMITS.embedDescription}`);
  if ((e.fields?.length ?? 0) > LIMITS.embedFields) out.push(`${at} has more than ${LIMITS.embedFields} fields`);
  (e.fields ?? []).forEach((f, i) => {
    if (f.name.length < 1 || f.name.length > LIMITS.fieldName) out.push(`${at}.fields[${i}].name must be 1-${LIMITS.fieldName}`);
    if (f.value.length < 1 || f.value.length > LIMITS.fieldValue) out.push(`${at}.fields[${i}].value must be 1-${LIMITS.fieldValue}`);
  });
  if ((e.footer?.text.length ?? 0) > LIMITS.footerText) out.push(`${at}.footer longer than ${LIMITS.footerText}`);
  if ((e.author?.name.length ?? 0) > LIMITS.authorName) out.push(`${at}.author longer than ${LIMITS.authorName}`);
  return out;
}

/** Every limit the response breaks; empty when Discord would accept it. */
export function responseProblems(response: unknown): string[] {
  const r = response as { type?: number; data?: Record<string, unknown> };
  if (!r || typeof r !== 'object' || typeof r.type !== 'number') return ['not an interaction response'];
  if (r.type === ResponseType.AutocompleteResult) {
    const choices = (r.data?.choices ?? []) as { name: string; value: unknown }[];
    const out: string[] = [];
    if (!Array.isArray(choices)) return ['data.choices is not a list'];
    if (choices.length > LIMITS.autocompleteChoices) out.push(`more than ${LIMITS.autocompleteChoices} choices`);
    choices.forEach((c, i) => {
      if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > LIMITS.choiceName) out.push(`choices[${i}].name must be 1-${LIMITS.choiceName} characters`);
      if (typeof c.value === 'string' && c.value.length > LIMITS.choiceValue) out.push(`choices[${i}].value longer than ${LIMITS.choiceValue}`);
    });
    return out;
  }
  if (r.type !== ResponseType.ChannelMessageWithSource && r.type !== ResponseType.UpdateMessage) return [];
  const data = r.data ?? {};
  const out: string[] = [];
  const mentions = data.allowed_mentions as { parse?: unknown[] } | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length !== 0 || Object.keys(mentions).length !== 1) {
    out.push('allowed_mentions must be exactly { parse: [] }');
  }
  const content = data.content as string | undefined;
  const embeds = (data.embeds ?? []) as APIEmbed[];
  if (content !== undefined && content.length > LIMITS.content) out.push(`content longer than ${LIMITS.content}`);
  if (!content && embeds.length === 0 && !data.attachments && !data.components) out.push('a message needs content, an embed, a file or components');
  if (embeds.length > LIMITS.embedsPerMessage) out.push(`more than ${LIMITS.embedsPerMessage} embeds`);
  embeds.forEach((e, i) => out.push(...embedProblems(e, `embeds[${i}]`)));
  const total = embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > LIMITS.embedsTotal) out.push(`embeds total ${total} characters, over ${LIMITS.embedsTotal}`);
  return out;
}
