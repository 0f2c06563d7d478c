/**
 * One checker of Discord's limits for any interaction response, used by the
 * tests over every command, the fuzzing and the dispatcher's safety net.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType, embedLength, LIMITS, ResponseType } from './limits.js';

function blank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/**
 * Message components: at most 5 action rows; a row holds up to 5 buttons or
 * one select menu; every custom_id 1-100 characters and unique in the
 * message; a button label at most 80; a link button has a url and no
 * custom_id, any other button (but a premium one) a custom_id; a select at
 * most 25 options.
 */
export function componentProblems(components: unknown): string[] {
  if (!Array.isArray(components)) return ['components is not a list'];
  const out: string[] = [];
  if (components.length > LIMITS.actionRows) out.push(`more than ${LIMITS.actionRows} action rows`);
  const ids = new Set<string>();
  components.forEach((row: { type?: number; components?: unknown }, r) => {
    const at = `components[${r}]`;
    if (row?.type !== ComponentType.ActionRow || !Array.isArray(row.components)) {
      out.push(`${at} must be an action row (type 1) with components`);
      return;
    }
    const items = row.components as { type?: number; custom_id?: unknown; label?: unknown; url?: unknown; style?: number; options?: unknown }[];
    const selects = items.filter((c) => c?.type !== ComponentType.Button).length;
    if (items.length === 0) out.push(`${at} is empty`);
    if (selects > 0 && items.length > 1) out.push(`${at} holds a select menu, which must be alone in its row`);
    if (items.length > LIMITS.buttonsPerRow) out.push(`${at} has more than ${LIMITS.buttonsPerRow} buttons`);
    items.forEach((c, i) => {
      const where = `${at}.components[${i}]`;
      const isLink = c?.type === ComponentType.Button && c.style === ButtonStyle.Link;
      if (isLink) {
        if (typeof c.url !== 'string' || c.url === '') out.push(`${where}: a link button needs a url`);
        if (c.custom_id !== undefined) out.push(`${where}: a link button cannot have a custom_id`);
      } else if (c?.type === ComponentType.Button && c.style === ButtonStyle.Premium) {
        // A premium button names a SKU instead; nothing here to check against our limits.
      } else if (typeof c?.custom_id !== 'string' || c.custom_id.length < 1 || c.custom_id.length > LIMITS.customId) {
        out.push(`${where}.custom_id must be 1-${LIMITS.customId} characters`);
      } else if (ids.has(c.custom_id)) {
        out.push(`${where}.custom_id "${c.custom_id}" is used twice`);
      } else ids.add(c.custom_id);
      if (c?.type === ComponentType.Button && c.label !== undefined && (typeof c.label !== 'string' || c.label.length > LIMITS.buttonLabel)) {
        out.push(`${where}.label longer than ${LIMITS.buttonLabel}`);
      }
      if (c?.type !== ComponentType.Button && Array.isArray(c?.options) && c.options.length > LIMITS.selectOptions) {
        out.push(`${where} has more than ${LIMITS.selectOptions} options`);
      }
    });
  });
  return out;
}

function embedProblems(e: APIEmbed, at: string): string[] {
  const out: string[] = [];
  if ((e.title?.length ?? 0) > LIMITS.embedTitle) out.push(`${at}.title longer than ${LIMITS.embedTitle}`);
  if ((e.description?.length ?? 0) > LIMITS.embedDescription) out.push(`${at}.description longer than ${LIMITS.embedDescription}`);
  if ((e.fields?.length ?? 0) > LIMITS.embedFields) out.push(`${at} has more than ${LIMITS.embedFields} fields`);
  (e.fields ?? []).forEach((f, i) => {
    // Discord trims a field's name and value and refuses them when nothing is left.
    if (blank(f.name) || f.name.length > LIMITS.fieldName) out.push(`${at}.fields[${i}].name must be 1-${LIMITS.fieldName}, not blank`);
    if (blank(f.value) || f.value.length > LIMITS.fieldValue) out.push(`${at}.fields[${i}].value must be 1-${LIMITS.fieldValue}, not blank`);
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
      if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > LIMITS.choiceName)
        out.push(`choices[${i}].name must be 1-${LIMITS.choiceName} characters`);
      if (typeof c.value === 'string' && c.value.length > LIMITS.choiceValue) out.push(`choices[${i}].value longer than ${LIMITS.choiceValue}`);
      if (typeof c.value !== 'string' && !(typeof c.value === 'number' && Number.isFinite(c.value)))
        out.push(`choices[${i}].value must be text or a finite number`);
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
  if (content !== undefined && typeof content !== 'string') out.push('content must be text');
  if (typeof content === 'string' && content.length > LIMITS.content) out.push(`content longer than ${LIMITS.content}`);
  // Discord trims content, so text of spaces alone counts as an empty message.
  if (blank(content) && embeds.length === 0 && !data.attachments && !data.components) out.push('a message needs content, an embed, a file or components');
  if (data.components !== undefined) out.push(...componentProblems(data.components));
  if (embeds.length > LIMITS.embedsPerMessage) out.push(`more than ${LIMITS.embedsPerMessage} embeds`);
  embeds.forEach((e, i) => {
    out.push(...embedProblems(e, `embeds[${i}]`));
  });
  const total = embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > LIMITS.embedsTotal) out.push(`embeds total ${total} characters, over ${LIMITS.embedsTotal}`);
  return out;
}
