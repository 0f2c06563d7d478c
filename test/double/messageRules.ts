/**
 * Discord's checks on a message the bot sends (interaction callback, edit,
 * follow-up), written here from Discord's documentation independently of the
 * bot's own src/discord/validate.ts: a reply Discord would refuse gets the
 * double's 400 too, so a test cannot pass on a reply Discord would drop.
 */
import type { DefinitionProblem } from './commandRules.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

function tooLong(out: DefinitionProblem[], path: (string | number)[], value: unknown, max: number, min = 0): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length > max || value.length < min)
    out.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
}

function embedProblems(embed: unknown, at: (string | number)[], out: DefinitionProblem[]): number {
  if (!isObject(embed)) {
    out.push({ path: at, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
    return 0;
  }
  tooLong(out, [...at, 'title'], embed.title, 256);
  tooLong(out, [...at, 'description'], embed.description, 4096);
  const footer = isObject(embed.footer) ? embed.footer : {};
  const author = isObject(embed.author) ? embed.author : {};
  tooLong(out, [...at, 'footer', 'text'], footer.text, 2048, 1);
  tooLong(out, [...at, 'author', 'name'], author.name, 256, 1);
  let total = len(embed.title) + len(embed.description) + len(footer.text) + len(author.name);
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > 25) out.push({ path: [...at, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  fields.forEach((field: unknown, f) => {
    const value = isObject(field) ? field : {};
    tooLong(out, [...at, 'fields', f, 'name'], value.name ?? '', 256, 1);
    tooLong(out, [...at, 'fields', f, 'value'], value.value ?? '', 1024, 1);
    total += len(value.name) + len(value.value);
  });
  return total;
}

/**
 * Problems with a message body (`data` of a type 4 callback, a follow-up, or
 * an edit, which may change only some fields and so may look empty).
 */
export function messageProblems(data: unknown, { hasFiles, isEdit }: { hasFiles: boolean; isEdit: boolean }): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  if (!isObject(data)) return [{ path: [], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' }];
  tooLong(out, ['content'], data.content, 2000);
  const embeds = Array.isArray(data.embeds) ? data.embeds : [];
  if (embeds.length > 10) out.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  const total = embeds.reduce((sum: number, e, i) => sum + embedProblems(e, ['embeds', i], out), 0);
  if (total > 6000) out.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
  const components = Array.isArray(data.components) ? data.components : [];
  if (components.length > 5) out.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  const empty = !len(data.content) && embeds.length === 0 && components.length === 0 && !hasFiles;
  if (empty && !isEdit && out.length === 0) out.push({ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
  return out;
}

/** Problems with an autocomplete answer (`data` of a type 8 callback). */
export function choiceProblems(data: unknown): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  const choices = isObject(data) && Array.isArray(data.choices) ? data.choices : undefined;
  if (!choices) return [{ path: ['choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > 25) out.push({ path: ['choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((choice: unknown, i) => {
    const c = isObject(choice) ? choice : {};
    tooLong(out, ['choices', i, 'name'], c.name ?? '', 100, 1);
    if (typeof c.value === 'string') tooLong(out, ['choices', i, 'value'], c.value, 100);
    else if (typeof c.value !== 'number') out.push({ path: ['choices', i, 'value'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  });
  return out;
}
